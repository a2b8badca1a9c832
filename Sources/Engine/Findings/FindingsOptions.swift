/// How to build a findings report.
public struct FindingsOptions: Sendable {
    /// The language of headings and of bilingual texts (questions, dimensions, phases).
    public var language: Language
    /// The theme similarity threshold; nil for the one recorded in the (first) session, else
    /// ``ThemeClusterer/Configuration/defaultSimilarity``.
    public var similarity: Double?
    /// Replace people's names by pseudonyms (see ``NameRedactor``).
    public var anonymise: Bool
    /// Whether to find cross-cutting themes (the theme commands do not need them).
    public var includesCrossCutting: Bool

    /// Creates options.
    public init(language: Language, similarity: Double? = nil, anonymise: Bool = false, includesCrossCutting: Bool = true) {
        self.language = language
        self.similarity = similarity.map { min(max($0, 0), 1) }
        self.anonymise = anonymise
        self.includesCrossCutting = includesCrossCutting
    }
}
