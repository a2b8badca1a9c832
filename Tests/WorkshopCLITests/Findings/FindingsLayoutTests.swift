import Catalog
import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

/// A method's own findings layout (``ProvidesFindingsLayout``) reaches the report: Double
/// Diamond's chapters group notes by table, 1-2-4-All's by round; opsi-facets keeps the default.
@Suite struct FindingsLayoutTests {
    /// A session of `method` for the voting fixture's 12 people with `notes` (table, round, text).
    static func session(_ method: String, notes: [(Int, Int, String)], in scratch: Scratch) throws -> String {
        let participants = VotingCLIFixture.names.enumerated().map { offset, name in
            Participant(id: offset + 1, name: name, institution: "Servicio \(offset % 4 + 1)")
        }
        let found = try Catalog.registry().require(method)
        let events = try SessionFactory.events(
            info: SessionInfo(title: "Taller", date: "2026-12-01", method: method, language: .es), method: found,
            participants: participants, parameters: try MethodParameters(resolving: [], for: found.description))
        let path = scratch.file("\(method).workshop")
        let session = try Session.create(at: path, events: events, clock: ManualTimeSource(start: FindingsCLIFixture.start))
        try session.append { state in
            notes.map { table, round, text in
                NoteAdded(
                    table: table, round: round, question: state.assignment(table: table, round: round)?.question ?? 1,
                    section: nil, author: nil, text: text)
            }
        }
        return path
    }

    static let developNotes: [(Int, Int, String)] = [
        (1, 1, "Los trámites tienen demasiados pasos"),
        (1, 3, "Ventanilla única en línea para todos los trámites"),
        (1, 3, "Una ventanilla única en línea para los trámites"),
        (2, 3, "Ventanilla única en línea para trámites"),
        (2, 3, "Piloto de atención móvil en las regiones"),
    ]

    @Test func doubleDiamondCountsEachThemeTableByTable() throws {
        let scratch = try Scratch()
        let file = try Self.session("double-diamond", notes: Self.developNotes, in: scratch)
        let json = runCLI(["findings", file, "--format", "json"])
        #expect(json.status == 0, "\(json.error)")
        let questions = try #require(try JSONValue(parsing: json.output)["questions"]?.arrayValue)
        // Discover groups by canvas section: a chapter without a breakdown.
        #expect(questions[0]["chapter"]?["grouping"] == "canvas-section")
        #expect(questions[0]["chapter"]?["groups"]?.arrayValue?.isEmpty == true)
        let develop = try #require(questions[2]["chapter"])
        #expect(develop["grouping"] == "table")
        #expect(develop["groups"]?.arrayValue?.map { $0["label"]?.stringValue ?? "" } == ["1", "2"])
        #expect(develop["groups"]?.arrayValue?.map { $0["notes"]?.intValue ?? 0 } == [2, 2])
        let dimensions = try #require(questions[2]["dimensions"]?.arrayValue)
        var perTable: [String: [Int]] = [:]
        for theme in dimensions.flatMap({ $0["themes"]?.arrayValue ?? [] }) {
            let id = try #require(theme["id"]?.stringValue)
            let name = theme["name"]?.stringValue ?? ""
            perTable[name.contains("entanilla") ? "single window" : name] =
                develop["themeNotes"]?[id]?.arrayValue?.compactMap(\.intValue)
        }
        #expect(perTable.count == 2)
        #expect(perTable["single window"] == [2, 1])
        #expect(perTable["Piloto de atención móvil en las regiones"] == [0, 1])

        let markdown = runCLI(["findings", file]).output
        let section = try #require(markdown.split(separator: "## Pregunta 3").dropFirst().first)
        #expect(section.contains("#### Temas por mesa"))
        #expect(section.contains("| Ventanilla única en línea para "))
        #expect(section.contains(" | 2 | 1 | 3 |"))
        #expect(section.contains("| Piloto de atención móvil en las regiones | "))
        #expect(section.contains(" |  | 1 | 1 |"))
        // Develop is not voted on and its chapter leaves conclusions out; Define is voted on.
        let develop3 = String(section.split(separator: "## Pregunta 4").first ?? "")
        #expect(!develop3.contains("### Conclusiones"))
        let define = try #require(markdown.split(separator: "## Pregunta 2").dropFirst().first)
        #expect(String(define.split(separator: "## Pregunta 3").first ?? "").contains("### Conclusiones"))
        let html = runCLI(["findings", file, "--format", "html"]).output
        #expect(html.contains("<h4>Temas por mesa</h4>"))
        #expect(html.contains("<p class=\"chapter\">Las ideas, equipo por equipo.</p>"))
    }

