/// One note as the report shows it: its latest text (edits applied; retracted notes never
/// appear), where it was said and the theme it belongs to.
public struct FindingsNote: Hashable, Sendable {
    /// Which note.
    public var reference: NoteReference
    /// Position of its question in the report (``FindingsQuestion/position``).
    public var question: Int
    /// The question's number in its own session.
    public var sessionQuestion: Int
    /// Key of its dimension (``FindingsDimension/key``; empty for none).
    public var dimension: String
    /// Title of its dimension (empty for none).
    public var dimensionTitle: String
    /// The table that said it.
    public var table: Int
    /// The conversation round.
    public var round: Int
    /// Who typed it, if recorded (a pseudonym with `--anonymise`).
    public var author: String?
    /// Its latest text (names replaced with `--anonymise`).
    public var text: String
    /// Whether it was edited after it was saved.
    public var edited: Bool
    /// When it was saved.
    public var at: Timestamp
    /// Id of its theme (``FindingsTheme/id``).
    public var theme: String

    /// Creates a note.
    public init(
        reference: NoteReference, question: Int, sessionQuestion: Int, dimension: String, dimensionTitle: String,
        table: Int, round: Int, author: String?, text: String, edited: Bool, at: Timestamp, theme: String
    ) {
        self.reference = reference
        self.question = question
        self.sessionQuestion = sessionQuestion
        self.dimension = dimension
        self.dimensionTitle = dimensionTitle
        self.table = table
        self.round = round
        self.author = author
        self.text = text
        self.edited = edited
        self.at = at
        self.theme = theme
    }
}
