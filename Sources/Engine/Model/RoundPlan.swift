/// What every table holds in one conversation round.
public struct RoundPlan: Hashable, Sendable, JournalCodable {
    /// Round number, from 1.
    public var round: Int
    public var assignments: [TableAssignment]

    public init(round: Int, assignments: [TableAssignment]) {
        self.round = round
        self.assignments = assignments
    }

    /// The assignment of table number `table`, if it plays in this round.
    public func assignment(forTable table: Int) -> TableAssignment? {
        assignments.first { $0.table == table }
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        round = try object.int("round")
        assignments = try object.decode("tables", as: [TableAssignment].self)
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("round", round)
        writer.field("tables", assignments)
        writer.endObject()
    }
}

/// The question and canvas one table works on in a round.
public struct TableAssignment: Hashable, Sendable, JournalCodable {
    public var table: Int
    public var question: Int
    /// Id of the canvas in the agenda's canvases.
    public var canvas: String

    public init(table: Int, question: Int, canvas: String) {
        self.table = table
        self.question = question
        self.canvas = canvas
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        table = try object.int("table")
        question = try object.int("question")
        canvas = try object.string("canvas")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("table", table)
        writer.field("question", question)
        writer.field("canvas", canvas)
        writer.endObject()
    }
}
