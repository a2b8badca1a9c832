import Foundation
import Testing

/// A few paths through the built `workshop` binary, run from directories outside the
/// repository: the built-in canvases travel inside the binary, and `./Canvases` of the
/// current directory joins them.
@Suite struct EndToEndTests {
    static let binary: String = BuiltBinary.path ?? BuiltBinary.repositoryRoot + "/.build/debug/workshop"

    static func run(_ arguments: [String], in directory: String) throws -> (code: Int32, output: String, errors: String) {
        let run = try BuiltBinary.run(arguments, environment: ["LANG": "C"], directory: directory)
        return (run.status, run.output, run.error)
    }

    @Test func builtInTemplatesNeedNoRepository() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build the package first: swift build")
        let scratch = try Scratch()
        let list = try Self.run(["canvas", "list", "--format", "json"], in: scratch.path)
        #expect(list.code == 0, "\(list.errors)")
        #expect(list.output.contains("\"opsi-dimensions\"") && list.output.contains("\"oecd-facets\""))
        try scratch.write("roster.csv", CLITesting.rosterCSV())
        let created = try Self.run(
            ["new", "world-cafe", "--roster", "roster.csv", "--start", "10:00", "-o", "cafe.workshop"], in: scratch.path)
        #expect(created.code == 0, "\(created.errors)")
        let plan = try Self.run(["plan", "cafe.workshop", "-o", "plan.html"], in: scratch.path)
        #expect(plan.code == 0, "\(plan.errors)")
        #expect(try scratch.read("plan.html").contains("10:00"))
        let bad = try Self.run(["plan", "cafe.workshop", "--format", "yaml"], in: scratch.path)
        #expect(bad.code == 64)
    }

    @Test func canvasesOfTheCurrentDirectoryJoin() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build the package first: swift build")
        let scratch = try Scratch()
        try scratch.write("Canvases/ronda.json", MethodsCommandTests.method)
        let methods = try Self.run(["methods", "--format", "json"], in: scratch.path)
        #expect(methods.code == 0, "\(methods.errors)")
        #expect(methods.output.contains("\"source\": \"Canvases/ronda.json\""))
        try scratch.write("Canvases/rota.json", "[1, 2")
        let broken = try Self.run(["methods"], in: scratch.path)
        #expect(broken.code == 1)
        #expect(broken.output.contains("ronda-express"))
        #expect(broken.errors.contains("Canvases/rota.json:1:"))
    }
}
