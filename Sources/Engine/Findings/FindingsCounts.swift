/// The numbers a findings report opens with.
public struct FindingsCounts: Hashable, Sendable {
    /// People who came.
    public var participants: Int
    /// People on the roster.
    public var registered: Int
    /// Distinct institutions of the people who came.
    public var institutions: Int
    /// Distinct regions of the people who came.
    public var regions: Int
    /// Tables.
    public var tables: Int
    /// Guiding questions.
    public var questions: Int
    /// Conversation rounds.
    public var rounds: Int
    /// Notes (retracted ones excluded).
    public var notes: Int
    /// Themes.
    public var themes: Int
    /// Conclusions kept by the votes.
    public var conclusionsKept: Int

    /// Creates counts.
    public init(
        participants: Int, registered: Int, institutions: Int, regions: Int, tables: Int, questions: Int, rounds: Int,
        notes: Int, themes: Int, conclusionsKept: Int
    ) {
        self.participants = participants
        self.registered = registered
        self.institutions = institutions
        self.regions = regions
        self.tables = tables
        self.questions = questions
        self.rounds = rounds
        self.notes = notes
        self.themes = themes
        self.conclusionsKept = conclusionsKept
    }
}
