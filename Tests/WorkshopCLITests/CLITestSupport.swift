import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

/// The result of running the CLI once.
struct CLIRun {
    let status: Int32
    let output: String
    let error: String

    var code: Int32 { status }
    var errors: String { error }
}

typealias CLIResult = CLIRun

/// Runs `workshop` in-process with captured streams, an injected clock and environment.
func runCLI(
    _ arguments: [String], input: String = "", environment: [String: String] = ["LANG": "en_US.UTF-8"],
    clock: any TimeSource = ManualTimeSource(start: Timestamp(year: 2026, month: 12, day: 1, hour: 12)),
    terminal: Bool = false
) -> CLIRun {
    let output = CapturedOutput(isTerminal: terminal)
    let error = CapturedOutput(isTerminal: terminal)
    let status = Workshop.run(
        arguments, output: output, errorOutput: error, input: StringInput(input), environment: environment, clock: clock)
    return CLIRun(status: status, output: output.text, error: error.text)
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

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let target = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
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

/// A roster of `count` people from a few institutions.
func sampleRoster(_ count: Int = 24) -> String {
    var lines = ["Nombre,Institución,Región,Correo,Cargo"]
    for index in 1...count {
        lines.append("Persona \(index),Servicio \(index % 6),Región \(index % 3),p\(index)@ejemplo.cl,Analista")
    }
    return lines.joined(separator: "\n") + "\n"
}

/// Creates a session from a sample roster and returns its path.
func makeSession(in scratch: Scratch, people: Int = 24, extra: [String] = []) throws -> String {
    let roster = try scratch.write("roster.csv", sampleRoster(people))
    let path = scratch.file("taller.workshop")
    let run = runCLI(["new", "opsi-facets", "--roster", roster, "-o", path] + extra)
    guard run.status == 0 else { throw CLITestFailure(run: run) }
    return path
}

struct CLITestFailure: Error, CustomStringConvertible {
    let run: CLIRun
    var description: String { "exit \(run.status)\n\(run.output)\n\(run.error)" }
}

/// The built `workshop` binary, for end-to-end tests through a real process.
enum BuiltBinary {
    static var repositoryRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    /// The debug binary, or nil when it has not been built (the test then skips).
    static var path: String? {
        for configuration in ["debug", "release"] {
            let candidate = repositoryRoot + "/.build/\(configuration)/workshop"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs the binary and waits for it.
    static func run(
        _ arguments: [String], input: Data? = nil, environment: [String: String] = [:], directory: String? = nil
    ) throws -> CLIRun {
        guard let path else { throw CLITestFailure(run: CLIRun(status: -1, output: "", error: "binary not built")) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "en_US.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let error = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(input) }
        try inputPipe.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRun(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            error: String(decoding: errData, as: UTF8.self))
    }
}
