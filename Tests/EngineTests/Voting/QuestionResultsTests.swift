import Testing

@testable import Engine

/// The cut: which conclusions are kept, and ties there, never broken silently.
@Suite struct QuestionResultsTests {
    /// A state with `count` candidates on question 1 (dots, keep `keep`) and approval-like
    /// totals set by counted tallies.
    private func state(totals: [Int], keep: Int) throws -> (SessionState, [String]) {
        var state = try VotingFixture.state(people: 40)
        try VotingFixture.configure(question: 1, keep: keep, budget: 10, in: &state)
        let ids = try VotingFixture.conclusions(totals.indices.map { "Conclusión \($0 + 1)" }, question: 1, in: &state)
        try VotingFixture.record(&state) {
            [try TallyDraft(question: 1, counts: zip(ids, totals).map { BallotMark(candidate: $0, value: $1) }).event(in: $0)]
        }
        return (state, ids)
    }

    @Test func tieAtTheCutIsReportedNotBroken() throws {
        // Totals 9, 7, 5, 5, 2 keeping 3: C1, C2 sure; C3 and C4 tie at 5 for 1 place.
        let (state, c) = try state(totals: [9, 7, 5, 5, 2], keep: 3)
        let results = QuestionResults.compute(question: 1, in: state)
        #expect(results.kept == [c[0], c[1]])
        #expect(results.tied == [c[2], c[3]])
        #expect(results.openPlaces == 1)
        #expect(results.hasOpenTie)
        #expect(results.entries.map(\.outcome) == [.kept, .kept, .tied, .tied, .notKept])
        #expect(results.entries.map(\.rank) == [1, 2, 3, 3, 5])
    }

    @Test func facilitatorOrderBreaksTheTie() throws {
        var (state, c) = try state(totals: [9, 7, 5, 5, 2], keep: 3)
        try VotingFixture.record(&state) { [try TieBreakDraft(question: 1, order: [c[3], c[2]]).event(in: $0)] }
        let results = QuestionResults.compute(question: 1, in: state)
        #expect(results.kept == [c[0], c[1], c[3]])
        #expect(results.tied.isEmpty)
        #expect(results.tieBreakApplied == .order([c[3], c[2]]))
        #expect(results.entries.first { $0.id == c[2] }?.outcome == .notKept)
    }

    @Test func facilitatorKeepsAllTied() throws {
        var (state, c) = try state(totals: [9, 7, 5, 5, 2], keep: 3)
        try VotingFixture.record(&state) { [try TieBreakDraft(question: 1, keepAll: true).event(in: $0)] }
        let results = QuestionResults.compute(question: 1, in: state)
        #expect(results.kept == [c[0], c[1], c[2], c[3]])
        #expect(results.tieBreakApplied == .keepAll)
    }

    @Test func threeWayTieForTwoPlacesNeedsTwoInTheOrder() throws {
        // 8, 4, 4, 4 keeping 3: C1 sure, C2-C4 tie at 4 for 2 places.
        var (state, c) = try state(totals: [8, 4, 4, 4], keep: 3)
        var results = QuestionResults.compute(question: 1, in: state)
        #expect(results.tied == [c[1], c[2], c[3]])
        #expect(results.openPlaces == 2)
        #expect(throws: VoteError.tieOrderTooShort(given: 1, needed: 2, tied: [c[1], c[2], c[3]])) {
            try TieBreakDraft(question: 1, order: [c[3]]).event(in: state)
        }
        try VotingFixture.record(&state) { [try TieBreakDraft(question: 1, order: ["c4", "3"]).event(in: $0)] }
        results = QuestionResults.compute(question: 1, in: state)
        #expect(results.kept == [c[0], c[3], c[2]])
    }

    @Test func tieAboveTheCutIsNoTie() throws {
        // 6, 6, 3, 1 keeping 2: both 6s are kept; nothing to break.
        let (state, c) = try state(totals: [6, 6, 3, 1], keep: 2)
        let results = QuestionResults.compute(question: 1, in: state)
        #expect(results.kept == [c[0], c[1]])
        #expect(results.tied.isEmpty)
        #expect(throws: VoteError.noTie(question: 1)) { try TieBreakDraft(question: 1, keepAll: true).event(in: state) }
    }

    @Test func tieJustBelowTheCutIsNoTie() throws {
        // 6, 5, 3, 3 keeping 2: the tie at 3 is below the cut.
        let (state, c) = try state(totals: [6, 5, 3, 3], keep: 2)
        #expect(QuestionResults.compute(question: 1, in: state).kept == [c[0], c[1]])
        #expect(QuestionResults.compute(question: 1, in: state).tied.isEmpty)
    }

    @Test func conclusionsWithoutSupportAreNeverKept() throws {
        // 4, 0, 0 keeping 3: only C1 has support; the two zeros are not a tie.
        let (state, c) = try state(totals: [4, 0, 0], keep: 3)
        let results = QuestionResults.compute(question: 1, in: state)
        #expect(results.kept == [c[0]])
        #expect(results.tied.isEmpty)
    }

    @Test func tieBreakMustNameTiedConclusions() throws {
        let (state, c) = try state(totals: [9, 7, 5, 5, 2], keep: 3)
        #expect(throws: VoteError.notTied(id: c[0], tied: [c[2], c[3]])) {
            try TieBreakDraft(question: 1, order: [c[0], c[2]]).event(in: state)
        }
        #expect(throws: VoteError.duplicateCandidate(id: c[2])) {
            try TieBreakDraft(question: 1, order: [c[2], "C3"]).event(in: state)
        }
    }

    @Test func staleTieBreakNoLongerDecidesANewTie() throws {
        // A tie broken between C3 and C4; later counts make C4 and C5 tie instead.
        var (state, c) = try state(totals: [9, 7, 5, 5, 2], keep: 3)
        try VotingFixture.record(&state) { [try TieBreakDraft(question: 1, order: [c[2], c[3]]).event(in: $0)] }
        try VotingFixture.record(&state) {
            [
                try TallyDraft(
                    question: 1, counts: [BallotMark(candidate: c[2], value: 4), BallotMark(candidate: c[4], value: 5)],
                    replace: true
                ).event(in: $0)
            ]
        }
        let results = QuestionResults.compute(question: 1, in: state)
        #expect(results.tied == [c[3], c[4]])
        #expect(results.tieBreakApplied == nil)
    }
}
