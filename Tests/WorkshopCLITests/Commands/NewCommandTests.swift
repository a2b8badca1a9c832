import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

@Suite struct NewCommandTests {
    @Test func createsASessionFromARoster() throws {
        let scratch = try Scratch()
        let roster = try scratch.write("inscritos.csv", sampleRoster(56))
        let path = scratch.file("taller.workshop")
        let run = runCLI([
            "new", "opsi-facets", "--roster", roster, "--title", "Taller regional", "--date", "2026-12-01", "--start", "09:30",
            "--place", "Talca", "-o", path,
        ])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Created \(path): opsi-facets, 56 participants from 6 institutions, 6 tables, 3 questions"))
        let state = try Session.open(at: path).state
        #expect(state.info.title == "Taller regional")
        #expect(state.info.date == "2026-12-01")
        #expect(state.info.startTime == "09:30")
        #expect(state.info.place == "Talca")
        #expect(state.participants.count == 56)
        #expect(state.agenda.tables.count == 6)
        #expect(state.seating.count == 3)
        // Everyone sits at exactly one table in every round.
        for round in state.seating {
            let seated = round.tables.flatMap(\.participants)
            #expect(seated.sorted() == Array(1...56))
        }
    }

    @Test func parametersAndTablesReachTheMethod() throws {
        let scratch = try Scratch()
        let roster = try scratch.write("r.csv", sampleRoster(30))
        let path = scratch.file("t.workshop")
        let run = runCLI([
            "new", "opsi", "--roster", roster, "--tables", "3", "--param", "minutes=25", "--param", "canvas=oecd-facets", "-o",
            path,
        ])
        #expect(run.status == 0, "\(run.error)")
        let state = try Session.open(at: path).state
        #expect(state.info.method == "opsi-facets")
        #expect(state.agenda.tables.count == 3)
        #expect(state.agenda.phases.first { $0.kind == .round }?.plannedSeconds == 25 * 60)
        #expect(state.agenda.canvases.map(\.id) == ["oecd-facets"])
        #expect(state.info.parameters["minutes"] == .integer(25))
    }

    @Test func badInputLeavesNothingBehind() throws {
        let scratch = try Scratch()
        let roster = try scratch.write("r.csv", sampleRoster(10))
        let path = scratch.file("t.workshop")
        let cases: [([String], Int32, String)] = [
            (["new", "opsi-facet", "--roster", roster, "-o", path], 1, "unknown method \"opsi-facet\""),
            (["new", "opsi-facets", "--roster", scratch.file("missing.csv"), "-o", path], 1, "no such file"),
            (["new", "opsi-facets", "--roster", try scratch.write("e.csv", ""), "-o", path], 1, "is empty"),
            (["new", "opsi-facets", "--roster", try scratch.write("n.csv", "correo\na@x\n"), "-o", path], 1, "no name column"),
            (["new", "opsi-facets", "--roster", roster, "--tables", "11", "-o", path], 1, "11 tables for 10 participants"),
            (["new", "opsi-facets", "--roster", roster, "--tables", "0", "-o", path], 64, "invalid value \"0\" for '--tables'"),
            (["new", "opsi-facets", "--roster", roster, "--param", "minuts=5", "-o", path], 1, "Did you mean 'minutes'?"),
            (["new", "opsi-facets", "--roster", roster, "--param", "minutes=500", "-o", path], 1, "from 5 to 120"),
            (["new", "opsi-facets", "--roster", roster, "--param", "canvas=kanban", "-o", path], 1, "unknown canvas \"kanban\""),
            (["new", "opsi-facets", "--roster", roster, "--param", "minutes", "-o", path], 64, "KEY=VALUE"),
            (["new", "opsi-facets", "--roster", roster], 64, "missing required option '--output'"),
        ]
        for (arguments, status, message) in cases {
            let run = runCLI(arguments)
            #expect(run.status == status, "\(arguments): \(run.error)")
            #expect(run.error.contains(message), "\(arguments): \(run.error)")
            #expect(!FileManager.default.fileExists(atPath: path), "\(arguments) wrote a session")
        }
        let unknown = runCLI(["new", "opsi-facet", "--roster", roster, "-o", path])
        #expect(unknown.error.contains("Did you mean 'opsi-facets'?"))
    }

    @Test func doesNotOverwriteWithoutForce() throws {
        let scratch = try Scratch()
        let path = try makeSession(in: scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let roster = scratch.file("roster.csv")
        let again = runCLI(["new", "opsi-facets", "--roster", roster, "-o", path])
        #expect(again.status == 1)
        #expect(again.error.contains("already exists"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(runCLI(["new", "opsi-facets", "--roster", roster, "-o", path, "--force"]).status == 0)
    }

    @Test func rosterWarningsGoToStandardError() throws {
        let scratch = try Scratch()
        let roster = try scratch.write("r.csv", "nombre,correo\nAna,a@x.cl\n,b@x.cl\nAna B,A@x.cl\nLuis,l@x.cl\n")
        let run = runCLI(["new", "opsi-facets", "--roster", roster, "--tables", "1", "-o", scratch.file("t.workshop")])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.contains("Warning: \(roster) line 3: row without a name, skipped."))
        #expect(run.error.contains("lines 2, 4: the same email \"A@x.cl\" appears more than once"))
    }
}
