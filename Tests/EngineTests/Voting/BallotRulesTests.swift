import Testing

@testable import Engine

/// Ballots and tallies that must be refused, with nothing recorded; replacement; closing.
@Suite struct BallotRulesTests {
    /// Question 1 with four candidates, dots: 2 per voter, at most 1 per conclusion.
    private func dotsState() throws -> (SessionState, [String]) {
        var state = try VotingFixture.state()
        try VotingFixture.configure(question: 1, budget: 2, cap: 1, in: &state)
        let ids = try VotingFixture.conclusions(["uno", "dos", "tres", "cuatro"], question: 1, in: &state)
        return (state, ids)
    }

    private func draft(
        _ voter: String, _ marks: [String: Int], rule: VotingRule = .dots, question: Int = 1, replace: Bool = false
    )
        -> BallotDraft
    {
        BallotDraft(question: question, voter: voter, rule: rule, marks: VotingFixture.marks(marks), replace: replace)
    }

    @Test func overBudget() throws {
        let (state, _) = try dotsState()
        #expect(throws: VoteError.overBudget(used: 3, budget: 2)) {
            try draft("1", ["C1": 1, "C2": 1, "C3": 1]).event(in: state)
        }
    }

    @Test func overCap() throws {
        let (state, _) = try dotsState()
        #expect(throws: VoteError.overCap(candidate: "C1", dots: 2, cap: 1)) { try draft("1", ["C1": 2]).event(in: state) }
    }

    @Test func zeroOrNegativeDots() throws {
        let (state, _) = try dotsState()
        #expect(throws: VoteError.invalidDots(candidate: "C2", value: 0)) { try draft("1", ["C2": 0]).event(in: state) }
    }

    @Test func unknownCandidate() throws {
        let (state, ids) = try dotsState()
        #expect(throws: VoteError.unknownCandidate(id: "C9", question: 1, candidates: ids)) {
            try draft("1", ["C9": 1]).event(in: state)
        }
    }

    @Test func candidateOfAnotherQuestion() throws {
        var (state, _) = try dotsState()
        try VotingFixture.conclusions(["otra"], question: 2, in: &state)
        #expect(throws: VoteError.candidateOfOtherQuestion(id: "C5", question: 2, expected: 1)) {
            try draft("1", ["C5": 1]).event(in: state)
        }
    }

    @Test func mergedOrWithdrawnCandidate() throws {
        var state = try VotingFixture.state()
        try VotingFixture.conclusions(["uno", "dos", "tres"], question: 1, in: &state)
        try VotingFixture.record(&state) { [try ConclusionRevision.merge(into: "C1", from: ["C2"], in: $0)] }
        try VotingFixture.record(&state) { [try ConclusionRevision.withdraw("C3", in: $0)] }
        #expect(throws: VoteError.inactiveCandidate(id: "C2", mergedInto: "C1")) { try draft("1", ["C2": 1]).event(in: state) }
        #expect(throws: VoteError.inactiveCandidate(id: "C3", mergedInto: nil)) { try draft("1", ["C3": 1]).event(in: state) }
    }

    @Test func repeatedCandidate() throws {
        let (state, _) = try dotsState()
        let marks = [BallotMark(candidate: "C1", value: 1), BallotMark(candidate: "c1", value: 1)]
        #expect(throws: VoteError.duplicateCandidate(id: "C1")) {
            try BallotDraft(question: 1, voter: "1", rule: .dots, marks: marks).event(in: state)
        }
    }

    @Test func emptyBallot() throws {
        let (state, _) = try dotsState()
        #expect(throws: VoteError.emptyBallot) { try draft("1", [:]).event(in: state) }
    }

    @Test func unknownVoterWithSuggestion() throws {
        let (state, _) = try dotsState()
        #expect(throws: VoteError.unknownVoter(name: "Camilla Roxas Fuentes", suggestion: "Camila Rojas Fuentes")) {
            try draft("Camilla Roxas Fuentes", ["C1": 1]).event(in: state)
        }
        #expect(throws: VoteError.unknownVoter(name: "99", suggestion: nil)) { try draft("99", ["C1": 1]).event(in: state) }
    }

    @Test func absentVoter() throws {
        var (state, _) = try dotsState()
        state.participants[5].status = .absent
        #expect(throws: VoteError.absentVoter(name: "Camila Rojas Fuentes")) {
            try draft("camila rojas", ["C1": 1]).event(in: state)
        }
    }

    @Test func mixedRulesInOneQuestion() throws {
        var (state, _) = try dotsState()
        try VotingFixture.ballot(1, .dots, VotingFixture.marks(["C1": 1]), question: 1, in: &state)
        #expect(throws: VoteError.ruleMismatch(question: 1, rule: .dots, ballot: .approval)) {
            try BallotDraft(question: 1, voter: "2", rule: .approval, marks: BallotDraft.approvals(["C1"])).event(in: state)
        }
        #expect(throws: VoteError.votingStarted(question: 1, ballots: 1, tallies: 0)) {
            try VoteControl.configure(question: 1, rule: .approval, in: state)
        }
    }

    @Test func scoresOutsideOneToFive() throws {
        var state = try VotingFixture.state()
        try VotingFixture.configure(question: 1, rule: .score, in: &state)
        try VotingFixture.conclusions(["uno", "dos"], question: 1, in: &state)
        #expect(throws: VoteError.invalidScore(candidate: "C2", value: 6)) {
            try draft("1", ["C1": 5, "C2": 6], rule: .score).event(in: state)
        }
        #expect(throws: VoteError.invalidScore(candidate: "C1", value: 0)) {
            try draft("1", ["C1": 0], rule: .score).event(in: state)
        }
    }

    @Test func secondBallotNeedsReplace() throws {
        var (state, _) = try dotsState()
        try VotingFixture.ballot(1, .dots, VotingFixture.marks(["C1": 1, "C2": 1]), question: 1, in: &state)
        #expect(throws: VoteError.alreadyVoted(voter: "José Núñez Pérez", question: 1)) {
            try draft("jose nunez perez", ["C3": 1]).event(in: state)
        }
        let replacing = try draft("José Núñez", ["C3": 1, "C4": 1], replace: true).event(in: state)
        #expect(replacing.replaces)
        VotingFixture.apply([replacing], to: &state)
        let vote = state.voting.vote(question: 1)
        #expect(vote.ballots.count == 1)
        #expect(vote.ballots.first?.replacements == 1)
        #expect(QuestionResults.compute(question: 1, in: state).totals == ["C1": 0, "C2": 0, "C3": 1, "C4": 1])
        #expect(state.voteCount == 1)
    }

    @Test func replaceWithoutEarlierBallotIsANewBallot() throws {
        let (state, _) = try dotsState()
        let event = try draft("2", ["C1": 1], replace: true).event(in: state)
        #expect(!event.replaces)
    }

    @Test func closedQuestionRefusesVotesUntilReopened() throws {
        var (state, _) = try dotsState()
        try VotingFixture.record(&state) { [try VoteControl.close(question: 1, in: $0)] }
        #expect(throws: VoteError.closed(question: 1, byAgenda: false)) { try draft("1", ["C1": 1]).event(in: state) }
        #expect(throws: VoteError.closed(question: 1, byAgenda: false)) {
            try TallyDraft(question: 1, counts: [BallotMark(candidate: "C1", value: 3)]).event(in: state)
        }
        #expect(throws: VoteError.alreadyClosed(question: 1)) { try VoteControl.close(question: 1, in: state) }
        try VotingFixture.record(&state) { [try VoteControl.reopen(question: 1, in: $0)] }
        #expect(throws: VoteError.notClosed(question: 1)) { try VoteControl.reopen(question: 1, in: state) }
        _ = try draft("1", ["C1": 1]).event(in: state)
    }

    @Test func movingPastTheVotePhaseClosesEveryQuestion() throws {
        var (state, _) = try dotsState()
        guard let vote = state.agenda.phases.firstIndex(where: { $0.kind == .vote }) else {
            Issue.record("opsi-facets plans a vote phase")
            return
        }
        VotingFixture.apply([PhaseStarted(phase: vote)], to: &state)
        _ = try draft("1", ["C1": 1]).event(in: state)
        VotingFixture.apply([PhaseStarted(phase: vote + 1)], to: &state)
        #expect(state.voteClosure(question: 1) == (true, true))
        #expect(throws: VoteError.closed(question: 1, byAgenda: true)) { try draft("1", ["C1": 1]).event(in: state) }
        // Reopening keeps the question open whatever the phase; going back also reopens.
        try VotingFixture.record(&state) { [try VoteControl.reopen(question: 1, in: $0)] }
        _ = try draft("1", ["C1": 1]).event(in: state)
        #expect(state.voteClosure(question: 2).closed)
        VotingFixture.apply([PhaseStarted(phase: vote)], to: &state)
        #expect(!state.voteClosure(question: 2).closed)
        VotingFixture.apply([SessionFinished()], to: &state)
        #expect(state.voteClosure(question: 2) == (true, true))
    }

    @Test func unknownQuestionAndNoCandidates() throws {
        let state = try VotingFixture.state()
        #expect(throws: VoteError.unknownQuestion(question: 7, known: [1, 2, 3])) {
            try draft("1", ["C1": 1], question: 7).event(in: state)
        }
        #expect(throws: VoteError.noCandidates(question: 2)) { try draft("1", ["C1": 1], question: 2).event(in: state) }
    }

    @Test func talliesAreBoundedByTheRoom() throws {
        // 12 people in the room, 2 dots each, at most 1 per conclusion: a conclusion can get
        // at most 12 stickers and all conclusions together at most 24.
        var (state, _) = try dotsState()
        #expect(throws: VoteError.tallyOverCandidateLimit(candidate: "C1", value: 14, limit: 12, voters: 12)) {
            try TallyDraft(question: 1, counts: [BallotMark(candidate: "C1", value: 14)]).event(in: state)
        }
        #expect(throws: VoteError.tallyOverTotalLimit(total: 25, limit: 24, voters: 12)) {
            try TallyDraft(question: 1, counts: VotingFixture.marks(["C1": 12, "C2": 12, "C3": 1])).event(in: state)
        }
        #expect(throws: VoteError.negativeTally(candidate: "C1", value: -1)) {
            try TallyDraft(question: 1, counts: [BallotMark(candidate: "C1", value: -1)]).event(in: state)
        }
        try VotingFixture.record(&state) {
            [try TallyDraft(question: 1, counts: VotingFixture.marks(["C1": 5, "C2": 3])).event(in: $0)]
        }
        #expect(throws: VoteError.tallyAlreadyRecorded(candidates: ["C2"])) {
            try TallyDraft(question: 1, counts: VotingFixture.marks(["C2": 4, "C3": 1])).event(in: state)
        }
        try VotingFixture.record(&state) {
            [try TallyDraft(question: 1, counts: VotingFixture.marks(["C2": 4, "C3": 1]), replace: true).event(in: $0)]
        }
        #expect(QuestionResults.compute(question: 1, in: state).totals == ["C1": 5, "C2": 4, "C3": 1, "C4": 0])
        #expect(state.voteCount == 2)
    }

    @Test func resetDiscardsVotesAndUnfreezesCandidates() throws {
        var (state, _) = try dotsState()
        try VotingFixture.ballot(1, .dots, VotingFixture.marks(["C1": 1]), question: 1, in: &state)
        #expect(throws: VoteError.votingStarted(question: 1, ballots: 1, tallies: 0)) {
            try ConclusionDraft(question: 1, text: "cinco").event(in: state)
        }
        #expect(throws: VoteError.votingStarted(question: 1, ballots: 1, tallies: 0)) {
            try ConclusionRevision.withdraw("C2", in: state)
        }
        // The number kept may still change.
        _ = try VoteControl.configure(question: 1, keep: 2, in: state)
        try VotingFixture.record(&state) { [try VoteControl.reset(question: 1, in: $0)] }
        #expect(state.voteCount == 0)
        _ = try ConclusionDraft(question: 1, text: "cinco").event(in: state)
        #expect(throws: VoteError.nothingToReset(question: 1)) { try VoteControl.reset(question: 1, in: state) }
    }
}
