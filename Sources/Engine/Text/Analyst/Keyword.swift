/// A word or concept that characterises a set of notes.
public struct Keyword: Sendable, Hashable, Codable {
    /// The most frequent written form (lower case, accents kept), never a stem.
    public var text: String
    /// The stem, for a word keyword.
    public var stem: String?
    /// The thesaurus concept, for a concept keyword.
    public var conceptID: String?
    /// Mean TF-IDF weight over all the notes (each note's vector has unit length), in 0...1.
    public var weight: Double
    /// Number of notes containing it.
    public var documentCount: Int

    /// Creates a keyword.
    public init(text: String, stem: String?, conceptID: String?, weight: Double, documentCount: Int) {
        self.text = text
        self.stem = stem
        self.conceptID = conceptID
        self.weight = weight
        self.documentCount = documentCount
    }
}
