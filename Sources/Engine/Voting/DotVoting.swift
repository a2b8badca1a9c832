/// Dot voting: each voter spreads a budget of dots over the candidates, at most ``VoteSettings/cap``
/// on any one of them; a candidate's total is the dots it received. A voter may use fewer
/// dots than the budget.
public struct DotVoting: VotingMethod {
    public init() {}

    public var rule: VotingRule { .dots }

    public func check(_ marks: [BallotMark], settings: VoteSettings, candidateCount: Int) throws(VoteError) {
        for mark in marks where mark.value < 1 {
            throw VoteError.invalidDots(candidate: mark.candidate, value: mark.value)
        }
        if let cap = settings.cap, let over = marks.first(where: { $0.value > cap }) {
            throw VoteError.overCap(candidate: over.candidate, dots: over.value, cap: cap)
        }
        let used = marks.reduce(0) { $0 + $1.value }
        guard used <= settings.budget else { throw VoteError.overBudget(used: used, budget: settings.budget) }
    }

    public func points(for mark: BallotMark, candidateCount: Int) -> Int { mark.value }

    public func maximumPerCandidate(settings: VoteSettings, candidateCount: Int) -> Int {
        min(settings.cap ?? settings.budget, settings.budget)
    }

    public func maximumPerVoter(settings: VoteSettings, candidateCount: Int) -> Int { settings.budget }
}
