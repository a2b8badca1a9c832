/// Counted totals from physical dot stickers, before they are checked against the session
/// and become a ``TallyRecorded`` event.
public struct TallyDraft: Hashable, Sendable {
    public var question: Int
    /// Candidate ids as typed with their counts.
    public var counts: [BallotMark]
    /// Whether counts already recorded for these candidates may be replaced.
    public var replace: Bool

    public init(question: Int, counts: [BallotMark], replace: Bool = false) {
        self.question = question
        self.counts = counts
        self.replace = replace
    }

    /// Checks the counts and returns the event that records them. Besides the checks of a
    /// ballot's candidates, refuses negative counts, counts for candidates that already have
    /// one (without `replace`), and counts more voters could not have given: at most the
    /// rule's maximum per voter times the participants in the room who have not cast a
    /// ballot on this question (for dots, a 140 typed for a 14 is caught this way).
    public func event(in state: SessionState) throws(VoteError) -> TallyRecorded {
        _ = try state.requireQuestion(question)
        try state.requireOpenVote(question)
        let candidates = state.voting.candidates(question: question)
        guard !candidates.isEmpty else { throw VoteError.noCandidates(question: question) }
        let canonical = try BallotDraft.canonicalMarks(counts, question: question, in: state)
        if let negative = canonical.first(where: { $0.value < 0 }) {
            throw VoteError.negativeTally(candidate: negative.candidate, value: negative.value)
        }
        let vote = state.voting.vote(question: question)
        let already = canonical.map(\.candidate).filter { vote.tally[$0] != nil }
        if !already.isEmpty, !replace { throw VoteError.tallyAlreadyRecorded(candidates: already) }

        let settings = VoteSettings.resolve(question: question, in: state)
        let method = settings.rule.method
        let voters = max(0, state.seatedParticipants.count - vote.ballots.count)
        let perCandidate = method.maximumPerCandidate(settings: settings, candidateCount: candidates.count) * voters
        if let over = canonical.first(where: { $0.value > perCandidate }) {
            throw VoteError.tallyOverCandidateLimit(
                candidate: over.candidate, value: over.value, limit: perCandidate, voters: voters)
        }
        var combined = vote.tally
        for count in canonical { combined[count.candidate] = count.value }
        let total = combined.values.reduce(0, +)
        let perVoter = method.maximumPerVoter(settings: settings, candidateCount: candidates.count) * voters
        guard total <= perVoter else { throw VoteError.tallyOverTotalLimit(total: total, limit: perVoter, voters: voters) }
        return TallyRecorded(question: question, counts: canonical, replaces: !already.isEmpty)
    }
}
