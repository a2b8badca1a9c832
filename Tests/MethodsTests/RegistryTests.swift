import Catalog
import Engine
import MethodTestKit
import Testing

/// A method as a designer would add it: one type in its own folder, plus one line in the
/// catalog. Defined here to show that nothing else is needed.
struct SilentReflection: BuiltInMethod {
    static let description = MethodDescription(
        id: "silent-reflection",
        aliases: ["reflexion"],
        name: LocalizedText(en: "Silent reflection", es: "Reflexión en silencio"),
        summary: LocalizedText(
            en: "Everyone writes alone at a shared table, then the room reads the notes aloud.",
            es: "Cada persona escribe sola en una mesa compartida y luego la sala lee las notas en voz alta."),
        parameters: [
            MethodParameter(
                id: "minutes", kind: .integer(3...30), defaultValue: .integer(10),
                help: LocalizedText(en: "Minutes of writing.", es: "Minutos de escritura."))
        ])

    func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda {
        try setup.requireParticipants(2, method: Self.description.id)
        let tables = try setup.tableCount(preferredSize: 8)
        let canvas = try setup.canvases.require("one-two-four-all")
        return Agenda(
            tables: (1...tables).map { WorkshopTable(number: $0, name: String($0)) },
            questions: [Question(number: 1, title: LocalizedText("¿Qué aprendimos?"), text: LocalizedText("¿Qué aprendimos?"))],
            canvases: [canvas],
            phases: [
                Phase(
                    kind: .round, title: LocalizedText(en: "Writing", es: "Escritura"),
                    plannedSeconds: (setup.parameters.int("minutes") ?? 10) * 60, round: 1),
                Phase(kind: .plenary, title: LocalizedText(en: "Reading", es: "Lectura"), plannedSeconds: 600),
            ],
            rounds: [
                RoundPlan(round: 1, assignments: (1...tables).map { TableAssignment(table: $0, question: 1, canvas: canvas.id) })
            ],
            voting: nil)
    }
}

@Suite struct RegistryTests {
    @Test func findsByIdOrAliasIgnoringCase() throws {
        let registry = try Catalog.registry()
        #expect(registry.method(named: "World-Cafe")?.description.id == "world-cafe")
        #expect(registry.method(named: "facetas")?.description.id == "opsi-facets")
        #expect(registry.method(named: "1-2-4-all")?.description.id == "one-two-four-all")
        #expect(registry.method(named: "galeria")?.description.id == "gallery-walk")
        #expect(registry.method(named: "nothing") == nil)
    }

    @Test func suggestsTheNearestIdForATypo() throws {
        let registry = try Catalog.registry()
        #expect(throws: MethodError.unknownMethod("wrold-cafe", suggestion: "world-cafe", known: registry.ids)) {
            try registry.require("wrold-cafe")
        }
        // A typo of an alias suggests the method's id.
        #expect(registry.suggestion(for: "facetass") == "opsi-facets")
        #expect(registry.suggestion(for: "zzzzzz") == nil)
    }

    @Test func rejectsDuplicateAndMalformedNames() throws {
        #expect(throws: MethodError.duplicateIdentifier("opsi-facets")) {
            try MethodRegistry(Catalog.builtInTypes.map { $0.init() } + [Catalog.builtInTypes[0].init()])
        }
        struct Clash: BuiltInMethod {
            static let description = MethodDescription(
                id: "clash", aliases: ["cafe"], name: LocalizedText("x"), summary: LocalizedText("x."))
            func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda { .empty }
        }
        #expect(throws: MethodError.duplicateIdentifier("cafe")) {
            try Catalog.registry(types: Catalog.builtInTypes + [Clash.self])
        }
        struct Shouting: BuiltInMethod {
            static let description = MethodDescription(id: "Shouting", name: LocalizedText("x"), summary: LocalizedText("x."))
            func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda { .empty }
        }
        #expect(throws: MethodError.invalidIdentifier("Shouting")) { try MethodRegistry([Shouting()]) }
    }

    @Test func addingAMethodIsOneTypeAndOneCatalogLine() throws {
        // What the catalog does with its list, with one more line in it.
        let registry = try Catalog.registry(types: Catalog.builtInTypes + [SilentReflection.self])
        #expect(registry.method(named: "reflexion")?.description.id == "silent-reflection")
        let report = verifyMethod(SilentReflection())
        #expect(report.isValid, "\(report)")
        // It creates sessions like any built-in method.
        let events = try SessionFactory.events(
            info: SessionInfo(title: "t", method: "silent-reflection"), method: try registry.require("silent-reflection"),
            participants: MethodTesting.roster,
            parameters: MethodParameters(resolving: [("minutes", "5")], for: SilentReflection.description))
        #expect(events.count == 4)
    }

    @Test func theCatalogListsEveryFolderOfSourcesMethods() throws {
        // One folder per method target, each in Package.swift and in the catalog: a folder
        // missing from either list fails here with its name.
        let root = FilePath.directory(of: FilePath.directory(of: FilePath.directory(of: #filePath)))
        let folders = try FilePath.contents(ofDirectory: root + "/Sources/Methods").filter { $0 != "Catalog" }
        let manifest = String(decoding: try FilePath.read(root + "/Package.swift"), as: UTF8.self)
        let modules = Set(Catalog.builtInTypes.map { String(String(reflecting: $0).split(separator: ".")[0]) })
        for folder in folders {
            #expect(manifest.contains("\"\(folder)\","), "Package.swift's methodTargets lacks \(folder)")
            #expect(modules.contains(folder), "Catalog.builtInTypes lacks the method of \(folder)")
        }
        #expect(modules.count == folders.count)
    }
}
