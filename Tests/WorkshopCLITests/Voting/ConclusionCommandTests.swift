import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

@Suite struct ConclusionCommandTests {
    @Test func addListMergeEditWithdraw() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let added = try VotingCLIFixture.ok([
            "conclusion", "add", file, "--question", "2", "--table", "2", "Falta presupuesto estable",
        ])
        #expect(added.output == "Added C1 to question 2: Falta presupuesto estable\n")
        try VotingCLIFixture.ok(["conclusion", "add", file, "-q", "2", "-t", "1", "No hay presupuesto permanente"])
        try VotingCLIFixture.ok(["conclusion", "add", file, "-q", "2", "Rotación de personal"])
        try VotingCLIFixture.ok(["conclusion", "add", file, "-q", "1", "Co-diseño"])
        let duplicate = runCLI(["conclusion", "add", file, "-q", "2", "falta PRESUPUESTO estable"])
        #expect(duplicate.status == 1)
        #expect(duplicate.error == "Error: C1 already says this; nothing was added.\n")
        let merged = try VotingCLIFixture.ok([
            "conclusion", "merge", file, "C1", "c2", "--text", "Falta presupuesto estable y permanente",
        ])
        #expect(merged.output == "Merged C2 into C1: Falta presupuesto estable y permanente\n")
        try VotingCLIFixture.ok(["conclusion", "withdraw", file, "C3"])
        try VotingCLIFixture.ok(["conclusion", "edit", file, "C4", "Co-diseño con usuarios"])
        let list = try VotingCLIFixture.ok(["conclusion", "list", file, "--question", "2"]).output
        #expect(
            list == """
                Question 2 · Barriers and gaps
                candidates: 1 · dot voting, dots per voter: 1 · keeps 3
                  C1  Falta presupuesto estable y permanente  table 2, 1

                """)
        let all = try VotingCLIFixture.ok(["conclusion", "list", file, "-q", "2", "--all"]).output
        #expect(all.contains("C2  No hay presupuesto permanente  table 1  (merged into C1)"))
        #expect(all.contains("C3  Rotación de personal  (withdrawn)"))
        let json = try JSONValue(
            parsing: try VotingCLIFixture.ok(["conclusion", "list", file, "--all", "--format", "json"]).output)
        #expect(json.arrayValue?.map { $0["id"] } == ["C4", "C1", "C2", "C3"])
        #expect(json[1]?["mergedFrom"] == ["C2"])
        #expect(json[2]?["status"] == "merged")
        #expect(json[2]?["mergedInto"] == "C1")
        let across = runCLI(["conclusion", "merge", file, "C1", "C4"])
        #expect(across.error.contains("belong to different questions"))
        #expect(runCLI(["conclusion", "merge", file, "C1"]).status == 64)
        let unknown = runCLI(["conclusion", "withdraw", file, "C40"])
        #expect(unknown.error.contains("there is no conclusion \"C40\""))
    }

    @Test func conclusionTextIsSanitizedOnTheTerminal() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let run = try VotingCLIFixture.ok(["conclusion", "add", file, "-q", "1", "Hola\u{1B}]0;título\u{07}\u{1B}[31m mundo"])
        #expect(!run.output.contains("\u{1B}"))
        #expect(run.output.contains("Hola mundo"))
        let list = try VotingCLIFixture.ok(["conclusion", "list", file]).output
        #expect(!list.contains("\u{1B}"))
    }
}
