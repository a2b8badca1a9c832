/// A word or phrase that characterises a theme, as the notes wrote it.
public struct ThemeKeyword: Sendable, Hashable, Codable {
    /// The most frequent written form in the theme (lower case, accents kept), e.g.
    /// "capacitación" or "recursos financieros"; never a stem.
    public var text: String
    /// Weight of the feature in the theme's centroid (mean TF-IDF weight over its notes).
    public var weight: Double
    /// The thesaurus concept this keyword names, if it is a concept rather than a word.
    public var conceptID: String?

    /// Creates a keyword.
    public init(text: String, weight: Double, conceptID: String? = nil) {
        self.text = text
        self.weight = weight
        self.conceptID = conceptID
    }
}
