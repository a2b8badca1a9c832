/// A voting rule: what a valid ballot looks like and how many points each mark earns.
///
/// Conformers are small value types, one per file (``DotVoting``, ``ApprovalVoting``,
/// ``BordaCount``, ``ScoreVoting``). The checks common to every rule (known, active
/// candidates of the question, no candidate twice, at least one mark) happen before
/// ``check(_:settings:candidateCount:)`` is called.
public protocol VotingMethod: Sendable {
    var rule: VotingRule { get }

    /// Throws the first problem of a ballot's marks under this rule.
    func check(_ marks: [BallotMark], settings: VoteSettings, candidateCount: Int) throws(VoteError)

    /// Points one mark earns its candidate when the question has `candidateCount` candidates.
    func points(for mark: BallotMark, candidateCount: Int) -> Int

    /// Most points one voter can give one candidate (bounds counted tallies).
    func maximumPerCandidate(settings: VoteSettings, candidateCount: Int) -> Int

    /// Most points one voter can give in all (bounds counted tallies).
    func maximumPerVoter(settings: VoteSettings, candidateCount: Int) -> Int
}

extension VotingRule {
    /// The implementation of this rule.
    public var method: any VotingMethod {
        switch self {
        case .dots: return DotVoting()
        case .approval: return ApprovalVoting()
        case .borda: return BordaCount()
        case .score: return ScoreVoting()
        }
    }
}
