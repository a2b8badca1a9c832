import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

@Suite struct NoteCommandTests {
    @Test func savesToTheCurrentRoundAndQuestion() throws {
        let scratch = try Scratch()
        let path = try makeSession(in: scratch)
        let run = runCLI(["note", path, "--table", "2", "--section", "2", "--author", "Ana", "Falta", "presupuesto"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == "Saved note #5 (table 2, round 1).\n")
        let session = try Session.open(at: path)
        let note = try #require(session.state.notes.note(5))
        #expect(note.text == "Falta presupuesto")
        #expect(note.section == "capacities")
        #expect(note.author == "Ana")
        #expect(note.question == 2)
        #expect(note.round == 1)
        // After the facilitator moves to round 2 (phase 2), notes follow.
        try session.append([PhaseStarted(phase: 2)])
        #expect(runCLI(["note", path, "-t", "2", "-s", "methods", "Otra idea"]).status == 0)
        #expect(try Session.open(at: path).state.notes.note(7)?.round == 2)
    }

    @Test func readsManyNotesFromStandardInputInOneWrite() throws {
        let scratch = try Scratch()
        let path = try makeSession(in: scratch)
        let run = runCLI(["note", path, "--table", "1", "--stdin"], input: "primera idea\n\n  segunda idea \r\ntercera")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Saved 3 notes #5–#7"))
        #expect(try Session.open(at: path).state.notes.all.map(\.text) == ["primera idea", "segunda idea", "tercera"])
    }

    @Test func spanishConfirmation() throws {
        let scratch = try Scratch()
        let path = try makeSession(in: scratch)
        let run = runCLI(["note", path, "--table", "1", "hola", "--lang", "es"])
        #expect(run.output == "Nota #5 guardada (mesa 1, ronda 1).\n")
    }

    @Test func badNotesAreRejectedAndNothingIsWritten() throws {
        let scratch = try Scratch()
        let path = try makeSession(in: scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let long = String(repeating: "á", count: 10_001)
        let cases: [([String], String, String)] = [
            (["note", path, "--table", "9", "hola"], "", "there is no table 9 in this session (tables: 1–3)"),
            (["note", path, "--table", "1", "   "], "", "the note is empty"),
            (["note", path, "--table", "1", long], "", "the note has 10001 characters; the limit is 10000"),
            (["note", path, "--table", "1", "--section", "9", "x"], "", "unknown section \"9\""),
            (["note", path, "--table", "1", "--stdin"], "\n  \n", "the note is empty"),
            (["note", try scratch.write("r.csv", "a,b\n"), "--table", "1", "x"], "", "is not a workshop session"),
        ]
        for (arguments, input, message) in cases {
            let run = runCLI(arguments, input: input)
            #expect(run.status == 1, "\(arguments.dropFirst(3)): \(run.error)")
            #expect(run.error.contains(message), "\(run.error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func invalidUTF8OnStandardInputIsRejected() throws {
        let scratch = try Scratch()
        let path = try makeSession(in: scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let output = CapturedOutput()
        let error = CapturedOutput()
        let input = StringInput(bytes: Array("buena\n".utf8) + [0x61, 0xFF, 0x62, 0x0A])
        let status = Workshop.run(
            ["note", path, "--table", "1", "--stdin"], output: output, errorOutput: error, input: input, environment: [:],
            clock: SystemTimeSource())
        #expect(status == 1)
        #expect(error.text.contains("line 2 of the input is not valid UTF-8"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func exactlyTenThousandCharactersIsAccepted() throws {
        let scratch = try Scratch()
        let path = try makeSession(in: scratch)
        #expect(runCLI(["note", path, "--table", "1", String(repeating: "ñ", count: 10_000)]).status == 0)
    }
}

@Suite struct StatusAndMethodsTests {
    @Test func statusInTextAndJSON() throws {
        let scratch = try Scratch()
        let path = try makeSession(in: scratch, extra: ["--title", "Taller \u{1B}[31mrojo", "--place", "Arica"])
        _ = runCLI(["note", path, "--table", "1", "uno"])
        let text = runCLI(["status", path])
        #expect(text.status == 0)
        #expect(text.output.contains("Taller rojo"))
        #expect(!text.output.contains("\u{1B}"))
        #expect(text.output.contains("Not started"))
        #expect(text.output.contains("Participants: 24"))
        #expect(text.output.contains("Tables: 3 · Questions: 3 · Notes: 1 · Votes: 0"))
        let json = runCLI(["status", path, "--format", "json"])
        let value = try JSONValue(parsing: json.output)
        #expect(value["notes"] == .integer(1))
        #expect(value["participants"]?["total"] == .integer(24))
        #expect(value["tables"] == .integer(3))
        #expect(value["method"] == .string("opsi-facets"))
        #expect(value["phase"] == .null)
        #expect(value["place"] == .string("Arica"))
    }

    @Test func methodsListsBuiltInsInJSON() throws {
        let run = runCLI(["methods", "--format", "json"])
        #expect(run.status == 0)
        let list = try #require(try JSONValue(parsing: run.output).arrayValue)
        #expect(list.contains { $0["id"] == .string("opsi-facets") })
        for method in list {
            #expect(method["id"]?.stringValue?.isEmpty == false)
            #expect(method["name"]?.stringValue?.isEmpty == false)
        }
        let spanish = runCLI(["methods", "--lang", "es"])
        #expect(spanish.output.contains("Rondas de facetas de innovación"))
    }
}

@Suite struct DemoCommandTests {
    @Test func demoWritesASessionAndItsOutputs() throws {
        let scratch = try Scratch()
        let directory = scratch.file("demo")
        let run = runCLI(["demo", "--out", directory])
        #expect(run.status == 0, "\(run.error)")
        let session = try Session.open(at: directory + "/demo.workshop")
        let state = session.state
        // The roster's 56, then the check-in at the door: a few no-shows, a few walk-ins.
        let walkIns = state.participants.filter { $0.status == .walkIn }
        let absent = state.participants.filter { $0.status == .absent }
        #expect(state.participants.count - walkIns.count == 56)
        #expect((2...4).contains(walkIns.count) && (3...5).contains(absent.count))
        #expect(Set(state.participants.map(\.institution)).count == 18)
        for round in state.seating {
            let seated = Set(round.tables.flatMap(\.participants))
            #expect(walkIns.allSatisfy { seated.contains($0.id) } && absent.allSatisfy { !seated.contains($0.id) })
        }
        let html = try String(contentsOfFile: directory + "/plan.html", encoding: .utf8)
        #expect(html.components(separatedBy: "class=\"itinerary\"").count - 1 == state.seatedParticipants.count)
        #expect(state.notes.count > 60)
        #expect(state.timeline.finishedAt != nil)
        #expect(Set(state.notes.all.map(\.table)) == Set(1...6))
        #expect(FileManager.default.fileExists(atPath: directory + "/roster.csv"))
        #expect(FileManager.default.fileExists(atPath: directory + "/status.json"))
        #expect(run.output.contains(directory + "/demo.workshop"))
        // Same seed, same day: the journals are identical.
        let again = scratch.file("demo2")
        #expect(runCLI(["demo", "--out", again]).status == 0)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: directory + "/demo.workshop"))
                == Data(contentsOf: URL(fileURLWithPath: again + "/demo.workshop")))
    }
}
