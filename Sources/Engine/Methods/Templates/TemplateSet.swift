/// The canvas templates and declarative methods loaded from template files, with the
/// problems of the files that could not be used (one bad file never hides the others).
public struct TemplateSet: Sendable {
    /// A declarative method's definition before its canvases are resolved.
    struct Entry: Sendable {
        var definition: MethodDefinition
        var file: String
        /// The source it came from, for duplicate checks within one source.
        var source: String
        var document: JSONDocument?
    }

    public internal(set) var canvases = CanvasLibrary()
    /// Declarative methods, in load order (a replaced method keeps its place).
    public internal(set) var methods: [DeclarativeMethod] = []
    /// Problems of the files that were skipped, in load order.
    public internal(set) var errors: [TemplateError] = []
    var entries: [Entry] = []

    public init() {}

    /// The declarative method whose id or alias is `name`.
    public func method(named name: String) -> DeclarativeMethod? {
        let lowered = name.lowercased()
        return methods.first { $0.description.id == lowered || $0.description.aliases.contains(lowered) }
    }
}
