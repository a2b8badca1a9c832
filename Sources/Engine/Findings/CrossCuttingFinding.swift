/// A theme raised under several questions or dimensions: a candidate for the workshop's
/// central point of consensus. Found by grouping all notes together; the per-question themes
/// it gathers are listed as ``relatedThemes``.
public struct CrossCuttingFinding: Hashable, Sendable {
    /// Rank, from 1 (broadest first).
    public var rank: Int
    /// A name-based UUID (REFI-QDA set GUID).
    public var guid: String
    /// The most representative note's text.
    public var label: String
    /// Top words and phrases.
    public var keywords: [String]
    /// Positions of the questions that raised it.
    public var questions: [Int]
    /// Titles of the dimensions that raised it.
    public var dimensions: [String]
    /// Distinct (question, dimension) pairs that raised it: the ranking's first key.
    public var breadth: Int
    /// Notes, tables and rounds.
    public var counts: MentionCounts
    /// Sessions that raised it.
    public var sessions: [Int]
    /// Ids of the question-and-dimension themes holding its notes, most shared first.
    public var relatedThemes: [String]

    /// Creates a cross-cutting theme.
    public init(
        rank: Int, guid: String, label: String, keywords: [String], questions: [Int], dimensions: [String], breadth: Int,
        counts: MentionCounts, sessions: [Int], relatedThemes: [String]
    ) {
        self.rank = rank
        self.guid = guid
        self.label = label
        self.keywords = keywords
        self.questions = questions
        self.dimensions = dimensions
        self.breadth = breadth
        self.counts = counts
        self.sessions = sessions
        self.relatedThemes = relatedThemes
    }
}
