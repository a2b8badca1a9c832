import Engine
import Foundation

@testable import WorkshopCLI

/// Runs `workshop` in-process and collects what it wrote.
struct CLIResult {
    let code: Int32
    let output: String
    let errors: String
}

enum CLITesting {
    static let clock = ManualTimeSource(start: Timestamp(year: 2026, month: 12, day: 1, hour: 12))

    static func run(_ arguments: [String], environment: [String: String] = [:]) -> CLIResult {
        let output = CapturedOutput()
        let errors = CapturedOutput()
        let code = Workshop.run(
            arguments, output: output, errorOutput: errors, input: StringInput(""), environment: environment, clock: clock)
        return CLIResult(code: code, output: output.text, errors: errors.text)
    }

    /// The demo's 56-person roster as CSV, with `extra` lines (already CSV) appended.
    static func rosterCSV(extra: [String] = []) -> String {
        DemoRoster.csv(seed: 1) + extra.map { $0 + "\r\n" }.joined()
    }
}

/// A temporary directory for one test, removed when the test ends.
final class Scratch {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "workshop-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let target = file(name)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: file(name))), as: UTF8.self)
    }

    /// A session created with `workshop new` from the demo roster (plus `extra` rows).
    func session(
        _ method: String = "opsi-facets", name: String = "s.workshop", options: [String] = [], extra: [String] = []
    ) throws -> String {
        let roster = try write("roster.csv", CLITesting.rosterCSV(extra: extra))
        let result = CLITesting.run(["new", method, "--roster", roster, "-o", file(name)] + options)
        guard result.code == 0 else { throw SessionFailure(message: result.errors) }
        return file(name)
    }

    struct SessionFailure: Error { let message: String }
}
