/// `vote.tiebreak`: the facilitator broke a tie at question ``question``'s cut, either by
/// ordering the tied conclusions or by keeping all of them. The decision applies to the
/// tie it was taken for (``tied``) and to no other.
public struct TieBroken: JournalEvent, Hashable {
    public static let type = "vote.tiebreak"
    public var question: Int
    /// The tied conclusions in the facilitator's order (empty with ``keepAll``).
    public var order: [String]
    public var keepAll: Bool
    /// The conclusions tied at the cut that this decision settles.
    public var tied: [String]

    public init(question: Int, order: [String], tied: [String]) {
        self.question = question
        self.order = order
        keepAll = false
        self.tied = tied
    }

    public init(question: Int, keepAll: Bool, tied: [String]) {
        self.question = question
        order = []
        self.keepAll = keepAll
        self.tied = tied
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        question = try object.int("question")
        order = try object.strings("order")
        keepAll = try object.bool("keepAll", default: false)
        tied = try object.strings("tied")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("question", question)
        writer.field("order", order)
        if keepAll { writer.field("keepAll", true) }
        writer.field("tied", tied)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.voting.updateVote(question) { vote in
            vote.tieBreak = QuestionVote.TieBreak(decision: keepAll ? .keepAll : .order(order), tied: tied)
        }
    }
}
