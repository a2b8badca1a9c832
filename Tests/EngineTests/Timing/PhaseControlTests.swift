import Testing

@testable import Engine

@Suite struct PhaseControlTests {
    let t0 = TimingFixtures.start

    private func decide(_ action: PhaseAction, _ state: SessionState) throws(PhaseControlError) -> [String] {
        try PhaseControl.events(for: action, in: state).map { type(of: $0).type }
    }

    private func state(after events: [any JournalEvent]) -> SessionState {
        var state = TimingFixtures.plannedState()
        for (offset, event) in events.enumerated() { TimingFixtures.apply(event, at: t0.adding(seconds: offset), to: &state) }
        return state
    }

    @Test func startNextAndBack() throws {
        let fresh = state(after: [])
        #expect(try PhaseControl.events(for: .start(phase: nil), in: fresh) as? [PhaseStarted] == [PhaseStarted(phase: 0)])
        #expect(try PhaseControl.events(for: .next, in: fresh) as? [PhaseStarted] == [PhaseStarted(phase: 0)])
        #expect(throws: PhaseControlError.notStarted) { try decide(.back, fresh) }
        #expect(throws: PhaseControlError.notStarted) { try decide(.pause, fresh) }

        let running = state(after: [PhaseStarted(phase: 0)])
        #expect(throws: PhaseControlError.alreadyStarted(phase: 0)) { try decide(.start(phase: nil), running) }
        #expect(throws: PhaseControlError.atFirstPhase) { try decide(.back, running) }
        #expect(try PhaseControl.events(for: .next, in: running) as? [PhaseStarted] == [PhaseStarted(phase: 1)])
        #expect(try PhaseControl.events(for: .start(phase: 2), in: running) as? [PhaseStarted] == [PhaseStarted(phase: 2)])
        #expect(throws: PhaseControlError.unknownPhase(phase: 4, count: 4)) { try decide(.start(phase: 4), running) }

        let third = state(after: [PhaseStarted(phase: 0), PhaseStarted(phase: 2)])
        #expect(try PhaseControl.events(for: .back, in: third) as? [PhaseStarted] == [PhaseStarted(phase: 1)])
    }

    @Test func nextOnTheLastPhaseFinishesAndBackReopens() throws {
        let last = state(after: [PhaseStarted(phase: 3)])
        #expect(try decide(.next, last) == [SessionFinished.type])
        let finished = state(after: [PhaseStarted(phase: 3), SessionFinished()])
        #expect(throws: PhaseControlError.finished) { try decide(.next, finished) }
        #expect(throws: PhaseControlError.finished) { try decide(.pause, finished) }
        #expect(throws: PhaseControlError.finished) { try decide(.extend(seconds: 60), finished) }
        #expect(throws: PhaseControlError.finished) { try decide(.start(phase: nil), finished) }
        #expect(try PhaseControl.events(for: .back, in: finished) as? [PhaseStarted] == [PhaseStarted(phase: 3)])
    }

    @Test func pauseResumeAndExtend() throws {
        let running = state(after: [PhaseStarted(phase: 1)])
        #expect(try PhaseControl.events(for: .pause, in: running) as? [TimerPaused] == [TimerPaused(phase: 1)])
        #expect(throws: PhaseControlError.notPaused) { try decide(.resume, running) }
        let paused = state(after: [PhaseStarted(phase: 1), TimerPaused(phase: 1)])
        #expect(throws: PhaseControlError.alreadyPaused) { try decide(.pause, paused) }
        #expect(try PhaseControl.events(for: .resume, in: paused) as? [TimerResumed] == [TimerResumed(phase: 1)])
        #expect(
            try PhaseControl.events(for: .extend(seconds: -60), in: paused) as? [PhaseExtended]
                == [PhaseExtended(phase: 1, seconds: -60)])
        #expect(throws: PhaseControlError.invalidExtension(seconds: 0)) { try decide(.extend(seconds: 0), running) }
        #expect(throws: PhaseControlError.invalidExtension(seconds: 86_401)) { try decide(.extend(seconds: 86_401), running) }
    }

    @Test func noAgendaNoActions() {
        #expect(throws: PhaseControlError.noAgenda) { try PhaseControl.events(for: .start(phase: nil), in: SessionState()) }
    }
}

@Suite struct SeatChangeTests {
    @Test func listsWhereEveryoneGoes() {
        let before = RoundSeating(
            round: 1, tables: [TableSeating(table: 1, participants: [1, 2]), TableSeating(table: 2, participants: [3, 4])])
        let after = RoundSeating(
            round: 2, tables: [TableSeating(table: 1, participants: [3, 2, 5]), TableSeating(table: 2, participants: [1])])
        let changes = SeatChange.changes(from: before, to: after)
        #expect(
            changes == [
                SeatChange(participant: 1, from: 1, to: 2), SeatChange(participant: 2, from: 1, to: 1),
                SeatChange(participant: 3, from: 2, to: 1), SeatChange(participant: 4, from: 2, to: nil),
                SeatChange(participant: 5, from: nil, to: 1),
            ])
        #expect(changes.filter(\.moves).map(\.participant) == [1, 3, 4, 5])
        #expect(SeatChange.changes(from: nil, to: before).allSatisfy { $0.from == nil && $0.to != nil })
    }
}
