/// The facilitator's controls over a question's vote: settings, closing, reopening and
/// starting over. Each checks the session and returns the event that records it.
public enum VoteControl {
    /// Chooses the rule, the number of conclusions kept, the dot budget or the cap for a
    /// question. The rule, budget and cap are fixed once votes are recorded (reset first);
    /// the number kept can change until the question closes. A cap of 0 removes the cap.
    public static func configure(
        question: Int, rule: VotingRule? = nil, keep: Int? = nil, budget: Int? = nil, cap: Int? = nil, in state: SessionState
    ) throws(VoteError) -> VoteConfigured {
        _ = try state.requireQuestion(question)
        try state.requireOpenVote(question)
        if let keep, keep < 1 { throw VoteError.invalidSetting(name: "keep", value: keep) }
        if let budget, budget < 1 { throw VoteError.invalidSetting(name: "budget", value: budget) }
        if let cap, cap < 0 { throw VoteError.invalidSetting(name: "cap", value: cap) }
        if rule != nil || budget != nil || cap != nil {
            let vote = state.voting.vote(question: question)
            if vote.hasVotes {
                throw VoteError.votingStarted(question: question, ballots: vote.ballots.count, tallies: vote.tallyRecords)
            }
        }
        return VoteConfigured(question: question, rule: rule, keep: keep, budget: budget, cap: cap)
    }

    /// Closes a question's vote.
    public static func close(question: Int, in state: SessionState) throws(VoteError) -> VoteClosed {
        _ = try state.requireQuestion(question)
        if state.voteClosure(question: question).closed { throw VoteError.alreadyClosed(question: question) }
        return VoteClosed(question: question)
    }

    /// Reopens a closed question's vote.
    public static func reopen(question: Int, in state: SessionState) throws(VoteError) -> VoteReopened {
        _ = try state.requireQuestion(question)
        guard state.voteClosure(question: question).closed else { throw VoteError.notClosed(question: question) }
        return VoteReopened(question: question)
    }

    /// Discards an open question's ballots, tallies and tie-break.
    public static func reset(question: Int, in state: SessionState) throws(VoteError) -> VoteReset {
        _ = try state.requireQuestion(question)
        try state.requireOpenVote(question)
        let vote = state.voting.vote(question: question)
        guard vote.hasVotes || vote.tieBreak != nil else { throw VoteError.nothingToReset(question: question) }
        return VoteReset(question: question)
    }
}
