/// What a method is, for people and for the registry: its stable id, names, summary and
/// parameters. Built-in methods declare it as a `static let`; declarative methods read it
/// from their file.
public struct MethodDescription: Hashable, Sendable {
    /// Stable kebab-case id (`opsi-facets`). Never change it once released: sessions record it.
    public var id: String
    /// Other names accepted on the command line (`opsi`, `facetas`).
    public var aliases: [String]
    public var name: LocalizedText
    /// One sentence: what the format is good for.
    public var summary: LocalizedText
    public var parameters: [MethodParameter]

    public init(
        id: String, aliases: [String] = [], name: LocalizedText, summary: LocalizedText, parameters: [MethodParameter] = []
    ) {
        self.id = id
        self.aliases = aliases
        self.name = name
        self.summary = summary
        self.parameters = parameters
    }

    /// The parameter with `id`.
    public func parameter(_ id: String) -> MethodParameter? { parameters.first { $0.id == id } }

    /// Whether `id` is a well-formed kebab-case identifier: lower-case ASCII letters and
    /// digits in words joined by single hyphens (`world-cafe`, `1-2-4-all`).
    public static func isValidIdentifier(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first),
            !id.hasSuffix("-"), !id.contains("--")
        else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
