import Engine
import MethodTestKit
import Testing

@Suite struct TemplateLoaderTests {
    @Test func loadsCanvasesAndDeclarativeMethods() throws {
        let files = try TemplateFiles(["a-canvas.json": Samples.canvas, "b-method.json": Samples.method, "notes.txt": "ignored"])
        let set = TemplateLoader.load([files.source])
        #expect(set.errors.isEmpty, "\(set.errors)")
        #expect(set.canvases.canvas("tres-preguntas")?.sections.map(\.id) == ["que", "por-que", "como"])
        #expect(set.canvases.source(of: "tres-preguntas") == files.file("a-canvas.json"))
        #expect(set.canvases.source(of: "opsi-dimensions") == CanvasLibrary.builtInSource)
        let method = try #require(set.method(named: "redonda"))
        #expect(method.source == files.file("b-method.json"))
        #expect(method.description.parameters.map(\.id) == ["tables", "minutes", "questions", "canvas", "keep", "dots"])

        let plan = try MethodTesting.plan(method)
        let agenda = plan.agenda
        #expect(agenda.tables.count == 10)  // about 6 per table, a multiple of the 2 questions
        #expect(agenda.phases.map(\.title.en) == ["Bienvenida", "Round 1", "Round 2", "Dimensiones", "Votación", "Cierre"])
        #expect(agenda.rounds.map(\.movement) == [.rotate, .rotate, .stay])
        #expect(agenda.rounds[0].questions == [1, 2])  // spread over the questions
        #expect(agenda.rounds[2].questions == [2])
        #expect(agenda.canvases.map(\.id) == ["tres-preguntas", "opsi-dimensions"])
        #expect(agenda.voting == VotingPlan(rule: .approval, keep: 2))
        #expect(agenda.questions[1].title.es == "Cambios")
        #expect(verifyMethod(method, canvases: set.canvases).isValid)

        let changed = try MethodTesting.plan(method, [("minutes", "12"), ("canvas", "oecd-facets"), ("keep", "4")])
        #expect(changed.agenda.phases.filter { $0.kind == .round }.allSatisfy { $0.plannedSeconds == 720 })
        #expect(changed.agenda.canvases.map(\.id) == ["oecd-facets", "opsi-dimensions"])
        #expect(changed.agenda.voting?.keep == 4)
        #expect(
            MethodTesting.refusal(method, [("questions", "Sólo una")])
                == .invalidParameter(parameter: "questions", value: "Sólo una", expected: .atLeastTexts(2)))
        #expect(MethodTesting.refusal(method, [("canvas", "nada")]) == .unknownCanvas("nada", known: CanvasLibrary.builtIn.ids))
    }

    @Test func everyProblemNamesFileLinePathAndExpectation() throws {
        let files = try TemplateFiles([
            "1-syntax.json": "{\n  \"kind\": \"canvas\",\n  \"id\": \"x\"\n  \"title\": \"X\"\n}",
            "2-type.json": Samples.method.replacing("\"minutes\": 15", with: "\"minutes\": \"quince\""),
            "3-range.json": Samples.method.replacing("\"minutes\": 15", with: "\"minutes\": 0"),
            "4-member.json": Samples.method.replacing("\"peoplePerTable\"", with: "\"peoplePerTabel\""),
            "5-language.json": Samples.canvas.replacing("{\"es\": \"Cómo\", \"en\": \"How\"}", with: "{\"es\": \"Cómo\"}"),
            "6-canvas.json": Samples.method.replacing("\"tres-preguntas\", \"opsi", with: "\"tres-pregunta\", \"opsi"),
            "7-question.json": Samples.method.replacing("\"question\": 2", with: "\"question\": 3"),
            "8-id.json": Samples.canvas.replacing("\"tres-preguntas\"", with: "\"Tres Preguntas\""),
            "9-kind.json": "{\"id\": \"x\"}",
            "good.json": Samples.canvas,
        ])
        let set = TemplateLoader.load([files.source])
        let byFile = Dictionary(uniqueKeysWithValues: set.errors.map { (FilePath.fileName(of: $0.file), $0) })
        #expect(set.errors.count == 9)
        #expect(set.canvases.canvas("tres-preguntas") != nil, "one bad file must not hide the good one")

        let syntax = try #require(byFile["1-syntax.json"])
        #expect(syntax.line == 4 && syntax.path == "$")
        guard case .syntax = syntax.problem else {
            Issue.record("\(syntax)")
            return
        }

        let type = try #require(byFile["2-type.json"])
        #expect(type.path == "$.phases[1].minutes")
        #expect(type.problem == .wrongType(expected: .integer, found: .string))
        // Line and column of the offending value itself.
        let text = Samples.method.replacing("\"minutes\": 15", with: "\"minutes\": \"quince\"")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[type.line - 1]
        #expect(line.contains("\"quince\""))
        #expect(line.dropFirst(type.column - 1).hasPrefix("\"quince\""))

        #expect(byFile["3-range.json"]?.problem == .outOfRange(value: 0, range: 1...480))
        #expect(byFile["4-member.json"]?.problem == .unknownMember("peoplePerTabel", suggestion: "peoplePerTable"))
        #expect(byFile["4-member.json"]?.path == "$.peoplePerTabel")
        #expect(byFile["5-language.json"]?.problem == .emptyText(missing: .en))
        #expect(byFile["5-language.json"]?.path == "$.sections[2].title.en")
        let canvas = try #require(byFile["6-canvas.json"])
        #expect(canvas.path == "$.canvases[0]")
        guard case .unknownCanvas("tres-pregunta", let suggestion, _) = canvas.problem else {
            Issue.record("\(canvas)")
            return
        }
        #expect(suggestion == "tres-preguntas")
        #expect(byFile["7-question.json"]?.problem == .unknownQuestion(3, count: 2))
        #expect(byFile["8-id.json"]?.problem == .invalidIdentifier("Tres Preguntas"))
        #expect(byFile["9-kind.json"]?.path == "$.kind")
        #expect(byFile["9-kind.json"]?.problem == .missing)
    }

    @Test func duplicatesReservedNamesAndOverrides() throws {
        let first = try TemplateFiles([
            "a.json": Samples.canvas, "b.json": Samples.canvas.replacing("Tres preguntas", with: "Otra"),
            "m.json": Samples.method,
            "r.json": Samples.method.replacing("\"mesa-redonda\"", with: "\"cafe\""),
        ])
        let later = try TemplateFiles([
            "a.json": Samples.canvas.replacing("\"Tres preguntas\"", with: "\"Tres preguntas, versión 2\""),
            "opsi.json": CanvasLibrary.builtIn.canvas("opsi-dimensions").map { _ in
                Samples.canvas.replacing("tres-preguntas", with: "opsi-dimensions")
            } ?? "",
        ])
        let set = TemplateLoader.load([first.source, later.source], reserved: ["cafe", "world-cafe"])
        let problems = set.errors.map(\.problem)
        #expect(problems.contains(.duplicateIdentifier("tres-preguntas", otherFile: first.file("a.json"))))
        #expect(problems.contains(.reservedIdentifier("cafe")))
        #expect(set.errors.count == 2)
        // A later directory replaces an earlier template, even a built-in one.
        #expect(set.canvases.canvas("tres-preguntas")?.title.es == "Tres preguntas, versión 2")
        #expect(set.canvases.source(of: "tres-preguntas") == later.file("a.json"))
        #expect(set.canvases.canvas("opsi-dimensions")?.sections.count == 3)
        // A method that uses the replaced canvas gets the new one.
        #expect(set.method(named: "mesa-redonda")?.canvases.first?.title.es == "Tres preguntas, versión 2")
    }

    @Test func theSameFileAgainChangesNothing() throws {
        let root = FilePath.directory(of: FilePath.directory(of: FilePath.directory(of: #filePath)))
        let set = TemplateLoader.load([.directory(root + "/Canvases", required: true)])
        #expect(set.errors.isEmpty)
        #expect(set.canvases.source(of: "opsi-dimensions") == CanvasLibrary.builtInSource)
        #expect(set.method(named: "gallery-walk")?.source == CanvasLibrary.builtInSource)
    }

    @Test func unreadableSources() {
        let missing = TemplateLoader.load([.directory("/nonexistent/workshop", required: true)])
        #expect(missing.errors.count == 1)
        guard case .unreadable(let error) = missing.errors.first?.problem else {
            Issue.record("\(missing.errors)")
            return
        }
        #expect(error.isMissingFile)
        #expect(TemplateLoader.load([.directory("/nonexistent/workshop", required: false)]).errors.isEmpty)
    }
}
