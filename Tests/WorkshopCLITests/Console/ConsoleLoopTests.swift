import Engine
import Testing

@testable import WorkshopCLI

/// The console loop driven by scripted keys and commands from "another terminal", on an
/// injected clock: a 20-minute round runs in milliseconds and every instant is exact.
@Suite struct ConsoleLoopTests {
    let clock = ManualTimeSource(start: ConsoleFixtures.start)

    private func loop(_ file: String, device: ScriptedConsoleDevice, fullScreen: Bool = true, autoAdvance: Bool = false)
        throws -> (ConsoleLoop, Box)
    {
        let session = try Session.open(at: file, clock: clock)
        var options = ConsoleLoop.Options(fullScreen: fullScreen)
        options.autoAdvance = autoAdvance
        let loop = ConsoleLoop(
            session: session, device: device, clock: clock, localizer: Localizer(language: .en), options: options)
        let box = Box()
        loop.trace = { box.traces.append($0) }
        return (loop, box)
    }

    final class Box: @unchecked Sendable {
        var traces: [ConsoleLoop.Trace] = []
    }

    @Test func aRoundEndsOnItsDeadlineAfterPausesAndExtensions() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file, "--phase", "2"], clock: clock)  // round 1, 20 min
        let startedAt = clock.now()
        let other = try Session.open(at: file, clock: clock)
        let minute: Int64 = 60_000
        let device = ScriptedConsoleDevice(
            clock: clock, size: TerminalSize(columns: 100, rows: 30),
            script: [
                (3 * minute, .keys(" ")),  // pause
                (5 * minute + 250, .keys(" ")),  // resume: 2 min 0.25 s paused
                (6 * minute, .keys("+")),  // +1 min
                (7 * minute, .external({ try other.append { try PhaseControl.events(for: .extend(seconds: -30), in: $0) } })),
                (9 * minute, .external({ try other.append { try PhaseControl.events(for: .pause, in: $0) } })),
                (10 * minute, .external({ try other.append { try PhaseControl.events(for: .resume, in: $0) } })),
            ],
            endAt: 25 * minute)
        let (loop, box) = try loop(file, device: device, autoAdvance: true)
        try loop.run()
        #expect(device.began && device.ended)

        // 20 min planned + 1 min - 30 s, plus 2 min 0.25 s and 1 min of pauses.
        let deadline = startedAt.adding(milliseconds: 20 * minute + minute - 30_000 + 2 * minute + 250 + minute)
        let alerts = box.traces.compactMap { trace -> (CountdownAlerts.Alert, Timestamp)? in
            if case .alert(let alert, let at, _) = trace { return (alert, at) }
            return nil
        }
        #expect(alerts.first?.0 == .warning(secondsLeft: 300))
        #expect(alerts.first?.1 == deadline.adding(seconds: -300))
        #expect(alerts.dropFirst().first?.0 == .warning(secondsLeft: 60))
        #expect(alerts.dropFirst().first?.1 == deadline.adding(seconds: -60))
        let timeUp = try #require(alerts.first { $0.0 == .timeUp })
        #expect(timeUp.1 == deadline)
        let advanced = box.traces.compactMap { trace -> Timestamp? in
            if case .advanced(_, let at) = trace { return at }
            return nil
        }
        // The next phase started exactly at the deadline (well within 50 ms), as the journal says.
        let lateness = try #require(advanced.first).milliseconds(since: deadline)
        #expect((0...50).contains(lateness))
        let state = try ConsoleFixtures.state(file)
        #expect(state.timeline.runs[1].startedAt == deadline)
        #expect(state.currentRound == 2)
    }

    @Test func commandsFromAnotherTerminalShowWithinASecond() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file], clock: clock)
        let other = try Session.open(at: file, clock: clock)
        let device = ScriptedConsoleDevice(
            clock: clock, size: TerminalSize(columns: 80, rows: 24),
            script: [
                (30_123, .external({ try other.append { try PhaseControl.events(for: .pause, in: $0) } })),
                (45_000, .external({ try other.append { try PhaseControl.events(for: .resume, in: $0) } })),
                (50_500, .external({ try other.append { try PhaseControl.events(for: .extend(seconds: 120), in: $0) } })),
            ],
            endAt: 60_000)
        let (loop, _) = try loop(file, device: device)
        try loop.run()
        let screens = device.screens()
        let paused = try #require(screens.first { $0.screen.text.contains("PAUSED") })
        #expect(paused.monotonic >= 30_123 && paused.monotonic <= 31_123)
        let resumed = try #require(screens.first { $0.monotonic > 45_000 && !$0.screen.text.contains("PAUSED") })
        #expect(resumed.monotonic <= 46_000)
        let extended = try #require(screens.first { $0.screen.text.contains("left of 12:00 (+2 min)") })
        #expect(extended.monotonic >= 50_500 && extended.monotonic <= 51_500)
        // The screen a person sees at the end: the countdown label and the key line.
        let last = try #require(screens.last?.screen)
        #expect(last.lines.count == 24)
        // 60 s after the start, 15 s of them paused: 45 s elapsed of 12 min.
        #expect(last.text.contains("11:15 left of 12:00 (+2 min)"))
        #expect(last.lines[23].contains("space pause"))
    }

    @Test func keysRecordTheirActions() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        let device = ScriptedConsoleDevice(
            clock: clock, size: TerminalSize(columns: 80, rows: 24),
            script: [
                (1000, .keys(" ")),  // start
                (2000, .keys("n")),  // asks: time is left
                (2500, .keys("x")),  // cancelled
                (3000, .keys("n")),
                (3500, .keys("y")),  // next
                (4000, .keys("b")),
                (4500, .keys("s")),  // back ("sí")
                (5000, .keys("e")),
                (5100, .keys("-2")),
                (5200, .keys("\u{7F}3")),  // backspace, then 3: -3
                (5300, .keys("\r")),
                (6000, .keys("-")),
                (6500, .keys("E12\u{1B}")),  // typed, then Escape: cancelled (after the Escape timeout)
                (7000, .keys("?")),
                (7500, .keys("q")),  // closes the help only
                (8000, .keys("\u{1B}[A")),  // arrow up: nothing
                (9000, .keys("q")),
            ],
            endAt: 60_000)
        let (loop, box) = try loop(file, device: device)
        try loop.run()
        let performed = box.traces.compactMap { trace -> PhaseAction? in
            if case .performed(let action, _) = trace { return action }
            return nil
        }
        #expect(performed == [.start(phase: nil), .next, .back, .extend(seconds: -180), .extend(seconds: -60)])
        #expect(
            try ConsoleFixtures.eventTypes(file).suffix(5) == [
                "phase.started", "phase.started", "phase.started", "phase.extended", "phase.extended",
            ])
        #expect(device.output.contains("Move on to Conversation round 1"))
        #expect(device.output.contains("Cancelled."))
        #expect(device.output.contains("Keys"))
        // The loop ended on the second q, at 9 s, not at the scripted end.
        #expect(clock.monotonicMilliseconds() < 10_000)
        #expect(device.ended)
    }

    @Test func aResizeRedrawsEverythingAtTheNewSize() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file], clock: clock)
        let device = ScriptedConsoleDevice(
            clock: clock, size: TerminalSize(columns: 80, rows: 24),
            script: [(2000, .resize(TerminalSize(columns: 120, rows: 40)))], endAt: 3000)
        let (loop, _) = try loop(file, device: device)
        try loop.run()
        let afterResize = device.writes.filter { $0.monotonic >= 2000 }
        #expect(afterResize.first?.text.contains("\u{1B}[2J") == true)
        #expect(afterResize.first?.text.contains("\u{1B}[40;1H") == true)
        #expect(device.writes.filter { $0.monotonic < 2000 }.allSatisfy { !$0.text.contains("\u{1B}[25;1H") })
    }

    @Test func theBellRingsForWarningsAndTheEnd() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file], clock: clock)  // 10 min
        let device = ScriptedConsoleDevice(
            clock: clock, size: TerminalSize(columns: 80, rows: 24), script: [], endAt: 11 * 60_000)
        let (loop, _) = try loop(file, device: device)
        try loop.run()
        let rings = device.writes.filter { $0.text.contains("\u{07}") }.map(\.monotonic)
        let expected: [Int64] = [300_000, 540_000, 600_000]
        #expect(rings == expected)
        #expect(device.output.contains("5 MINUTES LEFT"))
        #expect(device.output.contains("TIME IS UP"))
    }

    @Test func aWallClockStepDoesNotMoveTheRunningCountdown() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file], clock: clock)  // 10 min
        let origin = clock.monotonicMilliseconds()
        let device = ScriptedConsoleDevice(
            clock: clock, size: TerminalSize(columns: 80, rows: 24),
            script: [
                (60_000, .external({ self.clock.stepWallClock(milliseconds: 3_600_000) })),
                (90_000, .external({ self.clock.stepWallClock(milliseconds: -7_200_000) })),
            ],
            endAt: 11 * 60_000)
        let (loop, box) = try loop(file, device: device)
        try loop.run()
        // No alert when the clock jumped an hour forward (no "time is up" at 60 s), and the
        // warnings and the end come on the monotonic clock's schedule.
        let alerts = box.traces.compactMap { trace -> (CountdownAlerts.Alert, Int64)? in
            if case .alert(let alert, _, let monotonic) = trace { return (alert, monotonic - origin) }
            return nil
        }
        #expect(alerts.map(\.0) == [.warning(secondsLeft: 300), .warning(secondsLeft: 60), .timeUp])
        #expect(alerts.map(\.1) == [300_000, 540_000, 600_000])
        let screens = device.screens()
        let atTwoMinutes = try #require(screens.last { $0.monotonic <= 120_000 })
        #expect(atTwoMinutes.screen.text.contains("08:00 left of 10:00"))
    }
}
