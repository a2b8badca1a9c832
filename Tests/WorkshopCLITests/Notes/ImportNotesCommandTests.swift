import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

@Suite struct ImportNotesCommandTests {
    private let valid = """
        Mesa;Ronda;Sección;Nota;Autor
        1;1;Estructuras y marcos;Comité de innovación con respaldo formal;Ana
        2;2;2;Pocas personas capacitadas en análisis de datos;
        3;;métodos;"Prototipos baratos; antes de licitar";Luis

        """

    @Test func importsEveryRowInOneAppend() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let csv = try scratch.write("notas.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(valid.utf8))
        let run = try VotingCLIFixture.ok(["import", "notes", file, csv])
        #expect(
            run.output == """
                Imported from \(csv) (UTF-8 (BOM), delimiter ';'): notes: 3, #5–#7.
                Notes without a round: 1; they were filed under the first round in which their table held the question.

                """)
        let notes = try Session.open(at: file).state.notes.current
        #expect(
            notes.map(\.text) == [
                "Comité de innovación con respaldo formal", "Pocas personas capacitadas en análisis de datos",
                "Prototipos baratos; antes de licitar",
            ])
        #expect(notes.map(\.round) == [1, 2, 1])
        #expect(notes.map(\.section) == ["structures", "capacities", "methods"])
        // Importing the same file again adds nothing.
        let again = try VotingCLIFixture.ok(["import", "notes", file, csv])
        #expect(again.output.hasPrefix("No new notes to import from \(csv).\n"))
        #expect(again.output.contains("Rows already in the session, skipped: 3 (lines 2, 3, 4)"))
        #expect(try Session.open(at: file).state.notes.count == 3)
    }

    @Test func aRejectedRowImportsNothingUnlessSkipped() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let csv = try scratch.write("notas.csv", valid + "7;1;;Mesa que no existe;\n1;1;;;\n")
        let before = try VotingCLIFixture.bytes(file)
        let refused = runCLI(["import", "notes", file, csv])
        #expect(refused.status == 1)
        #expect(
            refused.error == """
                Error: \(csv): rows rejected: 2 of 5; nothing was imported. Fix them, or add --skip-invalid to import the valid rows (3):
                  line 5: there is no table "7" (tables: 1–3)
                  line 6: the text is empty

                """)
        #expect(try VotingCLIFixture.bytes(file) == before)
        let dry = try VotingCLIFixture.ok(["import", "notes", file, csv, "--dry-run"])
        #expect(
            dry.output.hasPrefix(
                "Dry run for \(csv) (UTF-8, delimiter ';'): notes that would be imported: 3; nothing was written."))
        #expect(dry.error.contains("rows that would be rejected: 2 of 5"))
        #expect(try VotingCLIFixture.bytes(file) == before)
        let skipped = try VotingCLIFixture.ok(["import", "notes", file, csv, "--skip-invalid"])
        #expect(skipped.output.hasPrefix("Imported from \(csv) (UTF-8, delimiter ';'): notes: 3"))
        #expect(skipped.error.contains("Warning: rows rejected and not imported: 2 of 5:\n  line 5: there is no table \"7\""))
        #expect(try Session.open(at: file).state.notes.count == 3)
    }

    @Test func windows1252AndEnglishHeaders() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let text = "table,question,section,text,author\r\n2,Barriers and gaps,Métodos,Resistencia al cambio,José\r\n"
        let csv = try scratch.write("notes.csv", bytes: text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        let run = try VotingCLIFixture.ok(["import", "notes", file, csv], language: "es_CL.UTF-8")
        #expect(run.output.hasPrefix("Importado desde \(csv) (Windows-1252, separador ','): notas: 1, #5–#5."))
        let note = try #require(try Session.open(at: file).state.notes.current.first)
        #expect(note.author == "José")
        #expect(note.question == 2)
        #expect(note.section == "methods")
    }

    @Test func unreadableFiles() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let noText = try scratch.write("a.csv", "mesa,ronda\n1,1\n")
        let run = runCLI(["import", "notes", file, noText])
        #expect(run.status == 1)
        #expect(
            run.error
                == "Error: the notes file '\(noText)' has no text (\"texto\", \"nota\" or \"text\") column (found \"mesa\", \"ronda\"); add that column.\n"
        )
        #expect(runCLI(["import", "notes", file, scratch.file("nope.csv")]).error.contains("no such file"))
        #expect(runCLI(["import", "notes", file]).status == 64)
        let hostile = try scratch.write("h.csv", "mesa,texto\n\u{1B}[2J9,hola\n")
        let rejected = runCLI(["import", "notes", file, hostile])
        #expect(!rejected.error.contains("\u{1B}"))
    }
}
