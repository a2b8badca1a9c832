/// The Borda count: each voter ranks candidates; with `n` candidates on the ballot, the
/// first earns `n - 1` points, the second `n - 2`, and so on down to 0 for the last.
/// A voter may rank only their top choices; unranked candidates earn nothing from that
/// ballot. Marks hold ranks from 1.
public struct BordaCount: VotingMethod {
    public init() {}

    public var rule: VotingRule { .borda }

    public func check(_ marks: [BallotMark], settings: VoteSettings, candidateCount: Int) throws(VoteError) {
        let ranks = marks.map(\.value).sorted()
        guard ranks == Array(1...max(1, marks.count)), marks.count <= candidateCount else {
            throw VoteError.invalidRanking(ranks: marks.map(\.value))
        }
    }

    public func points(for mark: BallotMark, candidateCount: Int) -> Int { max(0, candidateCount - mark.value) }

    public func maximumPerCandidate(settings: VoteSettings, candidateCount: Int) -> Int { max(0, candidateCount - 1) }

    public func maximumPerVoter(settings: VoteSettings, candidateCount: Int) -> Int {
        candidateCount * (candidateCount - 1) / 2
    }
}
