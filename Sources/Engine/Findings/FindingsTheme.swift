/// A theme of one question and dimension: notes that say the same thing, possibly in other
/// words and at other tables, after people's corrections.
public struct FindingsTheme: Hashable, Sendable {
    /// Short id: `T` and the number of its earliest note (`T12`), prefixed by the session in a
    /// combined report (`S2-T12`). Any note of the theme names it in `workshop theme`.
    public var id: String
    /// A name-based UUID, the same at every export while the theme keeps its earliest note
    /// (REFI-QDA code GUID).
    public var guid: String
    /// The earliest note (the theme's anchor).
    public var anchor: NoteReference
    /// The name people gave it, if any.
    public var customName: String?
    /// The most representative note's text (the medoid).
    public var label: String
    /// The most representative note.
    public var labelNote: NoteReference
    /// Top words and phrases, as written in the notes.
    public var keywords: [String]
    /// Thesaurus concepts its notes share.
    public var concepts: [String]
    /// Notes, distinct tables and distinct rounds that raised it.
    public var counts: MentionCounts
    /// Sessions that raised it (positions from 1).
    public var sessions: [Int]
    /// Tables that raised it.
    public var tables: [TableReference]
    /// Rounds in which it was raised (round numbers; in a combined report, of any session).
    public var rounds: [Int]
    /// Its notes, most representative first.
    public var notes: [NoteReference]
    /// Mean pairwise similarity of its notes (1 for one note).
    public var cohesion: Double
    /// Whether people's corrections changed its notes (the grouping is then theirs).
    public var curated: Bool
    /// Position of its question in the report.
    public var question: Int
    /// Key of its dimension (empty for none).
    public var dimension: String

    /// What the report calls it: the name people gave it, else its most representative note.
    public var name: String { customName ?? label }

    /// Creates a theme.
    public init(
        id: String, guid: String, anchor: NoteReference, customName: String?, label: String, labelNote: NoteReference,
        keywords: [String], concepts: [String], counts: MentionCounts, sessions: [Int], tables: [TableReference],
        rounds: [Int], notes: [NoteReference], cohesion: Double, curated: Bool, question: Int, dimension: String
    ) {
        self.id = id
        self.guid = guid
        self.anchor = anchor
        self.customName = customName
        self.label = label
        self.labelNote = labelNote
        self.keywords = keywords
        self.concepts = concepts
        self.counts = counts
        self.sessions = sessions
        self.tables = tables
        self.rounds = rounds
        self.notes = notes
        self.cohesion = cohesion
        self.curated = curated
        self.question = question
        self.dimension = dimension
    }
}
