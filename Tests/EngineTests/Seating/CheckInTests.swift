import Catalog
import Testing

@testable import Engine

/// A session state folded in memory from the events `workshop new` records.
enum CheckInFixture {
    static let start = Timestamp(year: 2026, month: 12, day: 1, hour: 12)

    static func fold(_ events: [any JournalEvent], into state: inout SessionState) {
        for event in events {
            let context = EventContext(sequence: state.lastSequence + 1, at: start)
            event.apply(to: &state, context: context)
            state.lastSequence = context.sequence
            state.eventCount += 1
        }
    }

    /// An opsi-facets session (6 tables, 3 questions, 3 rounds) for `roster`.
    static func session(_ roster: [Participant], seed: Int = 1) throws -> SessionState {
        let method = try #require(Catalog.builtInTypes.first { $0.description.id == "opsi-facets" }?.init())
        let events = try SessionFactory.events(
            info: SessionInfo(title: "Prueba", method: "opsi-facets", seed: seed), method: method, participants: roster,
            parameters: try MethodParameters(resolving: [], for: method.description))
        var state = SessionState()
        fold(events, into: &state)
        return state
    }

    /// Starts the phase of round `round` (and so every phase before it has run).
    static func startRound(_ round: Int, in state: inout SessionState) throws {
        let phase = try #require(state.agenda.phaseIndex(ofRound: round))
        fold([PhaseStarted(phase: phase)], into: &state)
    }

    /// Applies a check-in and returns its decision.
    static func checkIn(_ request: CheckIn, in state: inout SessionState) throws -> CheckIn.Decision {
        let decision = try request.decide(in: state)
        fold(decision.events, into: &state)
        return decision
    }

    static func roster(_ count: Int, seed: UInt64 = 1) -> [Participant] {
        var generator = SeededGenerator(seed: seed)
        return SeatingFixtures.roster(count: count, institutions: 18, generator: &generator)
    }

    static func walkIns(_ count: Int) -> [CheckIn.WalkIn] {
        (1...max(1, count)).prefix(count).map { CheckIn.WalkIn(name: "Llegada \($0)", institution: "Servicio \($0 % 7)") }
    }
}

