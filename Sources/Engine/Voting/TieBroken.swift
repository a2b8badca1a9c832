/// `vote.tiebreak`: the facilitator broke a tie at question ``question``'s cut, either by
/// ordering the tied conclusions or by keeping all of them.
public struct TieBroken: JournalEvent, Hashable {
    public static let type = "vote.tiebreak"
    public var question: Int
    /// The tied conclusions in the facilitator's order (empty with ``keepAll``).
    public var order: [String]
    public var keepAll: Bool

    public init(question: Int, order: [String]) {
        self.question = question
        self.order = order
        keepAll = false
    }

    public init(question: Int, keepAll: Bool) {
        self.question = question
        order = []
        self.keepAll = keepAll
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        question = try object.int("question")
        order = try object.strings("order")
        keepAll = try object.bool("keepAll", default: false)
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("question", question)
        writer.field("order", order)
        if keepAll { writer.field("keepAll", true) }
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.voting.updateVote(question) { vote in
            vote.tieBreak = keepAll ? .keepAll : .order(order)
        }
    }
}
