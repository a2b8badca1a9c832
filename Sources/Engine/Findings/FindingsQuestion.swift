/// A guiding question of the report: its dimensions with their themes and the conclusions
/// its vote kept. In a combined report, questions with the same wording in several sessions
/// are one question.
public struct FindingsQuestion: Hashable, Sendable {
    /// Where the question comes from: a session and its number there.
    public struct Source: Hashable, Sendable {
        /// Position of the session in the report.
        public var session: Int
        /// The question's number in that session.
        public var number: Int

        /// Creates a source.
        public init(session: Int, number: Int) {
            self.session = session
            self.number = number
        }
    }

    /// Position in the report, from 1.
    public var position: Int
    /// The short title.
    public var title: String
    /// The full question.
    public var text: String
    /// The sessions that held it.
    public var sources: [Source]
    /// Notes under this question.
    public var notes: Int
    /// Distinct tables that wrote them.
    public var tables: Int
    /// Its dimensions, in canvas order; notes under no section come last.
    public var dimensions: [FindingsDimension]
    /// Its votes, one per session that voted on it.
    public var votes: [FindingsVote]
    /// How its method's findings layout presents it; nil for the default layout.
    public var chapter: FindingsChapter?

    /// Creates a question.
    public init(
        position: Int, title: String, text: String, sources: [Source], notes: Int, tables: Int,
        dimensions: [FindingsDimension], votes: [FindingsVote], chapter: FindingsChapter? = nil
    ) {
        self.position = position
        self.title = title
        self.text = text
        self.sources = sources
        self.notes = notes
        self.tables = tables
        self.dimensions = dimensions
        self.votes = votes
        self.chapter = chapter
    }

    /// Every theme of the question, dimension by dimension.
    public var themes: [FindingsTheme] { dimensions.flatMap(\.themes) }
}
