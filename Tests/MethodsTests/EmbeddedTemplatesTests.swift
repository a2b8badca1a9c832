import MethodTestKit
import Testing

@testable import Engine

/// `Canvases/*.json` is the source of truth; the binary embeds it. These tests fail when
/// the two drift apart (run `Scripts/embed-canvases.sh`) or when a file is not usable.
@Suite struct EmbeddedTemplatesTests {
    static let root = FilePath.directory(of: FilePath.directory(of: FilePath.directory(of: #filePath)))

    @Test func embeddedFilesMatchTheCanvasesDirectory() throws {
        let directory = Self.root + "/Canvases"
        let names = try FilePath.contents(ofDirectory: directory).filter { $0.hasSuffix(".json") }
        #expect(EmbeddedTemplates.files.map(\.name) == names, "run Scripts/embed-canvases.sh")
        for (name, text) in EmbeddedTemplates.files {
            let onDisk = String(decoding: try FilePath.read(directory + "/" + name), as: UTF8.self)
            let normalized = onDisk.hasSuffix("\n") ? String(onDisk.dropLast()) : onDisk
            #expect(text == normalized, "Canvases/\(name) changed: run Scripts/embed-canvases.sh")
        }
    }

    @Test func everyTemplateLoadsAndIsNamedAfterItsId() throws {
        let set = TemplateLoader.builtIn
        #expect(set.errors.isEmpty, "\(set.errors)")
        for file in TemplateSource.embedded.files {
            guard case .success(let content) = TemplateLoader.read(file) else {
                Issue.record("\(file.path) does not load"); continue
            }
            let id: String
            switch content {
            case .canvas(let canvas, _): id = canvas.id
            case .method(let definition, _): id = definition.id
            }
            #expect(FilePath.fileName(of: file.path) == id + ".json")
        }
        for id in ["opsi-dimensions", "oecd-facets", "dd-discover", "world-cafe-tablecloth", "one-two-four-all"] {
            #expect(CanvasLibrary.builtIn.canvas(id) != nil, "missing built-in canvas \(id)")
        }
        #expect(
            CanvasLibrary.builtIn.canvases.allSatisfy { $0.sections.allSatisfy { !$0.title.en.isEmpty && !$0.title.es.isEmpty } })
    }

    @Test(arguments: TemplateLoader.builtIn.methods.map(\.description.id))
    func everyDeclarativeFileKeepsEveryGuarantee(id: String) throws {
        let method = try #require(TemplateLoader.builtIn.method(named: id))
        let report = verifyMethod(method)
        #expect(report.isValid, "\(report)")
    }

    @Test func theGalleryWalkReturnsHomeAndRefusesExtraQuestions() throws {
        let method = try #require(TemplateLoader.builtIn.method(named: "galeria"))
        let plan = try MethodTesting.plan(method)
        #expect(plan.agenda.rounds.map(\.movement) == [.rotate, .rotate, .rotate, .home])
        #expect(plan.seating[3].tables == plan.seating[0].tables)
        #expect(plan.agenda.tables.allSatisfy { $0.hosts.count == 1 })
        #expect(plan.agenda.phases.map(\.title.en).contains("Gallery walk 2"))
        #expect(
            MethodTesting.refusal(method, [("questions", "A|B")])
                == .invalidParameter(parameter: "questions", value: "A|B", expected: .exactTexts(1)))
        #expect(try MethodTesting.plan(method, [("questions", "¿Otra?")]).agenda.questions[0].text.es == "¿Otra?")
    }
}
