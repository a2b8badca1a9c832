import Foundation
import Testing

@testable import Engine

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A session with hostile and formula-like notes, corrections, a vote with a broken tie and
/// a day that ran, rendered in every format.
struct ExportFixture {
    static let script = "<script>alert('x')</script> hace falta presupuesto"
    static let image = "\"><img src=x onerror=alert(1)> presupuesto estable"
    static let formula = "=HYPERLINK(\"http://x.example\",\"clic\")"
    static let multiline = "Dijo: \"falta tiempo\",\nsegunda línea"

    var fixture: FindingsFixture
    var renamed: Int

    init() throws {
        var fixture = try FindingsFixture()
        let phases = fixture.state.agenda.phases.count
        fixture.apply([PhaseStarted(phase: 0)])
        fixture.wait(600)
        fixture.apply([PhaseStarted(phase: 1)])
        let notes = fixture.budgetAndTraining()
        fixture.note(Self.script)
        fixture.note(Self.image)
        fixture.note(Self.formula, section: "methods")
        fixture.note("+56 9 1234 5678 para consultas", section: "methods")
        fixture.note("-3 grados en la sala", section: "methods")
        fixture.note("@todos: lenguaje claro", section: "interactions")
        fixture.note(Self.multiline, section: "capacities")
        fixture.note("Lenguaje claro en los formularios", table: 2, round: 2, section: "interactions")
        fixture.note("Presupuesto estable para innovar", table: 3, round: 2, section: "structures")
        try fixture.correct(.rename(theme: notes.training[0], name: "Capacitación <b>en</b> diseño"))
        renamed = notes.training[0]
        for text in ["Presupuesto estable", "Capacitación", "Lenguaje claro"] {
            try fixture.record { [try ConclusionDraft(question: 1, text: text, table: 1).event(in: $0)] }
        }
        try fixture.record { [try VoteControl.configure(question: 1, rule: .dots, keep: 1, budget: 1, cap: nil, in: $0)] }
        for (voter, candidate) in [(1, "C1"), (2, "C2")] {
            try fixture.record {
                [
                    try BallotDraft(
                        question: 1, voter: String(voter), rule: .dots, marks: [BallotMark(candidate: candidate, value: 1)]
                    )
                    .event(in: $0)
                ]
            }
        }
        try fixture.record { [try TieBreakDraft(question: 1, order: ["C2", "C1"]).event(in: $0)] }
        fixture.wait(1200)
        for phase in 2..<phases {
            fixture.apply([PhaseStarted(phase: phase)])
            fixture.wait(300)
        }
        fixture.apply([SessionFinished()])
        self.fixture = fixture
    }

    var report: FindingsReport { FindingsFixture.report([fixture]) }
}

