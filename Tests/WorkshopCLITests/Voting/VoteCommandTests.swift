import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

@Suite struct VoteCommandTests {
    /// Question 1 with four candidates, 3 dots per voter, at most 2 per conclusion.
    private func prepared(_ scratch: Scratch, openBallots: Bool = false, absentLast: Bool = false) throws -> String {
        let file = try VotingCLIFixture.session(in: scratch, openBallots: openBallots, absentLast: absentLast)
        try VotingCLIFixture.ok(["vote", file, "--question", "1", "--budget", "3", "--cap", "2"])
        try VotingCLIFixture.conclusions(
            ["Co-diseño con usuarios", "Lenguaje claro en formularios", "Capacitación continua", "Mesas entre servicios"],
            question: 1, file: file)
        return file
    }

    @Test func ballotsTalliesAndResultsAsJSON() throws {
        let scratch = try Scratch()
        let file = try prepared(scratch)
        // Hand count: Camila C1 2, C2 1; José C2 2, C3 1; Valentina C1 1, C4 2;
        // stickers C3 4, C4 1. Totals C1 3, C2 3, C3 5, C4 3.
        let first = try VotingCLIFixture.ok(["vote", file, "-q", "1", "--voter", "camila rojas", "--dots", "C1=2,C2=1"])
        #expect(first.output == "Recorded the ballot of Camila Rojas Fuentes on question 1: C1×2, C2×1 (dots: 3/3).\n")
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--voter", "Jose Nunez", "--dots", "c2=2, c3=1"])
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--voter", "3", "--dots", "C1:1;C4:2"])
        let tally = try VotingCLIFixture.ok(["vote", file, "-q", "1", "--tally", "C3=4,C4=1"])
        #expect(tally.output == "Recorded counted totals on question 1: C3=4, C4=1.\n")
        let run = try VotingCLIFixture.ok(["results", file, "--question", "1", "--format", "json"])
        let json = try JSONValue(parsing: run.output)
        let question = try #require(json[0])
        #expect(question["question"] == 1)
        #expect(question["rule"] == "dots")
        #expect(question["totals"] == ["C1": 3, "C2": 3, "C3": 5, "C4": 3])
        // Keeping 3: C3 sure; C1, C2 and C4 tie at 3 for 2 places.
        #expect(question["kept"] == ["C3"])
        #expect(question["tied"] == ["C1", "C2", "C4"])
        #expect(question["openPlaces"] == 2)
        #expect(question["ballots"] == 3)
        #expect(question["tallies"] == 1)
        #expect(question["status"] == "open")
        #expect(json.arrayValue?.count == 1)
        #expect(try Session.open(at: file).state.voteCount == 4)
    }

