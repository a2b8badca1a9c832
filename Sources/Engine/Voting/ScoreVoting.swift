/// Score voting: each voter scores candidates from 1 (weak) to 5 (strong); a candidate's
/// total is the sum of its scores. A candidate a voter did not score gets nothing from
/// that ballot.
public struct ScoreVoting: VotingMethod {
    public init() {}

    /// The lowest and highest score.
    public static let scores = 1...5

    public var rule: VotingRule { .score }

    public func check(_ marks: [BallotMark], settings: VoteSettings, candidateCount: Int) throws(VoteError) {
        if let bad = marks.first(where: { !Self.scores.contains($0.value) }) {
            throw VoteError.invalidScore(candidate: bad.candidate, value: bad.value)
        }
    }

    public func points(for mark: BallotMark, candidateCount: Int) -> Int { mark.value }

    public func maximumPerCandidate(settings: VoteSettings, candidateCount: Int) -> Int { Self.scores.upperBound }

    public func maximumPerVoter(settings: VoteSettings, candidateCount: Int) -> Int {
        Self.scores.upperBound * candidateCount
    }
}
