import Engine
import Foundation
import Testing

@testable import WorkshopCLI

@Suite struct PlanCommandTests {
    @Test func jsonHasTheAgendaOnTheClockAndTheSeating() throws {
        let scratch = try Scratch()
        let session = try scratch.session(options: ["--start", "09:30", "--date", "2026-12-01"])
        let result = CLITesting.run(["plan", session, "--format", "json", "--lang", "en"])
        #expect(result.code == 0, "\(result.errors)")
        let plan = try JSONValue(parsing: result.output)
        #expect(plan["format"] == "workshop-plan")
        // The seating planner's report: the proven minimum of repeats for this rotation, and
        // figures that agree with the seating below.
        let quality = try #require(plan["quality"])
        #expect(quality["zeroRepeatsImpossible"] == true)
        #expect((quality["repeatedPairs"]?.intValue ?? 0) >= (quality["repeatedPairsLowerBound"]?.intValue ?? 0))
        #expect(quality["coverageViolations"] == 0 && quality["tableSizeSpread"] == 1)
        let phases = try #require(plan["phases"]?.arrayValue)
        #expect(phases.map { $0["start"]?.stringValue } == ["09:30", "09:40", "10:00", "10:20", "10:40", "10:55"])
        #expect(phases.map { $0["minutes"]?.intValue } == [10, 20, 20, 20, 15, 20])
        #expect(phases.last?["end"] == "11:15")
        #expect(phases[1]["kind"] == "round" && phases[1]["round"] == 1)
        let rounds = try #require(plan["rounds"]?.arrayValue)
        #expect(rounds.count == 3)
        #expect(rounds[0]["start"] == "09:40")
        let roster = try RosterReader.read(bytes: Array(CLITesting.rosterCSV().utf8), file: "r").participants.map(\.name)
        for round in rounds {
            let tables = try #require(round["tables"]?.arrayValue)
            #expect(tables.count == 6)
            let names = tables.flatMap { $0["participants"]?.arrayValue ?? [] }.compactMap(\.stringValue)
            #expect(names.sorted() == roster.sorted())
            #expect(tables.map { $0["question"]?.intValue ?? 0 } == [1, 2, 3, 1, 2, 3])
        }
        #expect(rounds[0]["tables"]?[0]?["canvas"] == "opsi-dimensions")
        // Each person's tables, round by round, and the questions they meet.
        let people = try #require(plan["participants"]?.arrayValue)
        #expect(people.count == 56)
        for person in people {
            let tables = person["tables"]?.arrayValue?.compactMap(\.intValue) ?? []
            #expect(Set(tables.map { ($0 - 1) % 3 }).count == 3)
        }
    }

    @Test func textCSVAndHTMLEscapeWhatPeopleTyped() throws {
        let scratch = try Scratch()
        let session = try scratch.session(
            options: ["--start", "9:00"],
            extra: [
                "<script>alert(1)</script>,Díaz,Servicio X,Maule,x@y.cl,Analista",
                "Rojo\u{1B}]0;titulo\u{07}\u{1B}[31m,Pérez,Servicio Z,Maule,z@y.cl,",
                "=HYPERLINK(\"http://x\"),Uno,Servicio Y,Maule,y@y.cl,",
            ])
        let text = CLITesting.run(["plan", session, "--lang", "es", "--no-color"])
        #expect(text.code == 0)
        #expect(text.output.contains("09:00–09:10"))
        #expect(text.output.contains("Mesa 1 · P1 Buenas prácticas"))
        #expect(text.output.contains("<script>alert(1)</script> Díaz"))
        #expect(text.output.contains("Rojo"))
        #expect(!text.output.contains("\u{1B}"), "terminal control sequences in names are removed")

        let csv = CLITesting.run(["plan", session, "--format", "csv", "--lang", "es"])
        let lines = csv.output.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("ronda,inicio,fin,mesa,pregunta") == true)
        #expect(lines.count == 1 + 59 * 3)
        #expect(csv.output.contains("\"'=HYPERLINK(\"\"http://x\"\") Uno\""))
        #expect(!csv.output.contains(",=HYPERLINK"))

        let html = CLITesting.run(["plan", session, "-o", scratch.file("plan.html"), "--lang", "es"])
        #expect(html.code == 0)
        #expect(html.output.contains("plan.html"))
        let page = try scratch.read("plan.html")
        #expect(page.hasPrefix("<!doctype html>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; Díaz"))
        #expect(!page.contains("<script>"))
        #expect(page.contains("<html lang=\"es\">"))
        #expect(page.contains("Ronda 3"))
    }

    @Test func withoutStartTimeTimesCountFromZero() throws {
        let scratch = try Scratch()
        let session = try scratch.session("double-diamond")
        let result = CLITesting.run(["plan", session, "--format", "json"])
        let phases = try #require(try JSONValue(parsing: result.output)["phases"]?.arrayValue)
        #expect(phases.allSatisfy { $0["start"] == .null })
        #expect(phases.map { $0["offset"]?.intValue } == [0, 10, 35, 55, 65, 90, 110, 120])
        let text = CLITesting.run(["plan", session, "--lang", "en"])
        #expect(text.output.contains("0:10–0:35"))
        #expect(text.output.contains("No start time"))
        #expect(text.output.contains("Everyone keeps their table from the previous round."))
    }

    @Test func hostsAndSubGroupsAppear() throws {
        let scratch = try Scratch()
        let cafe = try scratch.session("world-cafe", name: "cafe.workshop")
        let cafePlan = try JSONValue(parsing: CLITesting.run(["plan", cafe, "--format", "json"]).output)
        let tables = try #require(cafePlan["rounds"]?[1]?["tables"]?.arrayValue)
        #expect(tables.allSatisfy { $0["hosts"]?.arrayValue?.count == 1 })
        #expect(cafePlan["tables"]?[0]?["hosts"] == cafePlan["rounds"]?[0]?["tables"]?[0]?["hosts"])

        let quick = try scratch.session("1-2-4-all", name: "quick.workshop")
        let quickPlan = try JSONValue(parsing: CLITesting.run(["plan", quick, "--format", "json"]).output)
        #expect(quickPlan["rounds"]?[1]?["tables"]?[0]?["groups"]?.arrayValue?.count == 2)
        #expect(quickPlan["rounds"]?[2]?["tables"]?[0]?["groups"] == nil)
        #expect(quickPlan["rounds"]?[1]?["groupSize"] == 2)
    }

    @Test func errors() throws {
        let missing = CLITesting.run(["plan", "/nonexistent/x.workshop", "--lang", "en"])
        #expect(missing.code == 1)
        #expect(missing.errors.contains("/nonexistent/x.workshop"))
        let badFormat = CLITesting.run(["plan", "x.workshop", "--format", "pdf", "--lang", "en"])
        #expect(badFormat.code == 64)
        #expect(badFormat.errors.contains("text, json, csv, html"))
    }
}
