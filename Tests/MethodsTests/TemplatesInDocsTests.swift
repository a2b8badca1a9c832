import Engine
import MethodTestKit
import Testing

/// The templates of docs/WRITING-A-METHOD.md stay correct: the Swift one is compiled into
/// this target (DocumentedTemplate.swift links to docs/templates/MyMethod.swift) and both
/// keep every guarantee.
@Suite struct TemplatesInDocsTests {
    @Test func theSwiftTemplateKeepsEveryGuarantee() {
        let report = verifyMethod(MyMethod())
        #expect(report.isValid, "\(report)")
    }

    @Test func theJSONTemplateLoadsAndKeepsEveryGuarantee() throws {
        let root = FilePath.directory(of: FilePath.directory(of: FilePath.directory(of: #filePath)))
        let set = TemplateLoader.load([.file(root + "/docs/templates/method.json")])
        #expect(set.errors.isEmpty, "\(set.errors)")
        let method = try #require(set.method(named: "my-method"))
        let report = verifyMethod(method, canvases: set.canvases)
        #expect(report.isValid, "\(report)")
        let plan = try MethodTesting.plan(method)
        #expect(plan.agenda.rounds.map(\.movement) == [.rotate, .rotate, .stay])
        #expect(plan.agenda.canvases.map(\.id) == ["opsi-dimensions", "my-canvas"])
    }
}