    @Test func tieIsReportedThenBrokenAndRecorded() throws {
        let scratch = try Scratch()
        let file = try prepared(scratch)
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--tally", "C1=6,C2=4,C3=4,C4=1"])
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--keep", "2"])
        let text = try VotingCLIFixture.ok(["results", file, "-q", "1"]).output
        #expect(text.contains("Tie at the cut: C2, C3 (4 each) for 1 place(s)."))
        #expect(text.contains("workshop tiebreak \(file) --question 1 --order C2,C3"))
        #expect(text.contains("Kept: C1\n"))
        let broken = try VotingCLIFixture.ok(["tiebreak", file, "--question", "1", "--order", "C3,C2"])
        #expect(broken.output == "Tie on question 1 broken; kept: C1, C3.\n")
        let json = try JSONValue(parsing: try VotingCLIFixture.ok(["results", file, "--format", "json"]).output)
        #expect(json[0]?["kept"] == ["C1", "C3"])
        #expect(json[0]?["tied"] == [])
        #expect(json[0]?["tieBreak"] == ["order": ["C3", "C2"]])
        #expect(json.arrayValue?.count == 3)
        let journal = try String(contentsOfFile: file, encoding: .utf8)
        #expect(
            journal.contains(
                "\"type\":\"vote.tiebreak\",\"data\":{\"question\":1,\"order\":[\"C3\",\"C2\"],\"tied\":[\"C2\",\"C3\"]}"))
        // The facilitator may change their mind: a later decision on the same tie replaces it.
        try VotingCLIFixture.ok(["tiebreak", file, "-q", "1", "--keep-all"])
        let changed = try JSONValue(parsing: try VotingCLIFixture.ok(["results", file, "-q", "1", "--format", "json"]).output)
        #expect(changed[0]?["kept"] == ["C1", "C2", "C3"])
        // A question without a tie has nothing to break.
        let none = runCLI(["tiebreak", file, "-q", "2", "--keep-all"])
        #expect(none.status == 1)
        #expect(none.error == "Error: question 2 has no tie at the cut; there is nothing to break.\n")
    }

    @Test func keepAllTied() throws {
        let scratch = try Scratch()
        let file = try prepared(scratch)
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--tally", "C1=6,C2=4,C3=4,C4=1"])
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--keep", "2"])
        try VotingCLIFixture.ok(["tiebreak", file, "-q", "1", "--keep-all"])
        let json = try JSONValue(parsing: try VotingCLIFixture.ok(["results", file, "-q", "1", "--format", "json"]).output)
        #expect(json[0]?["kept"] == ["C1", "C2", "C3"])
        #expect(json[0]?["tieBreak"] == ["keepAll": true])
    }

    @Test func replacingABallot() throws {
        let scratch = try Scratch()
        let file = try prepared(scratch)
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--voter", "Tomás Aravena", "--dots", "C1=2"])
        let before = try VotingCLIFixture.bytes(file)
        let refused = runCLI(["vote", file, "-q", "1", "--voter", "tomas aravena", "--dots", "C4=1"])
        #expect(refused.status == 1)
        #expect(
            refused.error == "Error: Tomás Aravena Lagos already voted on question 1; add --replace to replace that ballot.\n")
        #expect(try VotingCLIFixture.bytes(file) == before)
        let replaced = try VotingCLIFixture.ok(["vote", file, "-q", "1", "--voter", "#4", "--dots", "C4=1", "--replace"])
        #expect(replaced.output.hasPrefix("Replaced the ballot of Tomás Aravena Lagos on question 1: C4×1"))
        let json = try JSONValue(parsing: try VotingCLIFixture.ok(["results", file, "-q", "1", "--format", "json"]).output)
        #expect(json[0]?["totals"] == ["C1": 0, "C2": 0, "C3": 0, "C4": 1])
        #expect(json[0]?["ballots"] == 1)
        let journal = try String(contentsOfFile: file, encoding: .utf8)
        #expect(journal.components(separatedBy: "\"type\":\"vote.ballot\"").count - 1 == 2)
    }

    /// Each refusal: exit 1, one clear message, nothing written.
    @Test func refusalsRecordNothing() throws {
        let scratch = try Scratch()
        let file = try prepared(scratch, absentLast: true)
        try VotingCLIFixture.conclusions(["Otra pregunta"], question: 2, file: file)
        try VotingCLIFixture.ok(["vote", file, "-q", "3", "--rule", "approval"])
        try VotingCLIFixture.conclusions(["Tercera"], question: 3, file: file)
        try VotingCLIFixture.ok(["vote", file, "-q", "3", "--close"])
        let cases: [([String], String)] = [
            (["--voter", "Camila", "--dots", "C1=2,C2=2"], "the ballot uses 4 dots but each voter has 3; remove 1."),
            (["--voter", "Camila", "--dots", "C1=3"], "3 dots on C1; at most 2 per conclusion."),
            (
                ["--voter", "Camila", "--dots", "C9=1"],
                "there is no conclusion \"C9\" on question 1 (candidates: C1, C2, C3, C4)."
            ),
            (["--voter", "Camila", "--dots", "C5=1"], "C5 belongs to question 2, not to question 1."),
            (
                ["--voter", "Camilo Rojas Fuentes", "--dots", "C1=1"],
                "no participant matches \"Camilo Rojas Fuentes\"; give the name as on the roster or the participant number. Did you mean 'Camila Rojas Fuentes'?"
            ),
            (
                ["--voter", "rojas", "--dots", "C1=1"],
                "\"rojas\" matches several participants (#1 Camila Rojas Fuentes (Servicio 1); #6 Andrés Ibáñez Rojas (Servicio 2)); give the participant number, e.g. --voter 12."
            ),
            (
                ["--voter", "Benjamín Castro", "--dots", "C1=1"],
                "Benjamín Castro Leiva is marked absent and cannot vote; check them in first."
            ),
            (
                ["--voter", "Camila", "--approve", "C1,C2"],
                "question 1 is voted by dot voting, not approval voting: use --dots ID=N,ID=N. (The rule can change before the first vote with --rule.)"
            ),
            (["--voter", "Camila", "--dots", "C1=1,C1=1"], "C1 appears more than once; give each conclusion once."),
            (
                ["--tally", "C1=40"],
                "40 for C1 is more than the voters without a ballot (11) can give: at most 22; check the count."
            ),
        ]
        for (arguments, message) in cases {
            let before = try VotingCLIFixture.bytes(file)
            let run = runCLI(["vote", file, "--question", "1"] + arguments)
            #expect(run.status == 1, "\(arguments): \(run.error)")
            #expect(run.error == "Error: " + message + "\n", "\(arguments)")
            #expect(run.output.isEmpty)
            #expect(try VotingCLIFixture.bytes(file) == before, "\(arguments) wrote to the session")
        }
        let before = try VotingCLIFixture.bytes(file)
        let closed = runCLI(["vote", file, "-q", "3", "--voter", "Camila", "--approve", "C6"])
        #expect(closed.status == 1)
        #expect(
            closed.error
                == "Error: voting on question 3 is closed; reopen it with 'workshop vote FILE --question 3 --reopen' to record more.\n"
        )
        #expect(try VotingCLIFixture.bytes(file) == before)
    }

    @Test func usageErrorsExit64() throws {
        let scratch = try Scratch()
        let file = try prepared(scratch)
        let before = try VotingCLIFixture.bytes(file)
        let cases: [([String], String)] = [
            ([], "say what to record"),
            (["--voter", "Camila"], "--voter needs a ballot"),
            (["--dots", "C1=1"], "--dots is a ballot: say whose with --voter NAME"),
            (["--voter", "Camila", "--dots", "C1=1", "--approve", "C1"], "give one kind of ballot, not --dots, --approve."),
            (["--voter", "Camila", "--dots", "C1"], "invalid value \"C1\" for '--dots': expected ID=N"),
            (["--voter", "Camila", "--dots", "C1=dos"], "invalid value \"C1=dos\" for '--dots'"),
            (["--tally", "C1=3", "--close"], "record one thing at a time, not --tally, --close."),
            (["--close", "--replace"], "--replace goes with a ballot or --tally."),
            (["--budget", "0"], "invalid value \"0\" for '--budget'"),
            (["--rule", "condorcet"], "invalid value \"condorcet\" for '--rule'"),
        ]
        for (arguments, message) in cases {
            let run = runCLI(["vote", file, "--question", "1"] + arguments)
            #expect(run.status == 64, "\(arguments): \(run.error)")
            #expect(run.error.contains(message), "\(arguments): \(run.error)")
            #expect(run.error.contains("Usage: workshop vote <FILE>"), "\(arguments)")
        }
        let all = runCLI(["vote", file, "--question", "all", "--voter", "Camila", "--dots", "C1=1"])
        #expect(all.status == 64)
        #expect(all.error.contains("--question all works only with --close or --reopen"))
        #expect(runCLI(["tiebreak", file, "--question", "1"]).status == 64)
        #expect(runCLI(["tiebreak", file, "--question", "1", "--order", "C1", "--keep-all"]).status == 64)
        #expect(try VotingCLIFixture.bytes(file) == before)
    }

    @Test func closingEveryQuestionAndReopening() throws {
        let scratch = try Scratch()
        let file = try prepared(scratch)
        try VotingCLIFixture.ok(["vote", file, "-q", "2", "--close"])
        let all = try VotingCLIFixture.ok(["vote", file, "--question", "all", "--close"])
        // Question 2 was already closed: only 1 and 3 are closed now.
        #expect(all.output.components(separatedBy: "\n").filter { $0.hasPrefix("Closed voting on question") }.count == 2)
        #expect(
            try VotingCLIFixture.ok(["vote", file, "--question", "all", "--close"]).output
                == "Every question's vote is already closed.\n")
        let json = try JSONValue(parsing: try VotingCLIFixture.ok(["results", file, "--format", "json"]).output)
        #expect(json.arrayValue?.allSatisfy { $0["status"] == "closed" } == true)
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--reopen"])
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--voter", "Camila", "--dots", "C1=1"])
        let refused = runCLI(["vote", file, "-q", "1", "--reopen"])
        #expect(refused.error == "Error: voting on question 1 is open; there is nothing to reopen.\n")
    }

    @Test func movingPastTheVotePhaseClosesTheVote() throws {
        let scratch = try Scratch()
        let file = try prepared(scratch)
        let session = try Session.open(at: file)
        let plenary = try #require(session.state.agenda.phases.firstIndex { $0.kind == .plenary })
        try session.append([PhaseStarted(phase: plenary)])
        let run = runCLI(["vote", file, "-q", "1", "--voter", "Camila", "--dots", "C1=1"])
        #expect(run.status == 1)
        #expect(run.error.contains("closed when the session moved past the vote phase"))
        let text = try VotingCLIFixture.ok(["results", file, "-q", "1"]).output
        #expect(text.contains("· closed"))
    }

    @Test func resultsAreAnonymousUnlessBallotsAreOpen() throws {
        for open in [false, true] {
            let scratch = try Scratch()
            let file = try prepared(scratch, openBallots: open)
            try VotingCLIFixture.ok(["vote", file, "-q", "1", "--voter", "Camila Rojas", "--dots", "C1=2"])
            try VotingCLIFixture.ok(["vote", file, "-q", "1", "--voter", "Valentina", "--dots", "C2=1"])
            let json = try VotingCLIFixture.ok(["results", file, "--format", "json"]).output
            let text = try VotingCLIFixture.ok(["results", file]).output
            for name in ["Camila Rojas Fuentes", "Valentina Paz Olmos"] {
                #expect(json.contains(name) == open, "open=\(open) \(name)")
                #expect(text.contains(name) == open, "open=\(open) \(name)")
            }
            if open {
                let parsed = try JSONValue(parsing: json)
                #expect(parsed[0]?["byVoter"]?[0]?["voter"] == "Camila Rojas Fuentes")
                #expect(parsed[0]?["byVoter"]?[0]?["marks"] == ["C1": 2])
                #expect(text.contains("  Camila Rojas Fuentes: C1×2"))
            }
        }
    }

    @Test func otherRulesThroughTheCommandLine() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--rule", "borda", "--keep", "1"])
        try VotingCLIFixture.ok(["vote", file, "-q", "2", "--rule", "score", "--keep", "1"])
        try VotingCLIFixture.ok(["vote", file, "-q", "3", "--rule", "approval", "--keep", "1"])
        try VotingCLIFixture.conclusions(["A", "B", "C"], question: 1, file: file)
        try VotingCLIFixture.conclusions(["D", "E"], question: 2, file: file)
        try VotingCLIFixture.conclusions(["F", "G"], question: 3, file: file)
        // Borda, 3 candidates (2-1-0): Camila C2 C1 C3, José C1 C2: C1 1+2 = 3, C2 2+1 = 3, C3 0;
        // a tie for 1 place.
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--voter", "Camila", "--rank", "C2,C1,C3"])
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--voter", "José", "--rank", "C1,C2"])
        // Score: Camila D 4, E 5; José D 5, E 1: D 9, E 6.
        try VotingCLIFixture.ok(["vote", file, "-q", "2", "--voter", "Camila", "--score", "C4=4,C5=5"])
        try VotingCLIFixture.ok(["vote", file, "-q", "2", "--voter", "José", "--score", "C4=5,C5=1"])
        let badScore = runCLI(["vote", file, "-q", "2", "--voter", "Valentina", "--score", "C4=7"])
        #expect(badScore.error == "Error: score 7 for C4: scores go from 1 to 5.\n")
        // Approval: Camila F G, José G: F 1, G 2.
        try VotingCLIFixture.ok(["vote", file, "-q", "3", "--voter", "Camila", "--approve", "C6,C7"])
        try VotingCLIFixture.ok(["vote", file, "-q", "3", "--voter", "José", "--approve", "C7"])
        let json = try JSONValue(parsing: try VotingCLIFixture.ok(["results", file, "--format", "json"]).output)
        #expect(json[0]?["rule"] == "borda")
        #expect(json[0]?["totals"] == ["C1": 3, "C2": 3, "C3": 0])
        #expect(json[0]?["tied"] == ["C1", "C2"])
        #expect(json[1]?["rule"] == "score")
        #expect(json[1]?["totals"] == ["C4": 9, "C5": 6])
        #expect(json[1]?["kept"] == ["C4"])
        #expect(json[2]?["rule"] == "approval")
        #expect(json[2]?["kept"] == ["C7"])
        let late = runCLI(["vote", file, "-q", "3", "--rule", "dots"])
        #expect(late.status == 1)
        #expect(late.error.contains("question 3 already has votes (ballots: 2, counted tallies: 0)"))
    }

    @Test func resetStartsTheVoteOver() throws {
        let scratch = try Scratch()
        let file = try prepared(scratch)
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--voter", "Camila", "--dots", "C1=1"])
        let frozen = runCLI(["conclusion", "add", file, "-q", "1", "Una más"])
        #expect(frozen.status == 1)
        #expect(frozen.error.contains("can no longer change; to start over: workshop vote FILE --question 1 --reset"))
        let reset = try VotingCLIFixture.ok(["vote", file, "-q", "1", "--reset"])
        #expect(reset.output == "Discarded the ballots (1) and counted tallies (0) of question 1; its vote starts over.\n")
        try VotingCLIFixture.ok(["conclusion", "add", file, "-q", "1", "Una más"])
        #expect(try Session.open(at: file).state.voteCount == 0)
    }

    @Test func statusCountsVotesAndSpanishResults() throws {
        let scratch = try Scratch()
        let file = try prepared(scratch)
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--voter", "Camila", "--dots", "C1=2,C3=1"])
        try VotingCLIFixture.ok(["vote", file, "-q", "1", "--tally", "C2=5"])
        let status = try JSONValue(parsing: try VotingCLIFixture.ok(["status", file, "--format", "json"]).output)
        #expect(status["votes"] == 2)
        let spanish = try VotingCLIFixture.ok(["results", file, "-q", "1"], language: "es_CL.UTF-8").output
        #expect(spanish.contains("Pregunta 1 · Buenas prácticas"))
        #expect(
            spanish.contains(
                "votación por puntos, puntos por persona: 3 (máximo 2 por conclusión) · conserva 3 · votos: 1, conteos: 1 · abierta"
            ))
        #expect(spanish.contains("Se conservan: C2, C1, C3"))
    }
}
