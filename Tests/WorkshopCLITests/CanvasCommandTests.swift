import Engine
import Foundation
import Testing

@testable import WorkshopCLI

@Suite struct CanvasCommandTests {
    @Test func listsTheBuiltInTemplates() throws {
        let text = CLITesting.run(["canvas", "list", "--lang", "en", "--no-color"])
        #expect(text.code == 0)
        for id in [
            "opsi-dimensions", "oecd-facets", "dd-discover", "dd-define", "dd-develop", "dd-deliver", "world-cafe-tablecloth",
        ] {
            #expect(text.output.contains(id), "\(id) missing")
        }
        let json = try JSONValue(parsing: CLITesting.run(["canvas", "list", "--format", "json"]).output)
        let opsi = json.arrayValue?.first { $0["id"] == "opsi-dimensions" }
        #expect(opsi?["sections"] == 4)
        #expect(opsi?["source"] == "built-in")
    }

    @Test func showsAndExportsATemplateThatLoadsBack() throws {
        let text = CLITesting.run(["canvas", "show", "opsi-dimensions", "--lang", "es", "--no-color"])
        #expect(text.code == 0)
        #expect(text.output.contains("Cuatro dimensiones de análisis"))
        #expect(text.output.contains("2. Capacidades internas  [capacities]"))
        #expect(text.output.contains("Habilidades, recursos y tecnología"))

        // The JSON form is a template file: save it under a new id and it loads.
        let exported = CLITesting.run(["canvas", "show", "oecd-facets", "--format", "json"]).output
        let scratch = try Scratch()
        try scratch.write("mine/facetas-propias.json", exported.replacing("\"oecd-facets\"", with: "\"facetas-propias\""))
        let listed = try JSONValue(
            parsing: CLITesting.run(["canvas", "list", "--format", "json", "--methods", scratch.file("mine")]).output)
        let mine = listed.arrayValue?.first { $0["id"] == "facetas-propias" }
        #expect(mine?["source"]?.stringValue == scratch.file("mine/facetas-propias.json"))
        #expect(mine?["sections"] == 4)
    }

    @Test func printsOneA3PagePerQuestion() throws {
        let scratch = try Scratch()
        let result = CLITesting.run([
            "canvas", "print", "opsi-dimensions", "--format", "html", "-o", scratch.file("c.html"), "--lang", "es",
            "-q", "¿Qué <b>barreras</b> vemos?", "-q", "¿Qué funciona?",
        ])
        #expect(result.code == 0, "\(result.errors)")
        #expect(result.output.contains("2 páginas A3"))
        let page = try scratch.read("c.html")
        #expect(page.contains("size: A3 landscape"))
        #expect(page.components(separatedBy: "<section class=\"page\">").count == 3)
        #expect(page.contains("¿Qué &lt;b&gt;barreras&lt;/b&gt; vemos?"))
        #expect(page.contains("Pregunta 1") && page.contains("Pregunta 2"))
        #expect(page.contains("Estructuras y marcos") && page.contains("Gobernanza, leyes y normativas"))
        // The question comes before the boxes.
        let question = try #require(page.range(of: "¿Qué funciona?"))
        let boxes = try #require(page.range(of: "<div class=\"sections\">", options: .backwards))
        #expect(question.lowerBound < boxes.lowerBound)
        // Without questions: one page with a blank to fill in.
        let blank = CLITesting.run(["canvas", "print", "world-cafe-tablecloth"])
        #expect(blank.output.components(separatedBy: "<section class=\"page\">").count == 2)
        #expect(blank.output.contains("question blank"))
    }

    @Test func printsTheQuestionsOfASession() throws {
        let scratch = try Scratch()
        let session = try scratch.session(options: ["--param", "canvas=oecd-facets"])
        let result = CLITesting.run([
            "canvas", "print", "oecd-facets", "--session", session, "-o", scratch.file("s.html"), "--lang", "en",
        ])
        #expect(result.code == 0, "\(result.errors)")
        let page = try scratch.read("s.html")
        #expect(page.components(separatedBy: "<section class=\"page\">").count == 4)
        #expect(page.contains("Which barriers and gaps must new initiatives take into account?"))
        let other = CLITesting.run(["canvas", "print", "opsi-dimensions", "--session", session, "--lang", "en"])
        #expect(other.code == 1)
        #expect(other.errors.contains("does not use canvas \"opsi-dimensions\" (it uses: oecd-facets)"))
    }

    @Test func errors() {
        let unknown = CLITesting.run(["canvas", "show", "opsi-dimension", "--lang", "en"])
        #expect(unknown.code == 1)
        #expect(unknown.errors.contains("unknown canvas \"opsi-dimension\""))
        #expect(unknown.errors.contains("opsi-dimensions"))
        let both = CLITesting.run(["canvas", "print", "oecd-facets", "-q", "x", "--session", "s.workshop", "--lang", "en"])
        #expect(both.code == 64)
        let format = CLITesting.run(["canvas", "print", "oecd-facets", "--format", "pdf"])
        #expect(format.code == 64)
        let group = CLITesting.run(["canvas"])
        #expect(group.code == 64)
    }
}
