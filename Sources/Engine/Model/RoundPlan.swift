/// What every table holds in one conversation round.
public struct RoundPlan: Hashable, Sendable, JournalCodable {
    /// Round number, from 1.
    public var round: Int
    public var assignments: [TableAssignment]
    /// Whether people are re-seated for this round or keep their tables. Round 1 always
    /// seats everyone.
    public var movement: RoundMovement
    /// Whether the round opens up (notes) or narrows down (clusters and votes).
    public var mode: RoundMode
    /// Size of the sub-groups people work in within each table (1: alone, 2: pairs), or nil
    /// when each table works as one group. The seating then lists the sub-groups.
    public var groupSize: Int?

    public init(
        round: Int, assignments: [TableAssignment], movement: RoundMovement = .rotate, mode: RoundMode = .diverge,
        groupSize: Int? = nil
    ) {
        self.round = round
        self.assignments = assignments
        self.movement = movement
        self.mode = mode
        self.groupSize = groupSize
    }

    /// The assignment of table number `table`, if it plays in this round.
    public func assignment(forTable table: Int) -> TableAssignment? {
        assignments.first { $0.table == table }
    }

    /// The question numbers held in this round, without repeats, in table order.
    public var questions: [Int] {
        var seen: Set<Int> = []
        return assignments.map(\.question).filter { seen.insert($0).inserted }
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        round = try object.int("round")
        assignments = try object.decode("tables", as: [TableAssignment].self)
        let movementText = try object.optionalString("movement") ?? RoundMovement.rotate.rawValue
        guard let movement = RoundMovement(rawValue: movementText) else {
            throw JSONDecodingError(
                path: [.key("movement")], problem: .invalidValue(expected: "rotate, stay or home", found: "\"\(movementText)\""))
        }
        self.movement = movement
        let modeText = try object.optionalString("mode") ?? RoundMode.diverge.rawValue
        guard let mode = RoundMode(rawValue: modeText) else {
            throw JSONDecodingError(
                path: [.key("mode")], problem: .invalidValue(expected: "diverge or converge", found: "\"\(modeText)\""))
        }
        self.mode = mode
        groupSize = try object.optionalInt("groupSize")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("round", round)
        writer.field("tables", assignments)
        if movement != .rotate { writer.field("movement", movement.rawValue) }
        if mode != .diverge { writer.field("mode", mode.rawValue) }
        writer.field("groupSize", groupSize)
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