@Suite struct CheckInTests {
    @Test func beforeTheFirstRoundEverythingIsPlannedAgain() throws {
        var state = try CheckInFixture.session(CheckInFixture.roster(56))
        let decision = try CheckInFixture.checkIn(
            CheckIn(absent: [.init("Persona 3"), .init("#7")], walkIns: CheckInFixture.walkIns(2), othersPresent: true),
            in: &state)
        #expect(decision.changes.filter { $0.status == .absent }.map(\.participant.id) == [3, 7])
        #expect(decision.changes.filter { $0.status == .present }.count == 54)
        #expect(decision.walkIns.map(\.id) == [57, 58])
        #expect(decision.walkIns.allSatisfy { $0.status == .walkIn })
        #expect(
            decision.events.map { type(of: $0).type } == [
                "participants.checked-in", "participants.registered", "seating.planned",
            ])
        let replan = try #require(decision.replan)
        #expect(replan.fromRound == 1 && replan.runningRound == nil)
        #expect(SeatingFixtures.violations(state.seating, agenda: state.agenda, participants: state.participants) == [])
        #expect(state.seatingQuality == replan.quality)
        #expect(state.participants.filter { $0.status == .absent }.map(\.id) == [3, 7])
    }

    /// Re-planning between rounds keeps the finished rounds exactly and counts their encounters.
    @Test func finishedRoundsAreKeptAndTheirEncountersCount() throws {
        var state = try CheckInFixture.session(CheckInFixture.roster(40))
        try CheckInFixture.startRound(1, in: &state)
        try CheckInFixture.startRound(2, in: &state)
        let before = state.seating
        // Round 2 is running: marked between rounds in a break would be the same without it.
        let decision = try CheckInFixture.checkIn(
            CheckIn(absent: [.init("Persona 10")], walkIns: CheckInFixture.walkIns(3)), in: &state)
        let replan = try #require(decision.replan)
        #expect(replan.runningRound == 2 && replan.fromRound == 3)
        #expect(state.seating[0] == before[0], "round 1 is kept exactly")
        // The running round: nobody moves, the absent person leaves, walk-ins join.
        let running = state.seating[1]
        for table in before[1].tables {
            let now = Set(running.participants(atTable: table.table))
            #expect(Set(table.participants).subtracting([10]).isSubset(of: now))
        }
        #expect(running.table(of: 10) == nil)
        #expect(decision.walkIns.allSatisfy { running.table(of: $0.id) != nil })
        #expect(
            SeatingFixtures.violations(state.seating, agenda: state.agenda, participants: state.participants, from: 2) == [])
        // The report counts every round, the kept ones included.
        let quality = try #require(state.seatingQuality)
        #expect(quality.repeatedPairs == SeatingFixtures.repeatedPairs(state.seating, agenda: state.agenda))
        #expect(quality.plannedRounds == 1)
    }

    /// 3 % and 55 % walk-ins, with no-shows, in the reference-sized room.
    @Test(arguments: [2, 31])
    func walkInsAndNoShows(walkIns: Int) throws {
        var state = try CheckInFixture.session(CheckInFixture.roster(56, seed: 4))
        let absent = (1...5).map { CheckIn.Mark("#\($0 * 9)") }
        let decision = try CheckInFixture.checkIn(
            CheckIn(absent: absent, walkIns: CheckInFixture.walkIns(walkIns), othersPresent: true), in: &state)
        #expect(decision.walkIns.count == walkIns)
        #expect(state.seatedParticipants.count == 56 - 5 + walkIns)
        #expect(SeatingFixtures.violations(state.seating, agenda: state.agenda, participants: state.participants) == [])
        let quality = try #require(state.seatingQuality)
        #expect(quality.coverageViolations == 0)
        #expect(quality.tableSizeSpread <= 1)
        #expect(quality.repeatedPairs == SeatingFixtures.repeatedPairs(state.seating, agenda: state.agenda))
    }

    @Test func namesAreFoundWithoutCaseAccentsOrTheWholeName() throws {
        let people = [
            Participant(id: 1, name: "José Ignacio Pérez Soto", email: "jose@ejemplo.cl"),
            Participant(id: 2, name: "Ana María Rojas"),
            Participant(id: 3, name: "Ana Rojas Díaz"),
        ]
        let lookup = ParticipantLookup(participants: people)
        #expect(try lookup.find("jose ignacio perez soto").get().id == 1)
        #expect(try lookup.find("  JOSÉ   Pérez ").get().id == 1)
        #expect(try lookup.find("jose@EJEMPLO.cl").get().id == 1)
        #expect(try lookup.find("#2").get().id == 2)
        #expect(try lookup.find("3").get().id == 3)
        #expect(try lookup.find("Ana María").get().id == 2)
        guard case .failure(.ambiguous(_, let candidates)) = lookup.find("ana rojas") else {
            Issue.record("\"ana rojas\" names two people")
            return
        }
        #expect(candidates.map(\.id) == [2, 3])
        #expect(lookup.find("#9") == .failure(.unknownID(9)))
        #expect(lookup.find("Ana Rojas Diaz") == .success(people[2]))
        guard case .failure(.unknown(_, let suggestion)) = lookup.find("Ana Rojaz Díaz") else {
            Issue.record("a typo is not a match")
            return
        }
        #expect(suggestion == "Ana Rojas Díaz")
    }

    @Test func mistakesAreRefusedAndNothingIsDecided() throws {
        let state = try CheckInFixture.session(CheckInFixture.roster(20))
        func error(_ request: CheckIn) -> CheckInError? {
            do {
                _ = try request.decide(in: state)
                return nil
            } catch {
                return error
            }
        }
        #expect(
            error(CheckIn(present: [.init("Persona 99")])) == .unknownName("Persona 99", suggestion: "Persona 9", origin: nil))
        #expect(
            error(CheckIn(present: [.init("Zacarías Quintana")]))
                == .unknownName("Zacarías Quintana", suggestion: nil, origin: nil))
        #expect(error(CheckIn(present: [.init("Persona 1")], absent: [.init("#1")])) == .conflictingMarks(state.participants[0]))
        #expect(error(CheckIn(absent: [.init("#77", origin: "lista.csv:4")])) == .unknownID(77, origin: "lista.csv:4"))
        if case .ambiguousName(_, let candidates, _) = error(CheckIn(present: [.init("Persona")])) {
            #expect(candidates.count == 20)
        } else {
            Issue.record("\"Persona\" names everybody")
        }
        let onRoster = CheckIn(walkIns: [CheckIn.WalkIn(name: "persona 4", institution: "X")])
        #expect(error(onRoster) == .walkInOnRoster("persona 4", participant: state.participants[3]))
        let twice = CheckIn(walkIns: [.init(name: "Rosa", institution: "X"), .init(name: "ROSA", institution: "Y")])
        #expect(error(twice) == .duplicateWalkIn("ROSA"))
        #expect(throws: CheckInError.invalidWalkIn("Sin institución")) { try CheckIn.WalkIn(parsing: "Sin institución") }
        #expect(throws: CheckInError.invalidWalkIn(";Servicio")) { try CheckIn.WalkIn(parsing: ";Servicio") }
        #expect(
            try CheckIn.WalkIn(parsing: " Rosa Vidal ; Salud ; Maule ")
                == CheckIn.WalkIn(name: "Rosa Vidal", institution: "Salud", region: "Maule"))
        #expect(error(CheckIn(present: [.init("Persona 1")])) == nil)
        #expect(throws: CheckInError.notPlanned) { try CheckIn(othersPresent: true).decide(in: SessionState()) }
    }

    @Test func unchangedPeopleMeanNoNewSeating() throws {
        var state = try CheckInFixture.session(CheckInFixture.roster(20))
        let seating = state.seating
        // Registered people are seated already: marking them present changes attendance only.
        let first = try CheckInFixture.checkIn(CheckIn(othersPresent: true), in: &state)
        #expect(first.events.map { type(of: $0).type } == ["participants.checked-in"])
        #expect(first.replan == nil && state.seating == seating)
        // Marking them again changes nothing at all.
        let second = try CheckInFixture.checkIn(CheckIn(present: [.init("Persona 2")]), in: &state)
        #expect(second.events.isEmpty && second.changes.isEmpty)
    }

    @Test func afterTheDayOnlyAttendanceIsRecorded() throws {
        var state = try CheckInFixture.session(CheckInFixture.roster(20))
        CheckInFixture.fold([PhaseStarted(phase: 0), SessionFinished()], into: &state)
        let decision = try CheckInFixture.checkIn(CheckIn(absent: [.init("Persona 5")]), in: &state)
        #expect(decision.events.map { type(of: $0).type } == ["participants.checked-in"])
        #expect(decision.replan == nil)
    }

    @Test func checkInListsSayWhoCame() throws {
        let csv = """
            Nombre;Correo;Institución;Asistencia
            Persona 1;;;presente
            ;p2@ejemplo.cl;;Sí
            Persona 3;;;ausente
            Persona 4;;;
            Rosa Vidal;;Servicio de Salud;walk-in
            """
        let list = try CheckInList.read(bytes: Array(csv.utf8), file: "lista.csv")
        #expect(list.unmarked == 1)
        #expect(list.entries.map(\.mark) == [.present, .present, .absent, .walkIn])
        #expect(list.entries[1].email == "p2@ejemplo.cl" && list.entries[1].origin == "lista.csv:3")
        var roster = CheckInFixture.roster(8)
        roster[1].email = "p2@ejemplo.cl"
        var state = try CheckInFixture.session(roster)
        var request = CheckIn()
        request.add(list)
        let decision = try CheckInFixture.checkIn(request, in: &state)
        #expect(decision.changes.map(\.participant.id) == [1, 2, 3])
        #expect(decision.walkIns.map(\.name) == ["Rosa Vidal"])
        #expect(decision.walkIns.first?.institution == "Servicio de Salud")

        let bad = "Name,Attendance\nPersona 1,maybe\n"
        #expect(throws: CheckInError.invalidListStatus(file: "l.csv", line: 2, value: "maybe")) {
            try CheckInList.read(bytes: Array(bad.utf8), file: "l.csv")
        }
        #expect(throws: CheckInError.listMissingNameColumn(file: "l.csv", headers: ["Mesa"])) {
            try CheckInList.read(bytes: Array("Mesa\n1\n".utf8), file: "l.csv")
        }
        // Without an attendance column everyone listed came.
        let plain = try CheckInList.read(bytes: Array("Nombre\nPersona 1\nPersona 2\n".utf8), file: "l.csv")
        #expect(plain.entries.map(\.mark) == [.present, .present])
    }

    /// Check-ins and the recorded quality survive the journal: the state read back equals the
    /// state folded in memory.
    @Test func theJournalKeepsCheckInsAndQuality() throws {
        let directory = TemporaryDirectory()
        let method = try #require(Catalog.builtInTypes.first { $0.description.id == "opsi-facets" }?.init())
        let events = try SessionFactory.events(
            info: SessionInfo(title: "Prueba", method: "opsi-facets", seed: 3), method: method,
            participants: CheckInFixture.roster(30), parameters: try MethodParameters(resolving: [], for: method.description))
        let session = try Session.create(
            at: directory.file("s.workshop"), events: events, clock: ManualTimeSource(start: CheckInFixture.start))
        #expect(session.state.seatingQuality != nil)
        try session.append { state in
            try CheckIn(absent: [.init("Persona 2")], walkIns: CheckInFixture.walkIns(2), othersPresent: true).decide(in: state)
                .events
        }
        let reopened = try Session.open(at: directory.file("s.workshop"))
        #expect(reopened.state == session.state)
        #expect(reopened.state.participant(2)?.status == .absent)
        #expect(reopened.state.participant(31)?.status == .walkIn)
        #expect(reopened.state.seatingQuality?.plannedRounds == 3)
        #expect(reopened.state.seatingQuality == session.state.seatingQuality)
    }
}
