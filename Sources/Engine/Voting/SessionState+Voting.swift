extension SessionState {
    /// Whether question `question` takes no more ballots or tallies, and whether that is
    /// because of the agenda.
    ///
    /// A question's vote closes when the facilitator closes it (`workshop vote --close`),
    /// or when the session moves past the agenda's (last) vote phase or finishes, unless
    /// the facilitator reopened it (`--reopen`), which keeps it open whatever the phase.
    public func voteClosure(question: Int) -> (closed: Bool, byAgenda: Bool) {
        switch voting.vote(question: question).closure {
        case .closed: return (true, false)
        case .reopened: return (false, false)
        case .followAgenda: return votePhaseIsOver ? (true, true) : (false, false)
        }
    }

    /// Whether the session has moved past the agenda's last vote phase, or finished.
    public var votePhaseIsOver: Bool {
        if timeline.finishedAt != nil { return true }
        guard let current = timeline.currentPhase, let lastVote = agenda.phases.lastIndex(where: { $0.kind == .vote })
        else { return false }
        return current > lastVote
    }

    /// The question numbered `question`, or an error naming the known ones.
    func requireQuestion(_ question: Int) throws(VoteError) -> Question {
        guard let found = agenda.question(question) else {
            throw VoteError.unknownQuestion(question: question, known: agenda.questions.map(\.number))
        }
        return found
    }

    /// Throws when question `question` is closed.
    func requireOpenVote(_ question: Int) throws(VoteError) {
        let closure = voteClosure(question: question)
        if closure.closed { throw VoteError.closed(question: question, byAgenda: closure.byAgenda) }
    }

    /// The active candidate with `id` on question `question`, or the error that says why not.
    func requireCandidate(_ id: String, question: Int) throws(VoteError) -> Conclusion {
        guard let conclusion = voting.conclusion(id) else {
            throw VoteError.unknownCandidate(
                id: id, question: question, candidates: voting.candidates(question: question).map(\.id))
        }
        guard conclusion.question == question else {
            throw VoteError.candidateOfOtherQuestion(id: conclusion.id, question: conclusion.question, expected: question)
        }
        switch conclusion.status {
        case .active: return conclusion
        case .merged(let into): throw VoteError.inactiveCandidate(id: conclusion.id, mergedInto: into)
        case .withdrawn: throw VoteError.inactiveCandidate(id: conclusion.id, mergedInto: nil)
        }
    }
}
