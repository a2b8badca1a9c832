import Engine
import Testing

@testable import WorkshopCLI

@Suite struct PlainModeTests {
    let clock = ManualTimeSource(start: ConsoleFixtures.start)

    /// `HH:MM:SS` at the start of a plain line, in seconds of the day.
    private func seconds(_ line: Substring) -> Int? {
        let parts = line.prefix(8).split(separator: ":")
        guard parts.count == 3, let h = Int(parts[0]), let m = Int(parts[1]), let s = Int(parts[2]) else { return nil }
        return h * 3600 + m * 60 + s
    }

    @Test func aWholeSessionWithAutoAdvanceInPlainLines() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file], clock: clock)
        let result = ConsoleFixtures.run(["run", file, "--auto-advance"], clock: clock)
        #expect(result.code == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.allSatisfy { seconds($0) != nil || $0.hasPrefix("    ") })
        #expect(!result.output.contains("\u{1B}"))
        #expect(lines.first?.contains("Facilitator console for “Taller de prueba” (6 phases)") == true)
        #expect(lines.dropFirst().first?.contains("Phase 1 of 6 running: Welcome and framing, 10:00 left.") == true)

        let state = try ConsoleFixtures.state(file)
        let phases = state.agenda.phases
        #expect(state.timeline.isFinished)
        #expect(lines.filter { $0.contains("Time is up:") }.count == phases.count)
        #expect(lines.filter { $0.contains("Warning: 5 minutes left in") }.count == phases.count)
        #expect(lines.filter { $0.contains("Warning: 1 minute left in") }.count == phases.count)
        // One line per minute, except the minutes the two warnings already announce.
        let perMinute = phases.reduce(0) { $0 + $1.plannedSeconds / 60 - 1 - 2 }
        #expect(lines.filter { $0.contains(" left in ") && !$0.contains("Warning") }.count == perMinute)
        #expect(lines.filter { $0.contains("Phase ") && $0.contains(" started: ") }.count == phases.count - 1)
        #expect(lines.contains { $0.contains("Rotation to round 2:") })
        #expect(lines.contains { $0.contains("Round 3, table 1:") && $0.contains("(from table") })
        #expect(lines.contains { $0.hasSuffix("Session finished.") })
        #expect(lines.last?.contains("Console closed; the session goes on.") == true)

        // The end of the welcome is stamped exactly ten minutes after the start.
        let first = try #require(lines.first.flatMap(seconds))
        let timeUp = try #require(lines.first { $0.contains("Time is up: Welcome") }.flatMap(seconds))
        #expect(timeUp - first == 600)
    }

    @Test func aSessionThatHasNotStartedWaits() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        let result = ConsoleFixtures.run(["run", file, "--plain", "--lang", "es"], clock: clock)
        #expect(result.code == 0)
        #expect(result.output.contains("La sesión no ha comenzado"))
        #expect(result.output.contains("Consola cerrada"))
    }

    @Test func pausedAndExtendedFromAnotherTerminal() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file], clock: clock)
        let other = try Session.open(at: file, clock: clock)
        let device = ScriptedConsoleDevice(
            clock: clock, size: TerminalSize(columns: 80, rows: 24),
            script: [
                (90_000, .external({ try other.append { try PhaseControl.events(for: .pause, in: $0) } })),
                (100_000, .external({ try other.append { try PhaseControl.events(for: .resume, in: $0) } })),
                (110_000, .external({ try other.append { try PhaseControl.events(for: .extend(seconds: 60), in: $0) } })),
            ],
            endAt: 130_000)
        let session = try Session.open(at: file, clock: clock)
        let loop = ConsoleLoop(
            session: session, device: device, clock: clock, localizer: Localizer(language: .en),
            options: ConsoleLoop.Options(fullScreen: false))
        try loop.run()
        let paused = try #require(device.writes.first { $0.text.contains("Timer paused with 08:30 left.") })
        #expect(paused.monotonic <= 91_000)
        // While paused, a line a minute too: the pause lasted 10 s here, so none.
        #expect(!device.output.contains("Still paused"))
        let resumed = try #require(device.writes.first { $0.text.contains("Timer running again: 08:30 left.") })
        #expect(resumed.monotonic <= 101_000)
        let extended = try #require(device.writes.first { $0.text.contains("Time changed by +1 min: 09:20 left.") })
        #expect(extended.monotonic <= 111_000)
        // The minute lines count the pause out and the extension in: 9:00 left once before the
        // pause (at 1 min), and again 10 s of pause plus 1 min of extension later.
        let nine = device.writes.filter { $0.text.contains("09:00 left in") }.map(\.monotonic)
        #expect(nine == [60_000, 130_000])
    }

    @Test func theDemoWritesTheConsoleTranscript() throws {
        let directory = ConsoleFixtures.temporaryDirectory() + "/demo"
        let result = ConsoleFixtures.run(["demo", "--out", directory], clock: clock)
        #expect(result.code == 0)
        #expect(result.output.contains("console.log"))
        let log = String(decoding: try FilePath.read(directory + "/console.log"), as: UTF8.self)
        let lines = log.split(separator: "\n")
        let phases = try ConsoleFixtures.state(directory + "/demo.workshop").agenda.phases
        #expect(lines.filter { $0.contains("Time is up:") }.count == phases.count)
        #expect(lines.filter { $0.contains("Warning: 5 minutes left") }.count == phases.count)
        #expect(lines.last?.hasSuffix("Session finished.") == true)
        #expect(lines.contains { $0.contains("notes") && $0.contains(" left in Conversation round 2") })
    }

    @Test func aLongPauseIsLoggedEveryMinute() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file], clock: clock)
        clock.advance(seconds: 30)
        ConsoleFixtures.run(["pause", file], clock: clock)
        let device = ScriptedConsoleDevice(clock: clock, size: TerminalSize(columns: 80, rows: 24), script: [], endAt: 200_000)
        let loop = ConsoleLoop(
            session: try Session.open(at: file, clock: clock), device: device, clock: clock, localizer: Localizer(language: .en),
            options: ConsoleLoop.Options(fullScreen: false))
        try loop.run()
        let still = device.writes.filter { $0.text.contains("Still paused") }
        #expect(still.map(\.monotonic) == [60_000, 120_000, 180_000])
        #expect(still.first?.text.contains("Still paused (for 01:00); 09:30 left.") == true)
    }
}
