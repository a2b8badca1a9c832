import Engine
import Foundation
import Testing

@testable import WorkshopCLI

@Suite struct CheckInCommandTests {
    /// The demo roster's participants (the sessions below are created from it).
    static let roster = (try? RosterReader.read(bytes: Array(CLITesting.rosterCSV().utf8), file: "r").participants) ?? []

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func marksWalkInsAndReplans() throws {
        let scratch = try Scratch()
        let session = try scratch.session()
        let absentee = try #require(Self.roster.first)
        let run = CLITesting.run([
            "checkin", session, "--absent", absentee.name, "--absent", "5", "--walk-in",
            "Rosa Vidal Soto;Servicio de Salud;Maule",
            "--all-present", "--lang", "en", "--no-color",
        ])
        #expect(run.code == 0, "\(run.errors)")
        #expect(run.output.contains("Absent (2): \(absentee.name) (#1), "))
        #expect(run.output.contains("Walk-ins (1): Rosa Vidal Soto (#57, Servicio de Salud)"))
        #expect(run.output.contains("Present (54): "))
        #expect(run.output.contains("and 42 more"))
        #expect(run.output.contains("Seating re-planned for rounds 1–3."))
        #expect(run.output.contains("Seating quality"))
        #expect(run.output.contains("Repeated pairs: "))
        let state = try Session.open(at: session).state
        #expect(state.participants.count == 57)
        #expect(state.participant(57)?.status == .walkIn && state.participant(5)?.status == .absent)
        for round in state.seating {
            #expect(round.table(of: 57) != nil && round.table(of: 1) == nil && round.table(of: 5) == nil)
        }
        // The plan shows the new seating and the recorded quality.
        let plan = try JSONValue(parsing: CLITesting.run(["plan", session, "--format", "json"]).output)
        let walkIn = try #require(plan["participants"]?.arrayValue?.first { $0["id"] == 57 })
        #expect(walkIn["status"] == "walk-in")
        #expect(walkIn["tables"]?.arrayValue?.allSatisfy { $0.intValue != nil } == true)
        #expect(plan["quality"]?["repeatedPairs"]?.intValue == state.seatingQuality?.repeatedPairs)
    }

    @Test func unknownOrAmbiguousNamesRecordNothing() throws {
        let scratch = try Scratch()
        let session = try scratch.session()
        let before = try Self.bytes(session)
        let person = try #require(Self.roster.first)
        let typo = String(person.name.dropLast())
        let unknown = CLITesting.run(["checkin", session, "--absent", typo, "--walk-in", "Nueva Persona;X", "--lang", "en"])
        #expect(unknown.code == 1)
        #expect(unknown.errors.contains("\"\(typo)\" is not on the roster. Did you mean '\(person.name)'?"))
        // Two people share a first name in the demo roster.
        let first = try #require(
            Dictionary(grouping: Self.roster, by: { $0.name.split(separator: " ")[0] }).sorted { $0.key < $1.key }
                .first { $0.value.count > 1 })
        let ambiguous = CLITesting.run(["checkin", session, "--present", String(first.key), "--lang", "en"])
        #expect(ambiguous.code == 1)
        #expect(ambiguous.errors.contains("matches \(first.value.count) participants"))
        for candidate in first.value { #expect(ambiguous.errors.contains("#\(candidate.id) \(candidate.name)")) }
        let conflict = CLITesting.run(["checkin", session, "--present", "3", "--absent", "#3", "--lang", "en"])
        #expect(conflict.code == 1)
        #expect(conflict.errors.contains("is marked both present and absent"))
        let onRoster = CLITesting.run(["checkin", session, "--walk-in", person.name.uppercased() + ";Otra", "--lang", "en"])
        #expect(onRoster.code == 1)
        #expect(onRoster.errors.contains("already on the roster as #1"))
        #expect(try Self.bytes(session) == before, "nothing is recorded on error")
    }

