/// `note.added`: a note taken at a table. Its id is the event's sequence number.
public struct NoteAdded: JournalEvent, FastJournalDecodable, Hashable {
    public static let type = "note.added"
    public var table: Int
    public var round: Int
    public var question: Int
    public var section: String?
    public var author: String?
    public var text: String

    public init(table: Int, round: Int, question: Int, section: String?, author: String?, text: String) {
        self.table = table
        self.round = round
        self.question = question
        self.section = section
        self.author = author
        self.text = text
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        table = try object.int("table")
        round = try object.int("round")
        question = try object.int("question")
        section = try object.optionalString("section")
        author = try object.optionalString("author")
        text = try object.string("text")
    }

    /// The journal's most frequent line, read in one pass straight into a ``Note``: exactly
    /// the form ``write(to:)`` produces (members in order, optional ones omitted when nil);
    /// any other form falls back to ``init(from:)``.
    public static func applyFast(_ cursor: inout JSONCursor, to state: inout SessionState, context: EventContext) -> Bool {
        guard cursor.literal(#"{"table":"#), let table = cursor.int(), cursor.literal(#","round":"#),
            let round = cursor.int(), cursor.literal(#","question":"#), let question = cursor.int()
        else { return false }
        var section: String?
        var author: String?
        if cursor.literal(#","section":"#) {
            guard let value = cursor.string() else { return false }
            section = value
        }
        if cursor.literal(#","author":"#) {
            guard let value = cursor.string() else { return false }
            author = value
        }
        guard cursor.literal(#","text":"#), let text = cursor.string(), cursor.literal("}"), cursor.isAtEnd else {
            return false
        }
        state.notes.add(
            Note(
                id: context.sequence, table: table, round: round, question: question, section: section, author: author,
                text: text, at: context.at))
        return true
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("table", table)
        writer.field("round", round)
        writer.field("question", question)
        writer.field("section", section)
        writer.field("author", author)
        writer.field("text", text)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.notes.add(
            Note(
                id: context.sequence, table: table, round: round, question: question, section: section, author: author,
                text: text, at: context.at))
    }
}