    @Test func oneTwoFourAllCountsEachThemeStepByStep() throws {
        let scratch = try Scratch()
        let notes: [(Int, Int, String)] = [
            (1, 1, "Formularios más cortos"), (1, 2, "Formularios más cortos y claros"), (2, 3, "Formularios claros y cortos"),
            (2, 2, "Atención en regiones"),
        ]
        let file = try Self.session("one-two-four-all", notes: notes, in: scratch)
        let markdown = runCLI(["findings", file])
        #expect(markdown.status == 0, "\(markdown.error)")
        #expect(markdown.output.contains("#### Temas por ronda"))
        #expect(markdown.output.contains("| Solo | En parejas | En grupos de cuatro | Total |"))
        #expect(markdown.output.contains(" | 1 | 1 | 1 | 3 |"))
        #expect(!markdown.output.contains("### Conclusiones"))
    }

    @Test func aCombinedReportCountsPerSessionRound() throws {
        let scratch = try Scratch()
        let first = try Self.session(
            "one-two-four-all", notes: [(1, 1, "Formularios más cortos"), (1, 2, "Formularios más cortos y claros")],
            in: scratch)
        let moved = scratch.file("primera.workshop")
        try FileManager.default.moveItem(atPath: first, toPath: moved)
        let second = try Self.session("one-two-four-all", notes: [(2, 3, "Formularios claros y cortos")], in: scratch)
        let json = runCLI(["findings", moved, second, "--format", "json"])
        #expect(json.status == 0, "\(json.error)")
        let chapter = try #require(try JSONValue(parsing: json.output)["questions"]?[0]?["chapter"])
        let groups = chapter["groups"]?.arrayValue ?? []
        #expect(groups.map { $0["label"]?.stringValue ?? "" } == ["S1 · Solo", "S1 · En parejas", "S2 · En grupos de cuatro"])
        #expect(groups.map { $0["notes"]?.intValue ?? 0 } == [1, 1, 1])
    }

    @Test func theDefaultLayoutLeavesTheReportAsItWas() throws {
        let scratch = try Scratch()
        let file = try FindingsCLIFixture.session(in: scratch)
        let json = runCLI(["findings", file, "--format", "json"])
        let questions = try #require(try JSONValue(parsing: json.output)["questions"]?.arrayValue)
        #expect(!questions.isEmpty)
        for question in questions { #expect(question["chapter"] == .null) }
        let markdown = runCLI(["findings", file]).output
        #expect(!markdown.contains("Temas por mesa") && !markdown.contains("Temas por ronda"))
    }

    @Test func aChapterTitleTheQuestionDoesNotSayJoinsTheHeading() throws {
        let scratch = try Scratch()
        let file = try Self.session("double-diamond", notes: Self.developNotes, in: scratch)
        let session = try Session.open(at: file)
        var source = FindingsSource(state: session.state, sessionID: "s", file: "dd.workshop")
        let layout = try Catalog.registry().require("double-diamond").findingsLayout(for: session.state.agenda)
        source.layout = layout
        var report = FindingsBuilder(options: FindingsOptions(language: .es)).build([source])
        let wording = FindingsWording(report: report)
        #expect(wording.questionHeading(report.questions[1]) == "Pregunta 2: Definir")
        report.questions[1].chapter?.title = "Converger"
        #expect(FindingsWording(report: report).questionHeading(report.questions[1]) == "Pregunta 2: Converger · Definir")
    }
}
