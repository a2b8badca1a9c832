import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

@Suite struct NoteRevisionCommandTests {
    @Test func editRetractRestore() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        #expect(runCLI(["note", file, "-t", "1", "Falta presupuesto"]).status == 0)
        let edit = try VotingCLIFixture.ok(["note", "edit", file, "#5", "Falta", "presupuesto", "estable"])
        #expect(edit.output == "Note #5 updated.\n")
        let retract = try VotingCLIFixture.ok(["note", "retract", file, "5"])
        #expect(retract.output == "Note #5 retracted. To bring it back: workshop note restore \(file) 5\n")
        var state = try Session.open(at: file).state
        #expect(state.notes.count == 0)
        #expect(state.notes.note(5)?.previousTexts == ["Falta presupuesto"])
        let again = runCLI(["note", "retract", file, "5"])
        #expect(again.status == 1)
        #expect(again.error.contains("note #5 was retracted"))
        try VotingCLIFixture.ok(["note", "restore", file, "5"])
        state = try Session.open(at: file).state
        #expect(state.notes.current.map(\.text) == ["Falta presupuesto estable"])
        let bad = runCLI(["note", "edit", file, "cuatro", "x"])
        #expect(bad.status == 64)
        #expect(runCLI(["note", "edit", file, "40", "x"]).error == "Error: there is no note #40 in this session.\n")
        // The plain form still works next to the subcommands.
        #expect(runCLI(["note", file, "--table", "2", "edit"]).status == 0)
    }
}