    @Test func usageErrors() throws {
        let scratch = try Scratch()
        let session = try scratch.session()
        let nothing = CLITesting.run(["checkin", session, "--lang", "en"])
        #expect(nothing.code == 64)
        #expect(nothing.errors.contains("say who came"))
        let badWalkIn = CLITesting.run(["checkin", session, "--walk-in", "Solo un nombre", "--lang", "en"])
        #expect(badWalkIn.code == 64)
        #expect(badWalkIn.errors.contains("NAME;INSTITUTION[;REGION]"))
        let spanish = CLITesting.run(["checkin", session, "--lang", "es"])
        #expect(spanish.errors.contains("indica quién vino"))
    }

    @Test func importsACheckInList() throws {
        let scratch = try Scratch()
        let session = try scratch.session()
        let people = Array(Self.roster.prefix(3))
        let list = try scratch.write(
            "asistencia.csv",
            """
            Nombre,Institución,Asistencia
            \(people[0].name.lowercased()),,x
            \(people[1].name),,ausente
            \(people[2].name),,
            Rosa Vidal Soto,Servicio de Salud,nuevo

            """)
        let run = CLITesting.run(["checkin", session, "--list", list, "--lang", "en"])
        #expect(run.code == 0, "\(run.errors)")
        #expect(run.output.contains("1 rows of the list had no attendance mark"))
        #expect(run.output.contains("Absent (1): \(people[1].name) (#2)"))
        #expect(run.output.contains("Walk-ins (1): Rosa Vidal Soto (#57, Servicio de Salud)"))
        let state = try Session.open(at: session).state
        #expect(state.participant(1)?.status == .present && state.participant(3)?.status == .registered)

        let bad = try scratch.write("mala.csv", "Nombre,Asistencia\n\(people[0].name),quizás\n")
        let before = try Self.bytes(session)
        let refused = CLITesting.run(["checkin", session, "--list", bad, "--lang", "en"])
        #expect(refused.code == 1)
        #expect(refused.errors.contains("mala.csv line 2: attendance \"quizás\""))
        let typo = try scratch.write("typo.csv", "Nombre\nPersona Que No Existe\n")
        let unknown = CLITesting.run(["checkin", session, "--list", typo, "--lang", "en"])
        #expect(unknown.errors.contains("typo.csv:2: \"Persona Que No Existe\" is not on the roster."))
        #expect(try Self.bytes(session) == before)
    }

    /// Between rounds: finished rounds stay as they were; in the running round nobody moves and
    /// newcomers are told where to sit.
    @Test func aRunningRoundKeepsItsPeople() throws {
        let scratch = try Scratch()
        let path = try scratch.session()
        let session = try Session.open(at: path, clock: CLITesting.clock)
        let agenda = session.state.agenda
        try session.append([
            PhaseStarted(phase: try #require(agenda.phaseIndex(ofRound: 1))),
            PhaseStarted(phase: try #require(agenda.phaseIndex(ofRound: 2))),
        ])
        let before = session.state.seating
        let run = CLITesting.run([
            "checkin", path, "--walk-in", "Rosa Vidal Soto;Servicio de Salud", "--absent", "9", "--lang", "en",
        ])
        #expect(run.code == 0, "\(run.errors)")
        #expect(run.output.contains("Round 2 is running: nobody in it moves."))
        #expect(run.output.contains("Sit down now: Rosa Vidal Soto at table "))
        #expect(run.output.contains("Seating re-planned for rounds 3–3."))
        #expect(run.output.contains("Rounds 1–2 keep their seating"))
        let after = try Session.open(at: path).state.seating
        #expect(after[0] == before[0])
        for table in before[1].tables {
            #expect(Set(table.participants).subtracting([9]).isSubset(of: after[1].participants(atTable: table.table)))
        }
        #expect(after[2].table(of: 57) != nil && after[2].table(of: 9) == nil)
    }
}
