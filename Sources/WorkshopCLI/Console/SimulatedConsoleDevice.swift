import Engine

/// A console with no terminal that runs on a ``ManualTimeSource``: waiting moves the clock
/// forward to the deadline at once. `workshop run` uses it when its clock is manual (tests,
/// the demo), so a whole session plays in milliseconds through the same loop.
final class SimulatedConsoleDevice: ConsoleDevice {
    /// Simulated time after which the console gives up (a session nobody moves on): twelve hours.
    static let limitMilliseconds: Int64 = 12 * 3_600_000

    private let clock: ManualTimeSource
    private let output: any TextOutput
    let size: TerminalSize
    private var start: Int64 = 0

    init(clock: ManualTimeSource, output: any TextOutput, size: TerminalSize) {
        self.clock = clock
        self.output = output
        self.size = size
    }

    var hasKeyboard: Bool { false }
    var canRing: Bool { false }

    func begin() { start = clock.monotonicMilliseconds() }
    func end() {}
    func write(_ text: String) { output.write(text) }

    func wait(untilMonotonic deadline: Int64) -> [TerminalEvent] {
        let now = clock.monotonicMilliseconds()
        if deadline > now { clock.advance(milliseconds: deadline - now) }
        if clock.monotonicMilliseconds() - start > Self.limitMilliseconds { return [.terminate(signal: 0)] }
        return []
    }

    func suspend() {}
    func resume() {}
}
