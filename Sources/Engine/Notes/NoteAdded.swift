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

    /// The single-pass decoder for the journal's most frequent line: exactly the members
    /// ``write(to:)`` writes, each once; anything else falls back to ``init(from:)``.
    public static func decodeFast(_ cursor: inout JSONCursor) -> NoteAdded? {
        guard cursor.beginObject() else { return nil }
        var table: Int?
        var round: Int?
        var question: Int?
        var section: String?
        var author: String?
        var text: String?
        var seen: UInt8 = 0
        while let key = cursor.nextKey() {
            let bit: UInt8
            if key.is("table") {
                bit = 1
                table = cursor.int()
            } else if key.is("round") {
                bit = 2
                round = cursor.int()
            } else if key.is("question") {
                bit = 4
                question = cursor.int()
            } else if key.is("section") {
                bit = 8
                guard let value = cursor.optionalString() else { return nil }
                section = value
            } else if key.is("author") {
                bit = 16
                guard let value = cursor.optionalString() else { return nil }
                author = value
            } else if key.is("text") {
                bit = 32
                text = cursor.string()
            } else {
                return nil
            }
            guard seen & bit == 0, !cursor.failed else { return nil }
            seen |= bit
        }
        guard cursor.finished(), let table, let round, let question, let text else { return nil }
        return NoteAdded(table: table, round: round, question: question, section: section, author: author, text: text)
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
