import Testing

@testable import WorkshopCLI

@Suite struct CaptureCommandLineTests {
    private func parse(_ line: String) -> CaptureCommandLine { CaptureCommandLine.parse(line, sectionCount: 4) }

    @Test func notesAndShortcuts() {
        #expect(parse("Falta presupuesto") == .note("Falta presupuesto"))
        #expect(parse("  ") == .empty)
        #expect(parse("2") == .section("2"))
        #expect(parse(" 4 ") == .section("4"))
        #expect(parse("5") == .note("5"))
        #expect(parse("3 servicios comparten datos") == .note("3 servicios comparten datos"))
        #expect(parse("//ciudadanía") == .note("/ciudadanía"))
        #expect(CaptureCommandLine.parse("1", sectionCount: 0) == .note("1"))
    }

    @Test func commandsAndSpanishAliases() {
        #expect(parse("/list") == .list(allRounds: false))
        #expect(parse("/lista todas") == .list(allRounds: true))
        #expect(parse("/edit 12") == .edit(id: 12, text: nil))
        #expect(parse("/editar #12  texto nuevo ") == .edit(id: 12, text: "texto nuevo"))
        #expect(parse("/delete 7") == .delete(id: 7))
        #expect(parse("/borrar #7") == .delete(id: 7))
        #expect(parse("/undo") == .undo)
        #expect(parse("/deshacer") == .undo)
        #expect(parse("/section métodos") == .section("métodos"))
        #expect(parse("/s") == .section(nil))
        #expect(parse("/ayuda") == .help)
        #expect(parse("/salir") == .quit)
        #expect(parse("/Q") == .quit)
    }

    @Test func mistakes() {
        #expect(parse("/lsit") == .unknown(command: "/lsit", suggestion: "/list"))
        #expect(parse("/edit") == .usage("/edit ID [TEXT]"))
        #expect(parse("/edit doce") == .usage("/edit ID [TEXT]"))
        #expect(parse("/delete") == .usage("/delete ID"))
        #expect(parse("/list ayer") == .usage("/list [all]"))
    }
}
