/// How a question's conclusions are voted on.
public enum VotingRule: String, CaseIterable, Sendable {
    /// Each voter spreads a budget of dots over the candidates.
    case dots
    /// Each voter approves any number of candidates.
    case approval
    /// Each voter ranks candidates; a rank earns points (n-1 for first, 0 for last).
    case borda
    /// Each voter scores candidates from 1 to 5.
    case score
}

/// The vote that closes a method's rounds: its rule and how many conclusions each
/// question keeps.
public struct VotingPlan: Hashable, Sendable, JournalCodable {
    public var rule: VotingRule
    /// Conclusions kept per question.
    public var keep: Int
    /// For dot voting: dots per voter; nil means "about a third of the candidates".
    public var dotsPerVoter: Int?
    /// For dot voting: most dots one voter may put on one candidate; nil means no cap.
    public var capPerCandidate: Int?
    /// The questions whose conclusions are voted on, or nil for every question. (Double
    /// Diamond votes only after its converging phases.)
    public var questions: [Int]?

    public init(rule: VotingRule, keep: Int, dotsPerVoter: Int? = nil, capPerCandidate: Int? = nil, questions: [Int]? = nil) {
        self.rule = rule
        self.keep = keep
        self.dotsPerVoter = dotsPerVoter
        self.capPerCandidate = capPerCandidate
        self.questions = questions
    }

    /// Whether the conclusions of question `number` are voted on.
    public func votes(onQuestion number: Int) -> Bool { questions?.contains(number) ?? true }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        let ruleText = try object.string("rule")
        guard let rule = VotingRule(rawValue: ruleText) else {
            throw JSONDecodingError(
                path: [.key("rule")], problem: .invalidValue(expected: "dots, approval, borda or score", found: "\"\(ruleText)\"")
            )
        }
        self.rule = rule
        keep = try object.int("keep")
        dotsPerVoter = try object.optionalInt("dots")
        capPerCandidate = try object.optionalInt("cap")
        questions = object.member("questions").map { $0.isNull } == false ? try object.ints("questions") : nil
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("rule", rule.rawValue)
        writer.field("keep", keep)
        writer.field("dots", dotsPerVoter)
        writer.field("cap", capPerCandidate)
        if let questions { writer.field("questions", questions) }
        writer.endObject()
    }
}
