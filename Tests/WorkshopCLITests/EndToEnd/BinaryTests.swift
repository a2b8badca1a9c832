import Foundation
import Testing

@testable import Engine

/// A few paths through the real `workshop` process: exit codes, streams, argv bytes,
/// and several processes appending to one session at once.
@Suite(.enabled(if: BuiltBinary.path != nil, "build the workshop binary first (swift build)"))
struct BinaryTests {
    @Test func versionAndExitCodes() throws {
        let version = try BuiltBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output == "workshop \(WorkshopVersion.current)\n")
        let usage = try BuiltBinary.run(["notte"])
        #expect(usage.status == 64)
        #expect(usage.error.hasPrefix("Error: unknown command 'notte'. Did you mean 'note'?"))
        let failure = try BuiltBinary.run(["status", "/nonexistent/x.workshop"])
        #expect(failure.status == 1)
        #expect(failure.error.hasPrefix("Error: "))
    }

    @Test func spanishFromTheEnvironment() throws {
        let run = try BuiltBinary.run(["status"], environment: ["LANG": "es_CL.UTF-8"])
        #expect(run.status == 64)
        #expect(run.error.hasPrefix("Error: falta el argumento <FILE>."))
        #expect(run.error.contains("Uso: workshop status <FILE>"))
    }

    @Test func invalidUTF8ArgumentIsAUsageError() throws {
        let scratch = try Scratch()
        let path = try makeSession(in: scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let binary = try #require(BuiltBinary.path)
        // Pass raw bytes through the shell so the argument is not re-encoded.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" note \"$1\" --table 1 \"$(printf 'caf\\351')\"", binary, path]
        let error = Pipe()
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("argument 5 is not valid UTF-8"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func severalProcessesAppendAtOnce() throws {
        let scratch = try Scratch()
        let path = try makeSession(in: scratch)
        let binary = try #require(BuiltBinary.path)
        let writers = 6
        let notesEach = 40
        var processes: [Process] = []
        for writer in 0..<writers {
            // Each process appends its notes one by one (one lock, write and fsync each).
            let script = (0..<notesEach).map {
                "\"$0\" note \"$1\" --table \(writer % 3 + 1) 'p\(writer) n\($0)' >/dev/null || exit 1"
            }
            .joined(separator: "\n")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, binary, path]
            try process.run()
            processes.append(process)
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let state = try Session.open(at: path).state
        let texts = state.notes.all.map(\.text)
        #expect(texts.count == writers * notesEach)
        for writer in 0..<writers {
            #expect(texts.filter { $0.hasPrefix("p\(writer) ") } == (0..<notesEach).map { "p\(writer) n\($0)" })
        }
        // Every line is whole JSON.
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        for line in lines { #expect((try? JSONValue(parsing: String(line))) != nil) }
    }

    @Test func killedWriterLeavesTheJournalReadable() throws {
        let scratch = try Scratch()
        let path = try makeSession(in: scratch)
        let binary = try #require(BuiltBinary.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "i=0; while true; do \"$0\" note \"$1\" --table 1 \"nota $i\" >/dev/null; i=$((i+1)); done", binary, path,
        ]
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // Whatever the loop's child was doing when its parent died, every acknowledged note
        // is there and the file opens (a torn tail would be recovered).
        Thread.sleep(forTimeInterval: 0.3)
        let state = try Session.open(at: path).state
        #expect(state.notes.count > 0)
        let texts = state.notes.all.map(\.text)
        #expect(texts == (0..<texts.count).map { "nota \($0)" })
    }
}
