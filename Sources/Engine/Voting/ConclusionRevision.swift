/// Checks changes to conclusions already proposed (rewording, merging, withdrawing) and
/// returns the events that record them.
public enum ConclusionRevision {
    /// Rewords conclusion `id`. Allowed at any time, votes included: it fixes wording, the
    /// earlier text is kept.
    public static func edit(_ id: String, text: String, in state: SessionState) throws(VoteError) -> ConclusionEdited {
        let conclusion = try active(id, in: state)
        let cleaned = try ConclusionDraft.checkedText(text)
        guard cleaned != conclusion.text else { throw VoteError.unchangedConclusion(id: conclusion.id) }
        return ConclusionEdited(id: conclusion.id, text: cleaned)
    }

    /// Merges `others` into `target` (same question, before its vote starts), optionally
    /// rewording the result.
    public static func merge(into target: String, from others: [String], text: String? = nil, in state: SessionState)
        throws(VoteError) -> ConclusionsMerged
    {
        let kept = try active(target, in: state)
        var merged: [String] = []
        for id in others {
            let other = try active(id, in: state)
            guard other.id != kept.id else { throw VoteError.mergeWithItself(id: kept.id) }
            guard other.question == kept.question else {
                throw VoteError.mergeAcrossQuestions(
                    id: kept.id, question: kept.question, other: other.id, otherQuestion: other.question)
            }
            guard !merged.contains(other.id) else { throw VoteError.duplicateCandidate(id: other.id) }
            merged.append(other.id)
        }
        try state.requireOpenVote(kept.question)
        try ConclusionDraft.requireCandidatesCanChange(kept.question, in: state)
        let wording = try text.map { text throws(VoteError) in try ConclusionDraft.checkedText(text) }
        return ConclusionsMerged(into: kept.id, from: merged, text: wording == kept.text ? nil : wording)
    }

    /// Takes conclusion `id` off the ballot (before its question's vote starts).
    public static func withdraw(_ id: String, in state: SessionState) throws(VoteError) -> ConclusionWithdrawn {
        let conclusion = try active(id, in: state)
        try state.requireOpenVote(conclusion.question)
        try ConclusionDraft.requireCandidatesCanChange(conclusion.question, in: state)
        return ConclusionWithdrawn(id: conclusion.id)
    }

    private static func active(_ id: String, in state: SessionState) throws(VoteError) -> Conclusion {
        guard let conclusion = state.voting.conclusion(id) else { throw VoteError.unknownConclusion(id: id) }
        switch conclusion.status {
        case .active: return conclusion
        case .merged(let into): throw VoteError.inactiveCandidate(id: conclusion.id, mergedInto: into)
        case .withdrawn: throw VoteError.inactiveCandidate(id: conclusion.id, mergedInto: nil)
        }
    }
}
