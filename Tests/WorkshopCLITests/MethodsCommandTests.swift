import Engine
import Foundation
import Testing

@testable import WorkshopCLI

@Suite struct MethodsCommandTests {
    static let method = """
        {
          "kind": "method",
          "id": "ronda-express",
          "name": {"es": "Ronda exprés", "en": "Express round"},
          "summary": {"es": "Una ronda corta y un cierre.", "en": "One short round and a close."},
          "canvases": ["oecd-facets"],
          "questions": [{"text": {"es": "¿Qué probamos primero?", "en": "What do we try first?"}}],
          "phases": [
            {"kind": "round", "title": {"es": "Ronda", "en": "Round"}, "minutes": 15},
            {"kind": "plenary", "title": {"es": "Cierre", "en": "Close"}, "minutes": 10}
          ]
        }
        """

    @Test func listsBuiltInAndDeclarativeMethods() throws {
        let result = CLITesting.run(["methods", "--lang", "en", "--no-color"])
        #expect(result.code == 0, "\(result.errors)")
        for id in ["opsi-facets", "double-diamond", "world-cafe", "thematic-encounter", "one-two-four-all", "gallery-walk"] {
            #expect(result.output.contains(id))
        }
        #expect(result.output.contains("method written in JSON, from the built-in templates"))
        let json = try JSONValue(parsing: CLITesting.run(["methods", "--format", "json"]).output)
        let quick = json.arrayValue?.first { $0["id"] == "one-two-four-all" }
        #expect(quick?["capabilities"] == ["seating", "findings-layout"])
        #expect(quick?["parameters"]?[1]?["min"] == 1)
    }

    @Test func oneJSONFileAddsAMethod() throws {
        let scratch = try Scratch()
        let file = try scratch.write("mine/ronda.json", Self.method)
        let listed = CLITesting.run(["methods", "--methods", scratch.file("mine"), "--lang", "es", "--no-color"])
        #expect(listed.code == 0, "\(listed.errors)")
        #expect(listed.output.contains("ronda-express  Ronda exprés"))
        #expect(listed.output.contains("desde \(file)"))

        // It creates sessions and plans like any method, also through WORKSHOP_METHODS.
        let roster = try scratch.write("roster.csv", CLITesting.rosterCSV())
        let created = CLITesting.run(
            ["new", "ronda-express", "--roster", roster, "-o", scratch.file("r.workshop"), "--param", "minutes=12"],
            environment: ["WORKSHOP_METHODS": "/nonexistent-but-fine-later:" + scratch.file("mine")])
        #expect(created.code == 0, "\(created.errors)")
        #expect(created.errors.contains("/nonexistent-but-fine-later"))  // the missing entry is reported, the rest loads
        let plan = try JSONValue(parsing: CLITesting.run(["plan", scratch.file("r.workshop"), "--format", "json"]).output)
        #expect(plan["session"]?["method"] == "ronda-express")
        #expect(plan["phases"]?[0]?["minutes"] == 12)
        #expect(plan["rounds"]?[0]?["tables"]?[0]?["canvas"] == "oecd-facets")
        #expect(plan["rounds"]?[0]?["tables"]?.arrayValue?.count == 7)

        let checked = CLITesting.run(["methods", "--check", "--methods", scratch.file("mine"), "--format", "json"])
        #expect(checked.code == 0, "\(checked.output)")
        let reports = try JSONValue(parsing: checked.output).arrayValue ?? []
        #expect(reports.count == 7)
        #expect(reports.allSatisfy { $0["valid"] == true })
    }

