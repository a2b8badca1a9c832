/// A ballot as typed by the facilitator or a voter, before it is checked against the
/// session and becomes a ``BallotCast`` event.
public struct BallotDraft: Hashable, Sendable {
    public var question: Int
    /// The voter: a participant id or name (see ``VoterLookup``).
    public var voter: String
    public var rule: VotingRule
    /// Candidate ids as typed (`C3`, `c3`, `3`) with their values; for Borda, ranks from 1.
    public var marks: [BallotMark]
    /// Whether the voter's earlier ballot, if any, may be replaced.
    public var replace: Bool

    public init(question: Int, voter: String, rule: VotingRule, marks: [BallotMark], replace: Bool = false) {
        self.question = question
        self.voter = voter
        self.rule = rule
        self.marks = marks
        self.replace = replace
    }

    /// A ranking (`C3, C1, C2`) as Borda marks: ranks 1, 2, 3.
    public static func ranking(_ candidates: [String]) -> [BallotMark] {
        candidates.enumerated().map { BallotMark(candidate: $1, value: $0 + 1) }
    }

    /// An approval list as marks of 1.
    public static func approvals(_ candidates: [String]) -> [BallotMark] {
        candidates.map { BallotMark(candidate: $0, value: 1) }
    }

    /// Checks the ballot and returns the event that records it, with candidate ids in
    /// their canonical form. Refuses: a closed question, a question without candidates,
    /// an unknown, ambiguous or absent voter, a rule other than the question's, unknown,
    /// inactive or repeated candidates, marks the rule does not allow (over budget, over
    /// the cap, scores outside 1-5...), and a second ballot without `replace`.
    public func event(in state: SessionState) throws(VoteError) -> BallotCast {
        _ = try state.requireQuestion(question)
        try state.requireOpenVote(question)
        let candidates = state.voting.candidates(question: question)
        guard !candidates.isEmpty else { throw VoteError.noCandidates(question: question) }
        let participant = try VoterLookup.voter(voter, in: state)
        let settings = VoteSettings.resolve(question: question, in: state)
        guard rule == settings.rule else { throw VoteError.ruleMismatch(question: question, rule: settings.rule, ballot: rule) }
        let canonical = try Self.canonicalMarks(marks, question: question, in: state)
        try settings.rule.method.check(canonical, settings: settings, candidateCount: candidates.count)
        let earlier = state.voting.vote(question: question).ballot(of: participant.id)
        if earlier != nil, !replace { throw VoteError.alreadyVoted(voter: participant.name, question: question) }
        return BallotCast(question: question, voter: participant.id, rule: rule, marks: canonical, replaces: earlier != nil)
    }

    /// `marks` with canonical candidate ids; throws for an empty list, unknown, inactive or
    /// repeated candidates.
    static func canonicalMarks(_ marks: [BallotMark], question: Int, in state: SessionState) throws(VoteError)
        -> [BallotMark]
    {
        guard !marks.isEmpty else { throw VoteError.emptyBallot }
        var seen: Set<String> = []
        var result: [BallotMark] = []
        for mark in marks {
            let conclusion = try state.requireCandidate(mark.candidate, question: question)
            guard seen.insert(conclusion.id).inserted else { throw VoteError.duplicateCandidate(id: conclusion.id) }
            result.append(BallotMark(candidate: conclusion.id, value: mark.value))
        }
        return result
    }
}
