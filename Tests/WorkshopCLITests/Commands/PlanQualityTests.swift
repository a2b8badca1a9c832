import Engine
import Foundation
import Testing

@testable import WorkshopCLI

@Suite struct PlanQualityTests {
    @Test func textShowsTheQuality() throws {
        let scratch = try Scratch()
        let session = try scratch.session()
        let english = CLITesting.run(["plan", session, "--lang", "en", "--no-color"])
        #expect(english.code == 0)
        let section = try #require(english.output.components(separatedBy: "Seating quality\n").last)
        #expect(section.contains("  Repeated pairs: "))
        #expect(section.contains("(lower bound 80: zero is impossible here)"))
        #expect(section.contains("  Same-institution pairs at a table: "))
        #expect(section.contains("  New contacts per person: at least "))
        #expect(section.contains("  Largest difference in table sizes: 1"))
        #expect(section.contains("  Coverage violations (a question met twice while another is new): 0"))
        let spanish = CLITesting.run(["plan", session, "--lang", "es", "--no-color"])
        #expect(spanish.output.contains("Calidad de la ubicación en mesas\n  Parejas repetidas: "))
    }

    @Test func htmlHasItinerariesAndTableSheetsEscaped() throws {
        let scratch = try Scratch()
        let session = try scratch.session(
            options: ["--start", "09:00"], extra: ["<b>Ana</b> & \"Co\",<i>Soto</i>,Servicio <X>,Maule,a@b.cl,"])
        let run = CLITesting.run(["plan", session, "--format", "html", "--lang", "en"])
        #expect(run.code == 0)
        let html = run.output
        let state = try Session.open(at: session).state
        #expect(html.components(separatedBy: "<div class=\"itinerary\">").count - 1 == state.seatedParticipants.count)
        #expect(html.components(separatedBy: "<section class=\"sheet\">").count - 1 == state.agenda.tables.count)
        #expect(html.contains("break-before: page"))
        #expect(html.contains("<h2>Seating quality</h2>"))
        #expect(html.contains("&lt;b&gt;Ana&lt;/b&gt; &amp; &quot;Co&quot; &lt;i&gt;Soto&lt;/i&gt;"))
        #expect(!html.contains("<b>Ana</b>") && !html.contains("<i>Soto</i>") && !html.contains("Servicio <X>"))
        // A participant's card lists their table in each round, as the seating has it.
        let person = try #require(state.participants.first)
        let card = try #require(
            html.components(separatedBy: "<div class=\"itinerary\">").first { $0.hasPrefix("\n<h3>\(person.name)</h3>") })
        for round in state.seating {
            let table = try #require(round.table(of: person.id))
            #expect(card.contains("Round \(round.round) · ") && card.contains("Table \(table)"))
        }
    }

    /// A session whose journal has no recorded quality (written before the planner) gets it
    /// scored when shown.
    @Test func olderSessionsAreScoredWhenShown() throws {
        let scratch = try Scratch()
        let participants = (1...12).map { Participant(id: $0, name: "Persona \($0)", institution: "Inst \($0 % 3)") }
        let table = { (n: Int) in WorkshopTable(number: n, name: "\(n)") }
        let canvas = Canvas(id: "c", title: LocalizedText("C"), sections: [CanvasSection(id: "s", title: LocalizedText("S"))])
        let agenda = Agenda(
            tables: (1...3).map(table), questions: [Question(number: 1, title: LocalizedText("Q"), text: LocalizedText("Q?"))],
            canvases: [canvas],
            phases: (1...2).map { Phase(kind: .round, title: LocalizedText("R\($0)"), plannedSeconds: 600, round: $0) },
            rounds: (1...2).map {
                RoundPlan(round: $0, assignments: (1...3).map { TableAssignment(table: $0, question: 1, canvas: "c") })
            },
            voting: nil)
        // Both rounds at the same tables: every pair at a table repeats once (3 tables x 6 pairs).
        let seating = (1...2).map { round in
            RoundSeating(
                round: round, tables: (1...3).map { TableSeating(table: $0, participants: Array(($0 * 4 - 3)...($0 * 4))) })
        }
        let path = scratch.file("old.workshop")
        _ = try Session.create(
            at: path,
            events: [
                SessionCreated(info: SessionInfo(title: "Antigua", method: "x")),
                ParticipantsRegistered(participants: participants),
                AgendaPlanned(agenda: agenda), SeatingPlanned(fromRound: 1, rounds: seating),
            ], clock: CLITesting.clock)
        let json = try JSONValue(parsing: CLITesting.run(["plan", path, "--format", "json"]).output)
        #expect(json["quality"]?["repeatedPairs"] == 18)
        #expect(json["quality"]?["maximumMeetings"] == 2)
        #expect(json["quality"]?["method"] == "evaluated")
    }

    /// Hard rules through the CLI path: random rosters, methods and seeds; `workshop plan
    /// --format json` must seat everyone once per round, tables within one, hosts in place.
    @Test(arguments: 0..<6)
    func randomSessionsKeepTheHardRules(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 41)
        let methods = ["opsi-facets", "world-cafe", "thematic-encounter", "double-diamond", "gallery-walk", "one-two-four-all"]
        let method = methods[seed % methods.count]
        let count = Int.random(in: 12...60, using: &generator)
        var lines = ["Nombre,Institución,Región"]
        for index in 1...count {
            lines.append("Persona \(index),Servicio \(Int.random(in: 0..<9, using: &generator)),Región \(index % 4)")
        }
        let scratch = try Scratch()
        let roster = try scratch.write("r.csv", lines.joined(separator: "\n") + "\n")
        let path = scratch.file("s.workshop")
        let created = CLITesting.run(["new", method, "--roster", roster, "-o", path, "--seed", String(seed * 97 + 3)])
        #expect(created.code == 0, "\(created.errors)")
        let json = try JSONValue(parsing: CLITesting.run(["plan", path, "--format", "json"]).output)
        let hosts = Dictionary(
            uniqueKeysWithValues: (json["tables"]?.arrayValue ?? []).flatMap { table in
                (table["hosts"]?.arrayValue ?? []).compactMap(\.stringValue).map { ($0, table["table"]?.intValue ?? 0) }
            })
        for round in json["rounds"]?.arrayValue ?? [] {
            let tables = round["tables"]?.arrayValue ?? []
            let ids = tables.flatMap { $0["participantIds"]?.arrayValue ?? [] }.compactMap(\.intValue)
            #expect(ids.sorted() == Array(1...count), "\(method) round \(round["round"] ?? nil): everyone once")
            let sizes = tables.map { $0["participantIds"]?.arrayValue?.count ?? 0 }
            #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1, "\(method): sizes \(sizes)")
            for table in tables {
                for name in table["participants"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
                    if let home = hosts[name] { #expect(home == table["table"]?.intValue, "host \(name) moved") }
                }
            }
        }
        let quality = try #require(json["quality"])
        #expect(quality["hardRuleViolations"]?.arrayValue?.isEmpty == true)
        #expect(quality["tableSizeSpread"]?.intValue ?? 2 <= 1)
    }
}
