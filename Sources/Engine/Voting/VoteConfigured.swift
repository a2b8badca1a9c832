/// `vote.configured`: the facilitator chose how question ``question`` is voted, overriding
/// the method's plan. Absent members keep their current value; a cap of 0 means no cap.
public struct VoteConfigured: JournalEvent, Hashable {
    public static let type = "vote.configured"
    public var question: Int
    public var rule: VotingRule?
    public var keep: Int?
    public var budget: Int?
    public var cap: Int?

    public init(question: Int, rule: VotingRule? = nil, keep: Int? = nil, budget: Int? = nil, cap: Int? = nil) {
        self.question = question
        self.rule = rule
        self.keep = keep
        self.budget = budget
        self.cap = cap
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        question = try object.int("question")
        if let text = try object.optionalString("rule") {
            guard let rule = VotingRule(rawValue: text) else {
                throw JSONDecodingError(
                    path: [.key("rule")], problem: .invalidValue(expected: "dots, approval, borda or score", found: "\"\(text)\"")
                )
            }
            self.rule = rule
        }
        keep = try object.optionalInt("keep")
        budget = try object.optionalInt("budget")
        cap = try object.optionalInt("cap")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("question", question)
        writer.field("rule", rule?.rawValue)
        writer.field("keep", keep)
        writer.field("budget", budget)
        writer.field("cap", cap)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.voting.updateVote(question) { vote in
            if let rule { vote.rule = rule }
            if let keep { vote.keep = keep }
            if let budget { vote.budget = budget }
            if let cap { vote.cap = cap }
        }
    }
}
