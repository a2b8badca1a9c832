/// The canvas templates available to methods, by id: the built-in ones (from `Canvases/`,
/// embedded in the binary) plus the organiser's own files. A later template with the same
/// id replaces an earlier one, so an organiser can adapt a built-in canvas.
public struct CanvasLibrary: Hashable, Sendable {
    /// The templates, in the order they were added (a replaced template keeps its place).
    public private(set) var canvases: [Canvas] = []
    /// Where each template came from, by id: a file path, or ``builtInSource``.
    public private(set) var sources: [String: String] = [:]

    /// The source of the templates embedded in the binary.
    public static let builtInSource = "built-in"

    public init() {}

    /// A library of `canvases`, all from `source`.
    public init(_ canvases: [Canvas], source: String = CanvasLibrary.builtInSource) {
        for canvas in canvases { add(canvas, source: source) }
    }

    /// The canvases embedded in the binary (the files of `Canvases/` when it was built).
    public static let builtIn: CanvasLibrary = TemplateLoader.builtIn.canvases

    /// Adds `canvas`, replacing a template with the same id.
    public mutating func add(_ canvas: Canvas, source: String) {
        if let index = canvases.firstIndex(where: { $0.id == canvas.id }) {
            canvases[index] = canvas
        } else {
            canvases.append(canvas)
        }
        sources[canvas.id] = source
    }

    /// The template with `id` (case-insensitive).
    public func canvas(_ id: String) -> Canvas? {
        let lowered = id.lowercased()
        return canvases.first { $0.id == lowered }
    }

    /// The template with `id`, or ``MethodError/unknownCanvas(_:known:)``.
    public func require(_ id: String) throws(MethodError) -> Canvas {
        guard let canvas = canvas(id) else { throw MethodError.unknownCanvas(id, known: ids) }
        return canvas
    }

    /// Ids of all templates, in order.
    public var ids: [String] { canvases.map(\.id) }

    /// Where the template `id` came from.
    public func source(of id: String) -> String? { sources[id.lowercased()] }
}
