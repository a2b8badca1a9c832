/// How one question is voted, resolved from the facilitator's choices for that question
/// (`vote.configured`), then the method's ``VotingPlan``, then the defaults.
public struct VoteSettings: Hashable, Sendable {
    public var rule: VotingRule
    /// Conclusions the question keeps.
    public var keep: Int
    /// Dots per voter (dot voting).
    public var budget: Int
    /// Most dots one voter may put on one conclusion (dot voting); nil for no cap.
    public var cap: Int?
    /// Whether ``budget`` is the default (about a third of the candidates).
    public var budgetIsDefault: Bool

    public init(rule: VotingRule, keep: Int, budget: Int, cap: Int?, budgetIsDefault: Bool = false) {
        self.rule = rule
        self.keep = keep
        self.budget = budget
        self.cap = cap
        self.budgetIsDefault = budgetIsDefault
    }

    /// The plan used when a method plans no vote: dot voting keeping 3.
    public static let defaultPlan = VotingPlan(rule: .dots, keep: 3)

    /// The default dot budget: about a third of the candidates, at least 1.
    public static func defaultBudget(candidates: Int) -> Int { max(1, (candidates + 1) / 3) }

    /// The settings of question `question` in `state`.
    public static func resolve(question: Int, in state: SessionState) -> VoteSettings {
        let plan = state.agenda.voting ?? defaultPlan
        let vote = state.voting.vote(question: question)
        let candidates = state.voting.candidates(question: question).count
        let budget = vote.budget ?? plan.dotsPerVoter
        return VoteSettings(
            rule: vote.rule ?? plan.rule, keep: vote.keep ?? plan.keep,
            budget: budget ?? defaultBudget(candidates: candidates), cap: vote.cap ?? plan.capPerCandidate,
            budgetIsDefault: budget == nil)
    }
}
