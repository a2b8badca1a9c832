/// Approval voting: each voter approves any number of candidates; a candidate's total is
/// the number of voters who approved it.
public struct ApprovalVoting: VotingMethod {
    public init() {}

    public var rule: VotingRule { .approval }

    public func check(_ marks: [BallotMark], settings: VoteSettings, candidateCount: Int) throws(VoteError) {
        if let bad = marks.first(where: { $0.value != 1 }) {
            throw VoteError.invalidApproval(candidate: bad.candidate, value: bad.value)
        }
    }

    public func points(for mark: BallotMark, candidateCount: Int) -> Int { 1 }

    public func maximumPerCandidate(settings: VoteSettings, candidateCount: Int) -> Int { 1 }

    public func maximumPerVoter(settings: VoteSettings, candidateCount: Int) -> Int { candidateCount }
}
