import Dispatch
import Engine
import Testing

@testable import WorkshopCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// REAL TIME: this suite takes about 31 seconds of wall-clock time on purpose. It is the one
/// test that runs the console on the system clocks (every other timing test injects a
/// manual clock): two phases, a pause and an extension sent from "another terminal" while it
/// runs, automatic advance; each phase must end within 50 ms of its deadline.
@Suite(.serialized) struct RealTimeConsoleTests {
    /// Waits for real, like the terminal device, but has no terminal.
    final class SleepingDevice: ConsoleDevice, @unchecked Sendable {
        let clock: any TimeSource
        private(set) var output = ""
        init(clock: any TimeSource) { self.clock = clock }
        var size: TerminalSize { TerminalSize(columns: 80, rows: 24) }
        var hasKeyboard: Bool { false }
        var canRing: Bool { false }
        func begin() {}
        func end() {}
        func write(_ text: String) { output += text }
        func wait(untilMonotonic deadline: Int64) -> [TerminalEvent] {
            let timeout = Int32(clamping: max(0, deadline - clock.monotonicMilliseconds()))
            _ = poll(nil, 0, timeout)
            return []
        }
        func suspend() {}
        func resume() {}
    }

    final class Traces: @unchecked Sendable {
        var items: [ConsoleLoop.Trace] = []
    }

    @Test(.timeLimit(.minutes(2)))
    func realTimeThirtyOneSecondsOfPhasesEndOnTime() throws {
        let clock = SystemTimeSource()
        let agenda = Agenda(
            tables: [], questions: [], canvases: [],
            phases: [
                Phase(kind: .other, title: LocalizedText("Apertura"), plannedSeconds: 12),
                Phase(kind: .other, title: LocalizedText("Cierre"), plannedSeconds: 13),
            ],
            rounds: [], voting: nil)
        let path = ConsoleFixtures.temporaryDirectory() + "/tiempo-real.workshop"
        let session = try Session.create(
            at: path,
            events: [SessionCreated(info: SessionInfo(title: "Tiempo real", method: "test")), AgendaPlanned(agenda: agenda)],
            clock: clock)
        try session.append([PhaseStarted(phase: 0)])

        // Another terminal: pause at 3 s, resume at 5 s, add 4 s at 6 s.
        let other = try Session.open(at: path, clock: clock)
        let queue = DispatchQueue(label: "other-terminal")
        let failures = Traces()
        for (delay, action) in [(3.0, PhaseAction.pause), (5.0, .resume), (6.0, .extend(seconds: 4))] {
            queue.asyncAfter(deadline: .now() + delay) {
                do {
                    try other.append { try PhaseControl.events(for: action, in: $0) }
                } catch {
                    failures.items.append(.performed(action, at: Timestamp(milliseconds: 0)))
                }
            }
        }

        var options = ConsoleLoop.Options(fullScreen: true)
        options.autoAdvance = true
        options.exitWhenFinished = true
        let device = SleepingDevice(clock: clock)
        let loop = ConsoleLoop(
            session: session, device: device, clock: clock, localizer: Localizer(language: .es), options: options)
        let traces = Traces()
        loop.trace = { traces.items.append($0) }
        let began = clock.monotonicMilliseconds()
        try loop.run()
        let took = clock.monotonicMilliseconds() - began
        #expect(failures.items.isEmpty)
        #expect(took >= 30_000)

        let state = try Session.open(at: path).state
        let runs = state.timeline.runs
        try #require(runs.count == 2)
        #expect(state.timeline.isFinished)
        #expect(runs[0].pausedMilliseconds >= 1900 && runs[0].pausedMilliseconds <= 2100)
        #expect(runs[0].extensionSeconds == 4)
        var latenesses: [Int64] = []
        for (index, run) in runs.enumerated() {
            let deadline = run.startedAt.adding(
                milliseconds: Int64(agenda.phases[index].plannedSeconds + run.extensionSeconds) * 1000 + run.pausedMilliseconds)
            let ended = try #require(run.endedAt)
            latenesses.append(ended.milliseconds(since: deadline))
        }
        print("Real-time console: phase ends \(latenesses) ms after their deadlines; \(took) ms in all")
        for lateness in latenesses { #expect((0...50).contains(lateness), "a phase ended \(lateness) ms after its deadline") }
        let timeUps = traces.items.filter {
            if case .alert(.timeUp, _, _) = $0 { return true }
            return false
        }
        #expect(timeUps.count == 2)
        #expect(device.output.contains("Se acabó el tiempo"))
    }
}