@Suite struct FindingsExportTests {
    @Test func htmlIsSelfContainedAndEscapesEverything() throws {
        let export = try ExportFixture()
        let report = export.report
        let html = FindingsHTMLRenderer(wording: FindingsWording(report: report, utcOffsetMinutes: -180)).render()
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>en</b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; hace falta presupuesto"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; presupuesto estable"))
        #expect(html.contains("Capacitación &lt;b&gt;en&lt;/b&gt; diseño"))
        for forbidden in ["src=\"", "<link", "url(", "@import", "<iframe", "javascript:"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        #expect(html.contains("<meta name=\"viewport\""))
        #expect(html.contains("@media print"))
        #expect(html.contains("class=\"chart heat\""))
        #expect(html.components(separatedBy: "<svg").count - 1 >= 3)
        #expect(html.components(separatedBy: "<section").count == html.components(separatedBy: "</section>").count)
        #expect(html.components(separatedBy: "<article").count == html.components(separatedBy: "</article>").count)
        // Every theme and every note is in the page.
        for theme in report.themes { #expect(html.contains("id=\"\(theme.id)\"")) }
        #expect(html.contains("Lenguaje claro en los formularios"))
        // The agenda as it ran, in local time (UTC-3): the day started at 09:00.
        #expect(html.contains("<td class=\"num\">1</td><td>"))
        #expect(html.contains("09:00"))
    }

    @Test func markdownEscapesUserTextAndKeepsTablesWhole() throws {
        let report = try ExportFixture().report
        let markdown = FindingsMarkdownRenderer(wording: FindingsWording(report: report)).render()
        #expect(markdown.contains("\\<script\\>"))
        // Every `<` of the document comes from user text and is escaped.
        let scalars = Array(markdown.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "<" {
            #expect(index > 0 && scalars[index - 1] == "\\", "raw < in the Markdown")
        }
        #expect(markdown.contains("Capacitación \\<b\\>en\\</b\\> diseño"))
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                columns = nil
                continue
            }
            let pipes = Self.unescapedPipes(String(line))
            if let columns { #expect(pipes == columns, "ragged table row: \(line)") } else { columns = pipes }
        }
        #expect(markdown.hasPrefix("# Taller de prueba\n"))
        #expect(markdown.contains("## Pregunta 1: Buenas prácticas"))
    }

    static func unescapedPipes(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                count += 1
            }
        }
        return count
    }

    @Test func csvHasOneRowPerNoteWithFormulasNeutralised() throws {
        let report = try ExportFixture().report
        let csv = FindingsCSVRenderer(wording: FindingsWording(report: report)).render()
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.contains("\r\n"))
        let table = try CSVTable(bytes: Array(csv.utf8))
        #expect(
            table.rows.first?.fields == [
                "nota", "pregunta", "título de la pregunta", "dimensión", "mesa", "ronda", "tema", "nombre del tema", "texto",
            ])
        #expect(table.rows.count == report.notes.count + 1)
        let texts = table.rows.dropFirst().map { $0.fields.last ?? "" }
        #expect(texts.contains("'" + ExportFixture.formula))
        #expect(texts.contains("'+56 9 1234 5678 para consultas"))
        #expect(texts.contains("'-3 grados en la sala"))
        #expect(texts.contains("'@todos: lenguaje claro"))
        #expect(texts.contains(ExportFixture.multiline))
        #expect(texts.contains(ExportFixture.script))
        for row in table.rows.dropFirst() {
            #expect(row.fields.count == 9)
            for field in row.fields {
                #expect(!["=", "+", "-", "@"].contains(field.first.map(String.init) ?? ""), "live formula: \(field)")
            }
        }
        let renamed = table.rows.first { $0.fields.last == "Capacitación en diseño de servicios para los equipos" }
        #expect(renamed?.fields[7] == "Capacitación <b>en</b> diseño")
    }

    @Test func methodChaptersFollowTheDocumentedSchema() throws {
        let export = try ExportFixture()
        let layout = FindingsLayout(chapters: [
            .init(title: LocalizedText(en: "By table", es: "Por mesa"), questions: [1], grouping: .table),
            .init(
                title: LocalizedText(en: "By round", es: "Por ronda"), questions: [2], grouping: .round, showsConclusions: false),
        ])
        var source = export.fixture.source()
        source.layout = layout
        let report = FindingsBuilder(options: FindingsOptions(language: .es)).build([source])
        let json = try JSONValue(parsing: FindingsJSONRenderer(report: report).render())
        let validator = try JSONSchemaValidator(file: "docs/findings.schema.json")
        #expect(validator.validate(json) == [])
        let first = try #require(json["questions"]?[0]?["chapter"])
        #expect(first["title"] == "Por mesa" && first["grouping"] == "table" && first["showsConclusions"] == true)
        // Every note of question 1 is counted once, at its table.
        let groups = first["groups"]?.arrayValue ?? []
        #expect(groups.compactMap { $0["notes"]?.intValue }.reduce(0, +) == report.questions[0].notes)
        let themeNotes = try #require(first["themeNotes"]?.objectValue)
        #expect(themeNotes.flatMap { $0.value.arrayValue ?? [] }.compactMap(\.intValue).reduce(0, +) == report.questions[0].notes)
        #expect(json["questions"]?[1]?["chapter"]?["grouping"] == "round")
        #expect(json["questions"]?[2]?["chapter"] == .null)
        // The schema catches a chapter of the wrong shape.
        let text = FindingsJSONRenderer(report: report).render().replacingOccurrences(
            of: "\"grouping\": \"table\"", with: "\"grouping\": \"tables\"")
        #expect(!validator.validate(try JSONValue(parsing: text)).isEmpty)
    }

    @Test func jsonFollowsTheDocumentedSchema() throws {
        let export = try ExportFixture()
        let validator = try JSONSchemaValidator(file: "docs/findings.schema.json")
        for anonymise in [false, true] {
            let report = FindingsFixture.report([export.fixture], anonymise: anonymise)
            let renderer = FindingsJSONRenderer(report: report)
            let text = renderer.render()
            #expect(text == renderer.json().serialized(pretty: true) + "\n")
            let json = try JSONValue(parsing: text)
            #expect(validator.validate(json) == [])
            #expect(json["format"] == "workshop-findings")
            #expect(json["version"] == 1)
            #expect(json["anonymised"]?.boolValue == anonymise)
            #expect(json["notes"]?.arrayValue?.count == report.notes.count)
            let themes =
                json["questions"]?.arrayValue?.flatMap { $0["dimensions"]?.arrayValue ?? [] }
                .flatMap { $0["themes"]?.arrayValue ?? [] } ?? []
            #expect(themes.count == report.themes.count)
            #expect(themes.contains { $0["customName"]?.stringValue == "Capacitación <b>en</b> diseño" })
            let vote = json["questions"]?[0]?["votes"]?[0]
            #expect(vote?["tieBreak"]?["order"] == .array(["C2", "C1"]))
            #expect(vote?["kept"] == .array(["C2"]))
        }
        // The validator does catch a broken document.
        let broken: JSONValue = ["format": "workshop-findings", "version": 2]
        #expect(!validator.validate(broken).isEmpty)
    }

    @Test func qdcIsWellFormedREFIQDAWithStableGUIDs() throws {
        let export = try ExportFixture()
        let report = export.report
        let wording = FindingsWording(report: report)
        let xml = QDACodebookRenderer(wording: wording).render()
        #expect(xml == QDACodebookRenderer(wording: FindingsWording(report: export.report)).render())
        let reader = QDCReader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map { String(describing: $0) } ?? "")")
        #expect(reader.root == "CodeBook")
        #expect(reader.namespace == "urn:QDA-XML:codebook:1.0")
        let codable = reader.codes.filter { $0.codable }
        #expect(Set(codable.map(\.guid)) == Set(report.themes.map(\.guid)))
        #expect(codable.contains { $0.name == "Capacitación <b>en</b> diseño" })
        #expect(
            reader.codes.filter { !$0.codable }.count == report.questions.count
                + report.questions.reduce(0) { $0 + $1.dimensions.count })
        let pattern = "^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$"
        for code in reader.codes { #expect(code.guid.range(of: pattern, options: .regularExpression) != nil) }
        #expect(Set(reader.codes.map(\.guid)).count == reader.codes.count)
        for member in reader.memberCodes { #expect(reader.codes.contains { $0.guid == member }) }
        #expect(reader.sets == report.crossCutting.filter { !$0.relatedThemes.isEmpty }.count)

        let codebook = try CSVTable(bytes: Array(CodebookCSVRenderer(wording: wording).render().utf8))
        #expect(codebook.rows.first?.fields.prefix(4) == ["tema", "descripción", "notas", "mesas"])
        #expect(codebook.rows.count == report.themes.count + 1)
        let row = try #require(codebook.rows.first { $0.fields.first == "Capacitación <b>en</b> diseño" })
        let theme = try #require(report.themeOf(export.renamed))
        #expect(row.fields[2] == String(theme.counts.notes))
        #expect(row.fields[3] == String(theme.counts.tables))
        #expect(row.fields.last == theme.guid)
    }

    @Test func correctionsReachEveryFormat() throws {
        let export = try ExportFixture()
        let wording = FindingsWording(report: export.report)
        let name = "Capacitación <b>en</b> diseño"
        #expect(FindingsMarkdownRenderer(wording: wording).render().contains(MarkdownText.inline(name)))
        #expect(FindingsHTMLRenderer(wording: wording).render().contains(HTMLText.escape(name)))
        #expect(FindingsCSVRenderer(wording: wording).render().contains(name))
        #expect(
            FindingsJSONRenderer(report: export.report).render().contains("\"customName\": \"Capacitación <b>en</b> diseño\""))
        #expect(QDACodebookRenderer(wording: wording).render().contains("name=\"\(HTMLText.escape(name))\""))
        #expect(CodebookCSVRenderer(wording: wording).render().contains(name))
    }

    @Test func tableOfContentsLinksOnlyToSectionsThePageHas() throws {
        var withoutDimensions = try ExportFixture().report
        for index in withoutDimensions.questions.indices { withoutDimensions.questions[index].dimensions = [] }
        for report in [try ExportFixture().report, withoutDimensions] {
            let html = FindingsHTMLRenderer(wording: FindingsWording(report: report)).render()
            let toc = try #require(html.firstRange(of: "</nav>")).lowerBound
            let links = html[..<toc].split(separator: "href=\"#").dropFirst().compactMap { $0.split(separator: "\"").first }
            #expect(links.count >= 6)
            for link in links { #expect(html.contains("id=\"\(link)\""), "no section for #\(link)") }
            let wording = FindingsWording(report: report)
            let markdown = FindingsMarkdownRenderer(wording: wording).render()
            #expect(html.contains("id=\"heat-map\"") == !report.dimensionColumns.isEmpty)
            #expect(markdown.contains("## \(wording.text(.findingsHeatMap))") == !report.dimensionColumns.isEmpty)
        }
    }

    @Test func englishHeadings() throws {
        let report = FindingsFixture.report([try ExportFixture().fixture], language: .en)
        let markdown = FindingsMarkdownRenderer(wording: FindingsWording(report: report)).render()
        for heading in [
            "## At a glance", "## Attendance", "## Question 1: Good practices", "## Cross-cutting themes",
            "## The agenda as it ran", "### Conclusions kept",
        ] {
            #expect(markdown.contains(heading), "missing \(heading)")
        }
        #expect(FindingsCSVRenderer(wording: FindingsWording(report: report)).render().hasPrefix("\u{FEFF}note,question,"))
    }
}

/// Collects the codes and sets of a `.qdc` file.
final class QDCReader: NSObject, XMLParserDelegate {
    struct Code {
        var guid: String
        var name: String
        var codable: Bool
    }

    var root: String?
    var namespace: String?
    var codes: [Code] = []
    var memberCodes: [String] = []
    var sets = 0

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if root == nil {
            root = elementName
            namespace = namespaceURI
        }
        switch elementName {
        case "Code":
            codes.append(
                Code(guid: attributes["guid"] ?? "", name: attributes["name"] ?? "", codable: attributes["isCodable"] == "true"))
        case "MemberCode": memberCodes.append(attributes["guid"] ?? "")
        case "Set": sets += 1
        default: break
        }
    }
}
