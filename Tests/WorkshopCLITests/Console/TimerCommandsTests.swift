import Engine
import Testing

@testable import WorkshopCLI

@Suite struct TimerCommandsTests {
    let clock = ManualTimeSource(start: ConsoleFixtures.start)

    @Test func startPauseResumeExtendNextBack() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        let started = ConsoleFixtures.run(["start", file], clock: clock)
        #expect(started.code == 0)
        #expect(started.output.contains("Phase 1 of 6"))
        #expect(started.output.contains("Welcome and framing"))
        #expect(try ConsoleFixtures.state(file).timeline.currentPhase == 0)

        clock.advance(minutes: 2)
        let paused = ConsoleFixtures.run(["pause", file], clock: clock)
        #expect(paused.code == 0)
        #expect(paused.output.contains("08:00"))
        #expect(try ConsoleFixtures.state(file).timeline.isPaused)

        clock.advance(minutes: 3)
        #expect(ConsoleFixtures.run(["resume", file], clock: clock).output.contains("08:00"))
        let extended = ConsoleFixtures.run(["extend", "5", file], clock: clock)
        #expect(extended.code == 0)
        #expect(extended.output.contains("+5 min"))
        #expect(extended.output.contains("13:00"))
        #expect(ConsoleFixtures.run(["extend", "-2", file], clock: clock).output.contains("11:00"))
        #expect(ConsoleFixtures.run(["extend", "--", "-30s", file], clock: clock).output.contains("10:30"))
        let run = try #require(try ConsoleFixtures.state(file).timeline.currentRun)
        #expect(run.extensionSeconds == 300 - 120 - 30)
        #expect(run.pausedMilliseconds == 180_000)

        #expect(ConsoleFixtures.run(["next", file], clock: clock).output.contains("Phase 2 of 6"))
        #expect(try ConsoleFixtures.state(file).currentRound == 1)
        #expect(ConsoleFixtures.run(["back", file], clock: clock).output.contains("Phase 1 of 6"))
        #expect(
            try ConsoleFixtures.eventTypes(file).suffix(8)
                == [
                    "phase.started", "timer.paused", "timer.resumed", "phase.extended", "phase.extended", "phase.extended",
                    "phase.started", "phase.started",
                ])
    }

    @Test func refusalsExplainAndWriteNothing() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        let before = try ConsoleFixtures.eventTypes(file)
        let notStarted = ConsoleFixtures.run(["pause", file], clock: clock)
        #expect(notStarted.code == 1)
        #expect(notStarted.error.contains("has not started"))
        #expect(ConsoleFixtures.run(["back", file], clock: clock).code == 1)
        #expect(ConsoleFixtures.run(["extend", "5", file], clock: clock).code == 1)
        #expect(try ConsoleFixtures.eventTypes(file) == before)

        ConsoleFixtures.run(["start", file], clock: clock)
        let again = ConsoleFixtures.run(["start", file], clock: clock)
        #expect(again.code == 1)
        #expect(again.error.contains("already running"))
        #expect(ConsoleFixtures.run(["resume", file], clock: clock).code == 1)
        #expect(ConsoleFixtures.run(["back", file], clock: clock).error.contains("first phase"))
        ConsoleFixtures.run(["pause", file], clock: clock)
        #expect(ConsoleFixtures.run(["pause", file], clock: clock).error.contains("already paused"))

        let count = try ConsoleFixtures.eventTypes(file).count
        for bad in ["0", "abc", "1.5", "5x", "9999999"] {
            let result = ConsoleFixtures.run(["extend", bad, file], clock: clock)
            #expect(result.code == 64, "extend \(bad)")
            #expect(result.error.contains("'\(bad)'"))
        }
        let unknownPhase = ConsoleFixtures.run(["start", file, "--phase", "9"], clock: clock)
        #expect(unknownPhase.code == 1)
        #expect(unknownPhase.error.contains("phase 9"))
        #expect(try ConsoleFixtures.eventTypes(file).count == count)

        let missing = ConsoleFixtures.run(["next", "/nonexistent/x.workshop"], clock: clock)
        #expect(missing.code == 1)
        #expect(missing.error.contains("/nonexistent/x.workshop"))
    }

    @Test func jumpingFinishingAndReopening() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        #expect(ConsoleFixtures.run(["start", file, "--phase", "6"], clock: clock).output.contains("Phase 6 of 6"))
        let finished = ConsoleFixtures.run(["next", file], clock: clock)
        #expect(finished.code == 0)
        #expect(finished.output.contains("Session finished"))
        #expect(try ConsoleFixtures.state(file).timeline.isFinished)
        let afterFinish = ConsoleFixtures.run(["next", file], clock: clock)
        #expect(afterFinish.code == 1)
        #expect(afterFinish.error.contains("workshop back"))
        #expect(ConsoleFixtures.run(["back", file], clock: clock).output.contains("Phase 6 of 6"))
        #expect(try !ConsoleFixtures.state(file).timeline.isFinished)
    }

    @Test func spanishMessages() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        #expect(ConsoleFixtures.run(["start", file, "--lang", "es"], clock: clock).output.contains("fase 1 de 6"))
        clock.advance(seconds: 90)
        let paused = ConsoleFixtures.run(["pause", file, "--lang", "es"], clock: clock)
        #expect(paused.output.contains("en pausa con 08:30 restantes"))
        let error = ConsoleFixtures.run(["pause", file, "--lang", "es"], clock: clock)
        #expect(error.error.contains("ya está en pausa"))
    }

    @Test func statusShowsTheCountdown() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file], clock: clock)
        clock.advance(seconds: 75)
        ConsoleFixtures.run(["pause", file], clock: clock)
        clock.advance(minutes: 30)
        #expect(
            ConsoleFixtures.run(["status", file], clock: clock).output.contains(
                "Phase 1 of 6: Welcome and framing · paused, 08:45 left"))
        let json = ConsoleFixtures.run(["status", file, "--format", "json"], clock: clock).output
        #expect(json.contains("\"remainingSeconds\": 525"))
        #expect(json.contains("\"paused\": true"))
        ConsoleFixtures.run(["resume", file], clock: clock)
        clock.advance(minutes: 10)
        #expect(ConsoleFixtures.run(["status", file, "--lang", "es"], clock: clock).output.contains("01:15 de tiempo excedido"))
    }
}
