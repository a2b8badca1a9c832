import Foundation
import Testing

@testable import Engine

/// Eight systematisers' capture loops, as eight real processes, each appending 500 notes
/// one at a time (one lock, write and fsync each) to one session at once.
@Suite(.enabled(if: BuiltBinary.path != nil, "build the workshop binary first (swift build)"))
struct ConcurrentNotesTests {
    static let writers = 8
    static let notesEach = 500

    /// Note `index` of writer `writer`: accents, quotes, a backslash and an emoji, so a torn
    /// or interleaved line would show.
    static func text(writer: Int, index: Int) -> String {
        "w\(writer) n\(index) — ñandú \"comillas\" \\ 🙂 \(String(repeating: "x", count: (writer * 7 + index) % 40 + 1))"
    }

    @Test func eightProcessesAppendFiveHundredNotesEach() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let binary = try #require(BuiltBinary.path)
        let before = try Session.open(at: file).state.lastSequence
        var processes: [Process] = []
        for writer in 0..<Self.writers {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["notes", file, "--table", String(writer % 3 + 1), "--author", "Sistematizador \(writer)"]
            process.environment = ["LANG": "en_US.UTF-8"]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let lines = (0..<Self.notesEach).map { Self.text(writer: writer, index: $0) }.joined(separator: "\n") + "\n"
            // Written from another thread so all processes start reading at once.
            let handle = input.fileHandleForWriting
            Thread.detachNewThread {
                handle.write(Data(lines.utf8))
                try? handle.close()
            }
            processes.append(process)
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }

        let state = try Session.open(at: file).state
        let notes = state.notes.current
        #expect(notes.count == Self.writers * Self.notesEach)
        #expect(state.lastSequence == before + Self.writers * Self.notesEach)
        #expect(Set(notes.map(\.id)).count == notes.count)
        for writer in 0..<Self.writers {
            let mine = notes.filter { $0.author == "Sistematizador \(writer)" }
            // Every note of the writer, intact and in the order it typed them.
            let expected = (0..<Self.notesEach).map { Self.text(writer: writer, index: $0) }
            #expect(mine.count == expected.count, "writer \(writer)")
            let wrong = zip(mine.map(\.text), expected).first { $0 != $1 }
            #expect(wrong == nil, "writer \(writer): \(String(describing: wrong))")
            #expect(mine.allSatisfy { $0.table == writer % 3 + 1 && $0.round == 1 })
        }
        // Every line of the journal is whole JSON with the next sequence number.
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").dropFirst()
        for (offset, line) in lines.enumerated() {
            let value = try JSONValue(parsing: String(line))
            #expect(value["seq"] == .integer(offset + 1))
        }
    }
}
