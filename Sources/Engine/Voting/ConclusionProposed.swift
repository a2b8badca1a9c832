/// `conclusion.proposed`: a candidate conclusion for question ``question``'s vote. Its id
/// (`C` and a number) is assigned by the fold, in journal order, so it needs no field.
public struct ConclusionProposed: JournalEvent, Hashable {
    public static let type = "conclusion.proposed"
    public var question: Int
    public var text: String
    /// The tables that proposed it (may be empty).
    public var tables: [Int]

    public init(question: Int, text: String, tables: [Int] = []) {
        self.question = question
        self.text = text
        self.tables = tables
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        question = try object.int("question")
        text = try object.string("text")
        tables = try object.ints("tables")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("question", question)
        writer.field("text", text)
        writer.field("tables", tables)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.voting.propose(question: question, text: text, tables: tables, at: context.at)
    }
}
