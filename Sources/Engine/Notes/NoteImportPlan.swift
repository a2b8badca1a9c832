/// What importing a notes CSV into a session would do.
public struct NoteImportPlan: Sendable {
    /// The notes to add, in file order.
    public var events: [NoteAdded] = []
    /// The line of each event in ``events``.
    public var lines: [Int] = []
    /// Rows that cannot be imported, with the reason.
    public var rejected: [NoteImportRejection] = []
    /// Lines of rows identical to a note already in the session (same table, round,
    /// question, section and text), skipped so an import can be run again safely.
    public var duplicates: [Int] = []
    /// How many notes were filed in a round deduced from the table and question.
    public var inferredRounds = 0
    /// Data rows in the file.
    public var rowCount: Int

    public init(rowCount: Int) { self.rowCount = rowCount }

    /// What makes two notes "the same" for re-imports.
    struct Key: Hashable {
        var table: Int
        var round: Int
        var question: Int
        var section: String?
        var text: String

        init(_ note: Note) {
            table = note.table
            round = note.round
            question = note.question
            section = note.section
            text = note.text
        }

        init(_ event: NoteAdded) {
            table = event.table
            round = event.round
            question = event.question
            section = event.section
            text = event.text
        }
    }
}
