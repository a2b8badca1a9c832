import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

@Suite struct ThemeCommandTests {
    @Test func listShowsThemesWithTheirNotes() throws {
        let scratch = try Scratch()
        let file = try FindingsCLIFixture.session(in: scratch)
        let run = runCLI(["theme", file, "list"])
        #expect(run.status == 0, "\(run.error)")
        let budget = try FindingsCLIFixture.noteID("Falta presupuesto estable para innovar", in: file)
        #expect(run.output.contains("T\(budget)  "))
        #expect(run.output.contains("#\(budget)"))
        #expect(run.output.contains("Structures and frameworks"))
        #expect(!run.output.contains("\u{1B}"))
        let filtered = runCLI(["theme", file, "list", "--question", "2"])
        #expect(filtered.status == 0)
        #expect(!filtered.output.contains("Question 1:"))
        #expect(runCLI(["theme", file, "list", "--question", "9"]).status == 1)
    }

    @Test func assignIsRecordedAndHonouredByExports() throws {
        let scratch = try Scratch()
        let file = try FindingsCLIFixture.session(in: scratch)
        let moving = try FindingsCLIFixture.noteID("No hay presupuesto estable para innovar", in: file)
        let training = try FindingsCLIFixture.noteID("Capacitación en diseño de servicios para los equipos", in: file)
        let refused = runCLI(["theme", file, "assign", String(moving), "T\(training)"])
        // Budget (structures) and training (capacities) are different dimensions.
        #expect(refused.status == 1)
        #expect(refused.error.contains("themes only gather notes of one question and dimension"))

        let lone = try FindingsCLIFixture.noteID("Falta presupuesto estable para innovar", in: file)
        let split = runCLI(["theme", file, "split", "T\(lone)", String(moving), "--name", "Presupuesto escaso"])
        #expect(split.status == 0, "\(split.error)")
        #expect(split.output.contains("Recorded. The theme now:"))
        #expect(split.output.contains("T\(moving)  Presupuesto escaso"))
        let back = runCLI(["theme", "assign", file, "#\(moving)", String(lone)])  // the other order works too
        #expect(back.status == 0, "\(back.error)")
        let rename = runCLI(["theme", file, "rename", "T\(lone)", "Financiamiento", "estable"])
        #expect(rename.status == 0)
        #expect(rename.output.contains("T\(lone)  Financiamiento estable"))

        let json = try JSONValue(parsing: runCLI(["findings", file, "--format", "json"]).output)
        let themes =
            json["questions"]?.arrayValue?.flatMap { $0["dimensions"]?.arrayValue ?? [] }
            .flatMap { $0["themes"]?.arrayValue ?? [] } ?? []
        let theme = try #require(themes.first { $0["customName"] == "Financiamiento estable" })
        #expect(theme["notes"]?.arrayValue?.compactMap { $0["note"]?.intValue }.sorted() == [lone, moving].sorted())
        #expect(theme["curated"] == true)
        let state = try Session.open(at: file).state
        #expect(state.themeCuration.corrections.count == 3)
    }

    @Test func errorsNameTheNoteOrThemeWithASuggestion() throws {
        let scratch = try Scratch()
        let file = try FindingsCLIFixture.session(in: scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let last = try #require(try Session.open(at: file).state.notes.current.last?.id)
        let unknownNote = runCLI(["theme", file, "assign", "900", "T\(last)"])
        #expect(unknownNote.status == 1)
        #expect(unknownNote.error == "Error: there is no note #900. Did you mean '#\(last)'?\n")
        let unknownTheme = runCLI(["theme", file, "merge", "T\(last)", "T901"], environment: ["LANG": "es_CL.UTF-8"])
        #expect(unknownTheme.status == 1)
        #expect(unknownTheme.error.contains("ningún tema contiene la nota #901"))
        #expect(unknownTheme.error.contains("¿Quisiste decir 'T\(last)'?"))
        for (arguments, message) in [
            (["theme", file, "assign", "12"], "wrong arguments for 'assign'; usage: workshop theme FILE assign NOTE THEME"),
            (["theme", file, "rename", "T12"], "usage: workshop theme FILE rename THEME NAME"),
            (["theme", file, "shuffle"], "invalid value \"shuffle\" for 'ACTION'"),
            (["theme", file, "assign", "x12", "T3"], "invalid value \"x12\" for 'NOTE'"),
            (["theme", file, "similarity", "1.5"], "invalid value \"1.5\""),
        ] {
            let run = runCLI(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.error.contains(message), "\(arguments): \(run.error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }

    @Test func similarityIsRecordedForLaterExports() throws {
        let scratch = try Scratch()
        let file = try FindingsCLIFixture.session(in: scratch)
        let run = runCLI(["theme", file, "similarity", "0,9"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Similarity set to 0.90"))
        let json = try JSONValue(parsing: runCLI(["findings", file, "--format", "json"]).output)
        #expect(json["similarity"] == .double(0.9))
        let overridden = try JSONValue(parsing: runCLI(["findings", file, "--format", "json", "--similarity", "0.2"]).output)
        #expect(overridden["similarity"] == .double(0.2))
    }
}