    @Test func aBadFileIsNamedAndDoesNotHideTheOthers() throws {
        let scratch = try Scratch()
        try scratch.write("mine/a-ronda.json", Self.method)
        try scratch.write(
            "mine/b-mala.json",
            Self.method.replacing("\"ronda-express\"", with: "\"mala\"").replacing("\"minutes\": 15", with: "\"minutes\": \"15\"")
        )
        try scratch.write("mine/c-rota.json", "{ \"kind\": \"canvas\", ")
        let result = CLITesting.run(["methods", "--methods", scratch.file("mine"), "--lang", "en", "--no-color"])
        #expect(result.code == 1)
        #expect(result.output.contains("ronda-express"))
        #expect(!result.output.contains("mala"))
        #expect(result.errors.contains("canvas or method files skipped because they could not be used: 2"))
        #expect(result.errors.contains(scratch.file("mine/b-mala.json") + ":9:75: $.phases[0].minutes"))
        #expect(result.errors.contains("$.phases[0].minutes: expected a whole number, found a text."))
        #expect(result.errors.contains(scratch.file("mine/c-rota.json") + ":1:"))
        #expect(result.errors.contains("invalid JSON"))

        // Spanish, with a suggestion for a misspelt member.
        try scratch.write("otro/x.json", Self.method.replacing("\"questions\"", with: "\"preguntas\""))
        let spanish = CLITesting.run(["canvas", "list", "--methods", scratch.file("otro"), "--lang", "es"])
        #expect(spanish.code == 1)
        #expect(spanish.errors.contains("$.preguntas: miembro desconocido \"preguntas\"."))
        // Commands that only use the library warn and go on.
        let show = CLITesting.run(["canvas", "show", "oecd-facets", "--methods", scratch.file("otro"), "--lang", "es"])
        #expect(show.code == 0)
        #expect(show.errors.contains("x.json"))
    }

    @Test func aMethodFileMayNotTakeABuiltInName() throws {
        let scratch = try Scratch()
        try scratch.write("mine/cafe.json", Self.method.replacing("\"ronda-express\"", with: "\"world-cafe\""))
        let result = CLITesting.run(["methods", "--methods", scratch.file("mine"), "--lang", "en"])
        #expect(result.code == 1)
        #expect(result.errors.contains("$.id: \"world-cafe\" is the id or alias of a built-in method"))
    }

    @Test func badParametersAreClearErrors() throws {
        let scratch = try Scratch()
        let roster = try scratch.write("roster.csv", CLITesting.rosterCSV())
        func new(_ extra: [String]) -> CLIResult {
            CLITesting.run(["new", "opsi-facets", "--roster", roster, "-o", scratch.file("x.workshop"), "--lang", "en"] + extra)
        }
        let zero = new(["--tables", "0"])
        #expect(zero.code == 64)
        #expect(zero.errors.contains("invalid value \"0\" for '--tables'"))
        let zeroParam = new(["--param", "tables=0"])
        #expect(zeroParam.code == 1)
        #expect(zeroParam.errors.contains("invalid value \"0\" for parameter tables: expected a whole number from 1 to 60."))
        let tooMany = new(["--tables", "57"])
        #expect(tooMany.code == 1)
        #expect(tooMany.errors.contains("57 tables for 56 participants"))
        let canvas = new(["--param", "canvas=oecd-facet"])
        #expect(canvas.code == 1)
        #expect(canvas.errors.contains("unknown canvas \"oecd-facet\""))
        #expect(canvas.errors.contains("oecd-facets"))
        let typo = CLITesting.run(["new", "wrold-cafe", "--roster", roster, "-o", scratch.file("x.workshop"), "--lang", "en"])
        #expect(typo.code == 1)
        #expect(typo.errors.contains("world-cafe"))
        let quick = CLITesting.run([
            "new", "1-2-4-all", "--roster", roster, "--tables", "3", "-o", scratch.file("x.workshop"), "--lang", "en",
        ])
        #expect(quick.code == 1)
        #expect(quick.errors.contains("does not take a number of tables"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("x.workshop")), "nothing written")
    }

    @Test func theDemoWritesThePlan() throws {
        let scratch = try Scratch()
        let result = CLITesting.run(["demo", "--out", scratch.path, "--lang", "en"])
        #expect(result.code == 0, "\(result.errors)")
        let plan = try JSONValue(parsing: try scratch.read("plan.json"))
        #expect(plan["rounds"]?.arrayValue?.count == 3)
        #expect(plan["session"]?["start"] == "09:00")
        #expect(try scratch.read("plan.html").contains("Conversation round 1"))
    }
}
