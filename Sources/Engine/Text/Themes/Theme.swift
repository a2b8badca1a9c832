/// A group of near-duplicate notes: one idea raised (possibly in different words) by one or
/// more tables.
public struct Theme: Sendable, Hashable, Codable, Identifiable {
    /// Position in the report (themes are ordered by mention counts).
    public var id: Int
    /// The guiding question, when themes were grouped per question.
    public var question: Int?
    /// The dimension, when themes were grouped per dimension.
    public var dimension: String?
    /// Identifiers of the member notes, most representative first.
    public var memberIDs: [Int]
    /// The most representative note (the medoid: highest mean similarity to the others).
    public var label: String
    /// Identifier of the note used as label.
    public var labelDocumentID: Int
    /// The theme's top words and phrases, as written in the notes.
    public var keywords: [ThemeKeyword]
    /// Labels of the thesaurus concepts the theme's notes share, most weighty first.
    public var concepts: [String]
    /// Notes, tables and rounds that raised it.
    public var counts: MentionCounts
    /// Mean pairwise similarity of the members (1 for a single note).
    public var cohesion: Double

    /// Creates a theme.
    public init(
        id: Int, question: Int?, dimension: String?, memberIDs: [Int], label: String, labelDocumentID: Int,
        keywords: [ThemeKeyword], concepts: [String], counts: MentionCounts, cohesion: Double
    ) {
        self.id = id
        self.question = question
        self.dimension = dimension
        self.memberIDs = memberIDs
        self.label = label
        self.labelDocumentID = labelDocumentID
        self.keywords = keywords
        self.concepts = concepts
        self.counts = counts
        self.cohesion = cohesion
    }
}
