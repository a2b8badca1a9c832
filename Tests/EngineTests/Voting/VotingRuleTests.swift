import Testing

@testable import Engine

/// Every rule against examples computed by hand (the arithmetic is written out) and
/// published ones.
@Suite struct VotingRuleTests {
    /// The classic 45-voter example used to present the Schulze method (candidates A-E),
    /// counted with the Borda rule: with 5 candidates a ballot gives 4, 3, 2, 1, 0 points.
    ///
    ///     ballots    A           B           C           D           E
    ///     5 ACBED    1st  4×5=20 3rd  2×5=10 2nd  3×5=15 5th  0      4th  1×5=5
    ///     5 ADECB    1st  4×5=20 5th  0      4th  1×5=5  2nd  3×5=15 3rd  2×5=10
    ///     8 BEDAC    4th  1×8=8  1st  4×8=32 5th  0      3rd  2×8=16 2nd  3×8=24
    ///     3 CABED    2nd  3×3=9  3rd  2×3=6  1st  4×3=12 5th  0      4th  1×3=3
    ///     7 CAEBD    2nd  3×7=21 4th  1×7=7  1st  4×7=28 5th  0      3rd  2×7=14
    ///     2 CBADE    3rd  2×2=4  2nd  3×2=6  1st  4×2=8  4th  1×2=2  5th  0
    ///     7 DCEBA    5th  0      4th  1×7=7  2nd  3×7=21 1st  4×7=28 3rd  2×7=14
    ///     8 EBADC    3rd  2×8=16 2nd  3×8=24 5th  0      4th  1×8=8  1st  4×8=32
    ///     total           98          92          89          69          102
    ///
    /// Check: 98 + 92 + 89 + 69 + 102 = 450 = 45 voters × (4+3+2+1+0). Borda order:
    /// E 102, A 98, B 92, C 89, D 69; keeping 3 keeps E, A, B.
    @Test func bordaOnTheClassic45VoterExample() throws {
        var state = try VotingFixture.state(people: 45)
        try VotingFixture.configure(question: 1, rule: .borda, keep: 3, in: &state)
        let ids = try VotingFixture.conclusions(["A", "B", "C", "D", "E"], question: 1, in: &state)
        let letter = Dictionary(uniqueKeysWithValues: zip(["A", "B", "C", "D", "E"], ids))
        let groups: [(count: Int, ranking: String)] = [
            (5, "ACBED"), (5, "ADECB"), (8, "BEDAC"), (3, "CABED"), (7, "CAEBD"), (2, "CBADE"), (7, "DCEBA"), (8, "EBADC"),
        ]
        var voter = 0
        for group in groups {
            for _ in 0..<group.count {
                voter += 1
                let ranking = group.ranking.map { letter[String($0)] ?? "" }
                try VotingFixture.ballot(voter, .borda, BallotDraft.ranking(ranking), question: 1, in: &state)
            }
        }
        #expect(voter == 45)
        let results = QuestionResults.compute(question: 1, in: state)
        let expected = ["A": 98, "B": 92, "C": 89, "D": 69, "E": 102]
        for (name, total) in expected { #expect(results.totals[letter[name] ?? ""] == total, "\(name)") }
        #expect(results.kept == ["E", "A", "B"].compactMap { letter[$0] })
        #expect(results.tied.isEmpty)
        #expect(results.entries.map(\.rank) == [1, 2, 3, 4, 5])
    }

    /// The Borda example of the "Tennessee capital" election (100 voters; Memphis 42,
    /// Nashville 26, Chattanooga 15, Knoxville 17, each ranking by distance), points 3-2-1-0:
    ///
    ///     42 M N C K:  M 3×42=126  N 2×42=84  C 1×42=42  K 0
    ///     26 N C K M:  N 3×26=78   C 2×26=52  K 1×26=26  M 0
    ///     15 C K N M:  C 3×15=45   K 2×15=30  N 1×15=15  M 0
    ///     17 K C N M:  K 3×17=51   C 2×17=34  N 1×17=17  M 0
    ///     totals:      N 84+78+15+17=194, C 42+52+45+34=173, M 126, K 26+30+51=107
    ///
    /// Check: 194 + 173 + 126 + 107 = 600 = 100 × (3+2+1+0). Nashville wins, as published.
    @Test func bordaOnTheTennesseeCapitalExample() throws {
        var state = try VotingFixture.state(people: 100)
        try VotingFixture.configure(question: 2, rule: .borda, keep: 1, in: &state)
        let ids = try VotingFixture.conclusions(["Memphis", "Nashville", "Chattanooga", "Knoxville"], question: 2, in: &state)
        let city = Dictionary(uniqueKeysWithValues: zip(["M", "N", "C", "K"], ids))
        var voter = 0
        for (count, ranking) in [(42, "MNCK"), (26, "NCKM"), (15, "CKNM"), (17, "KCNM")] {
            for _ in 0..<count {
                voter += 1
                try VotingFixture.ballot(
                    voter, .borda, BallotDraft.ranking(ranking.map { city[String($0)] ?? "" }), question: 2, in: &state)
            }
        }
        let results = QuestionResults.compute(question: 2, in: state)
        #expect(results.totals[city["N"] ?? ""] == 194)
        #expect(results.totals[city["C"] ?? ""] == 173)
        #expect(results.totals[city["M"] ?? ""] == 126)
        #expect(results.totals[city["K"] ?? ""] == 107)
        #expect(results.kept == [city["N"] ?? ""])
    }

    /// A partial ranking gives its candidates the points of their places among all `n`
    /// candidates (n-1, n-2...) and nothing to the others: with 4 candidates, ranking
    /// C3 then C1 gives C3 3 points and C1 2.
    @Test func bordaPartialRankingGivesNothingToUnranked() throws {
        var state = try VotingFixture.state()
        try VotingFixture.configure(question: 1, rule: .borda, in: &state)
        let ids = try VotingFixture.conclusions(["uno", "dos", "tres", "cuatro"], question: 1, in: &state)
        try VotingFixture.ballot(1, .borda, BallotDraft.ranking([ids[2], ids[0]]), question: 1, in: &state)
        let totals = QuestionResults.compute(question: 1, in: state).totals
        #expect(totals == [ids[0]: 2, ids[1]: 0, ids[2]: 3, ids[3]: 0])
    }

    /// Dot voting, 3 dots per voter, at most 2 per conclusion:
    ///
    ///     voter 1: C1 2, C2 1        voter 4: C2 1, C4 2
    ///     voter 2: C2 2, C3 1        voter 5: C1 2
    ///     voter 3: C1 1, C3 1, C4 1
    ///     C1 = 2+1+2 = 5, C2 = 1+2+1 = 4, C3 = 1+1 = 2, C4 = 1+2 = 3; keeping 2: C1, C2.
    ///
    /// Then counted stickers add C3 4 and C4 1: C3 = 6, C1 = 5, C2 = 4, C4 = 4; keeping 3
    /// leaves C2 and C4 tied at 4 for the last place.
    @Test func dotVotingByHand() throws {
        var state = try VotingFixture.state()
        try VotingFixture.configure(question: 1, keep: 2, budget: 3, cap: 2, in: &state)
        let c = try VotingFixture.conclusions(["uno", "dos", "tres", "cuatro"], question: 1, in: &state)
        let ballots: [[Int: Int]] = [[0: 2, 1: 1], [1: 2, 2: 1], [0: 1, 2: 1, 3: 1], [1: 1, 3: 2], [0: 2]]
        for (offset, ballot) in ballots.enumerated() {
            let marks = ballot.sorted { $0.key < $1.key }.map { BallotMark(candidate: c[$0.key], value: $0.value) }
            try VotingFixture.ballot(offset + 1, .dots, marks, question: 1, in: &state)
        }
        var results = QuestionResults.compute(question: 1, in: state)
        #expect(results.totals == [c[0]: 5, c[1]: 4, c[2]: 2, c[3]: 3])
        #expect(results.kept == [c[0], c[1]])

        try VotingFixture.configure(question: 1, keep: 3, in: &state)
        try VotingFixture.record(&state) {
            [
                try TallyDraft(
                    question: 1, counts: [BallotMark(candidate: c[2], value: 4), BallotMark(candidate: c[3], value: 1)]
                ).event(in: $0)
            ]
        }
        results = QuestionResults.compute(question: 1, in: state)
        #expect(results.totals == [c[0]: 5, c[1]: 4, c[2]: 6, c[3]: 4])
        #expect(results.kept == [c[2], c[0]])
        #expect(results.tied == [c[1], c[3]])
        #expect(results.openPlaces == 1)
        #expect(state.voteCount == 6)
    }

    /// Approval: {C1,C2} {C2} {C2,C3} {C1,C3,C4} {C2,C4} {C4}:
    /// C1 = 2, C2 = 4, C3 = 2, C4 = 3. Keeping 2: C2, C4. Keeping 3: C1 and C3 tie at 2.
    @Test func approvalByHand() throws {
        var state = try VotingFixture.state()
        try VotingFixture.configure(question: 3, rule: .approval, keep: 2, in: &state)
        let c = try VotingFixture.conclusions(["uno", "dos", "tres", "cuatro"], question: 3, in: &state)
        let approvals: [[Int]] = [[0, 1], [1], [1, 2], [0, 2, 3], [1, 3], [3]]
        for (offset, chosen) in approvals.enumerated() {
            try VotingFixture.ballot(offset + 1, .approval, BallotDraft.approvals(chosen.map { c[$0] }), question: 3, in: &state)
        }
        var results = QuestionResults.compute(question: 3, in: state)
        #expect(results.totals == [c[0]: 2, c[1]: 4, c[2]: 2, c[3]: 3])
        #expect(results.kept == [c[1], c[3]])
        try VotingFixture.configure(question: 3, keep: 3, in: &state)
        results = QuestionResults.compute(question: 3, in: state)
        #expect(results.kept == [c[1], c[3]])
        #expect(results.tied == [c[0], c[2]])
    }

    /// Score (1-5): voter 1 C1 5, C2 3, C3 1; voter 2 C1 2, C2 4, C3 5; voter 3 C2 5, C3 2
    /// (C1 unscored): C1 = 5+2 = 7, C2 = 3+4+5 = 12, C3 = 1+5+2 = 8. Order C2, C3, C1.
    @Test func scoreByHand() throws {
        var state = try VotingFixture.state()
        try VotingFixture.configure(question: 2, rule: .score, keep: 2, in: &state)
        let c = try VotingFixture.conclusions(["uno", "dos", "tres"], question: 2, in: &state)
        try VotingFixture.ballot(1, .score, VotingFixture.marks([c[0]: 5, c[1]: 3, c[2]: 1]), question: 2, in: &state)
        try VotingFixture.ballot(2, .score, VotingFixture.marks([c[0]: 2, c[1]: 4, c[2]: 5]), question: 2, in: &state)
        try VotingFixture.ballot(3, .score, VotingFixture.marks([c[1]: 5, c[2]: 2]), question: 2, in: &state)
        let results = QuestionResults.compute(question: 2, in: state)
        #expect(results.totals == [c[0]: 7, c[1]: 12, c[2]: 8])
        #expect(results.entries.map(\.id) == [c[1], c[2], c[0]])
        #expect(results.kept == [c[1], c[2]])
    }

    /// About a third of the candidates, at least 1: 1→1, 2→1, 4→1, 5→2, 7→2, 8→3, 10→3, 11→4.
    @Test(arguments: [(1, 1), (2, 1), (4, 1), (5, 2), (7, 2), (8, 3), (10, 3), (11, 4)])
    func defaultDotBudget(candidates: Int, budget: Int) {
        #expect(VoteSettings.defaultBudget(candidates: candidates) == budget)
    }

    /// The method's plan gives the defaults: opsi-facets votes by dots and keeps 3; its
    /// `dots` parameter sets the budget.
    @Test func settingsComeFromTheMethod() throws {
        var state = try VotingFixture.state()
        try VotingFixture.conclusions(["a", "b", "c", "d", "e", "f", "g"], question: 1, in: &state)
        var settings = VoteSettings.resolve(question: 1, in: state)
        #expect(settings.rule == .dots)
        #expect(settings.keep == 3)
        #expect(settings.budget == 2)
        #expect(settings.budgetIsDefault)
        state = try VotingFixture.state(keep: 4, dots: 5)
        settings = VoteSettings.resolve(question: 1, in: state)
        #expect(settings.keep == 4)
        #expect(settings.budget == 5)
        #expect(!settings.budgetIsDefault)
    }
}
