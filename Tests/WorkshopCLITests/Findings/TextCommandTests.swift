import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

@Suite struct TextCommandTests {
    static let notes = """
        Falta presupuesto estable para innovar
        No hay presupuesto estable para los proyectos
        Capacitación en diseño de servicios
        Más capacitación en diseño de servicios
        """

    @Test func stemKeywordsAndThemesFromStandardInput() {
        let stem = runCLI(["text", "stem", "--lang", "es"], input: "Capacitación de funcionarios\n")
        #expect(stem.status == 0, "\(stem.error)")
        #expect(stem.output.contains("Capacitación→capacit"))
        #expect(stem.output.contains("de·"))
        let keywords = runCLI(["text", "keywords", "--lang", "es", "--limit", "3"], input: Self.notes)
        #expect(keywords.status == 0)
        #expect(keywords.output.hasPrefix("4 notes, top 3 keywords"))
        let themes = runCLI(["text", "themes", "--lang", "es"], input: Self.notes)
        #expect(themes.status == 0)
        let similarity = String(format: "%.3f", ThemeClusterer.Configuration.defaultSimilarity)
        #expect(themes.output.contains("4 notes, 2 themes (similarity \(similarity))"))
        let tight = runCLI(["text", "themes", "--lang", "es", "--similarity", "1"], input: Self.notes)
        #expect(tight.output.contains("(similarity 1.000)"))
        let english = runCLI(["text", "stem", "--lang", "en"], input: "running meetings\n")
        #expect(english.output.contains("running→run"))
        // Control sequences typed into a note never reach the terminal.
        let hostile = runCLI(["text", "stem"], input: "presupuesto \u{1B}]0;pwned\u{07}estable\n")
        #expect(!hostile.output.contains("\u{1B}"))
    }

    @Test func usage() {
        #expect(runCLI(["text"]).status == 64)
        #expect(runCLI(["text", "themes", "--similarity", "-1"], input: "x").status == 64)
        #expect(runCLI(["text", "summarise"]).status == 64)
        #expect(runCLI(["text", "themes"], input: "").output == "(no notes)\n")
    }
}
