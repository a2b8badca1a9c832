/// The outcome of one question's vote: each candidate's total and rank, the conclusions
/// kept, and any tie at the cut.
///
/// Candidates are ranked by total (highest first); equal totals share a rank. The question
/// keeps ``VoteSettings/keep`` conclusions. Candidates with no points are never kept.
/// When candidates tied on the total at the cut are more than the places left, none of
/// them is kept silently: they are listed in ``tied`` until the facilitator breaks that
/// tie (an order, or keeping them all; see ``TieBroken``).
public struct QuestionResults: Hashable, Sendable {
    /// One candidate's line.
    public struct Entry: Hashable, Sendable {
        public var conclusion: Conclusion
        public var total: Int
        /// 1 + the number of candidates with a higher total.
        public var rank: Int
        public var outcome: Outcome

        public var id: String { conclusion.id }
    }

    /// What happens to a candidate.
    public enum Outcome: Hashable, Sendable {
        case kept
        case tied
        case notKept
    }

    public var question: Int
    public var settings: VoteSettings
    /// Every candidate, best first (equal totals by conclusion number).
    public var entries: [Entry]
    /// Kept conclusions in order.
    public var kept: [String]
    /// Conclusions tied at the cut, competing for ``openPlaces`` places.
    public var tied: [String]
    /// Places left for the tied conclusions (0 without a tie).
    public var openPlaces: Int
    /// The facilitator's tie-break, when it decided the cut.
    public var tieBreakApplied: QuestionVote.TieBreak.Decision?
    public var ballots: Int
    public var tallies: Int
    public var closed: Bool
    public var closedByAgenda: Bool

    /// Totals by conclusion id.
    public var totals: [String: Int] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0.total) })
    }

    /// Whether a tie at the cut waits for the facilitator.
    public var hasOpenTie: Bool { !tied.isEmpty }

    /// The results of question `question`. With `ignoringTieBreak`, a recorded tie-break
    /// is not applied (to check whether there is a tie to break).
    public static func compute(question: Int, in state: SessionState, ignoringTieBreak: Bool = false) -> QuestionResults {
        let settings = VoteSettings.resolve(question: question, in: state)
        let vote = state.voting.vote(question: question)
        let candidates = state.voting.candidates(question: question)
        let method = settings.rule.method
        var totals: [String: Int] = [:]
        for candidate in candidates { totals[candidate.id] = 0 }
        for ballot in vote.ballots where ballot.rule == settings.rule {
            for mark in ballot.marks where totals[mark.candidate] != nil {
                totals[mark.candidate, default: 0] += method.points(for: mark, candidateCount: candidates.count)
            }
        }
        for (id, count) in vote.tally where totals[id] != nil { totals[id, default: 0] += count }

        let ordered = candidates.sorted { lhs, rhs in
            let left = totals[lhs.id] ?? 0
            let right = totals[rhs.id] ?? 0
            return left != right ? left > right : lhs.number < rhs.number
        }
        let cut = Self.cut(
            ordered.map { ($0.id, totals[$0.id] ?? 0) }, keep: settings.keep,
            tieBreak: ignoringTieBreak ? nil : vote.tieBreak)
        let entries = ordered.map { conclusion in
            let total = totals[conclusion.id] ?? 0
            let outcome: Outcome =
                cut.kept.contains(conclusion.id) ? .kept : cut.tied.contains(conclusion.id) ? .tied : .notKept
            return Entry(
                conclusion: conclusion, total: total, rank: 1 + ordered.filter { (totals[$0.id] ?? 0) > total }.count,
                outcome: outcome)
        }
        let closure = state.voteClosure(question: question)
        return QuestionResults(
            question: question, settings: settings, entries: entries, kept: cut.kept, tied: cut.tied,
            openPlaces: cut.openPlaces, tieBreakApplied: cut.applied, ballots: vote.ballots.count,
            tallies: vote.tallyRecords, closed: closure.closed, closedByAgenda: closure.byAgenda)
    }

    /// Where the cut falls in `ranked` (best first), keeping `keep`.
    static func cut(_ ranked: [(id: String, total: Int)], keep: Int, tieBreak: QuestionVote.TieBreak?) -> (
        kept: [String], tied: [String], openPlaces: Int, applied: QuestionVote.TieBreak.Decision?
    ) {
        let eligible = ranked.filter { $0.total > 0 }
        guard keep > 0, eligible.count > keep else { return (eligible.map(\.id), [], 0, nil) }
        let cutTotal = eligible[keep - 1].total
        let above = eligible.filter { $0.total > cutTotal }.map(\.id)
        let atCut = eligible.filter { $0.total == cutTotal }.map(\.id)
        let places = keep - above.count
        guard atCut.count > places else { return (above + atCut, [], 0, nil) }
        // A tie-break settles the tie it was made for; a different tie is reported again.
        guard let tieBreak, Set(tieBreak.tied) == Set(atCut) else { return (above, atCut, places, nil) }
        switch tieBreak.decision {
        case .keepAll:
            return (above + atCut, [], 0, .keepAll)
        case .order(let order):
            let listed = order.filter { atCut.contains($0) }
            guard listed.count >= places else { return (above, atCut, places, nil) }
            return (above + listed.prefix(places), [], 0, .order(order))
        }
    }
}
