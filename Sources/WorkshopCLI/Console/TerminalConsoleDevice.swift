import Engine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The console on the process's own terminal, taken through ``InteractiveTerminal``: raw
/// mode on standard input (when it is a terminal), the alternate screen on standard output
/// for the full view, and the signal handlers of ``TerminalSignals``. Waits with `poll` on
/// the keyboard and the signal pipe.
final class TerminalConsoleDevice: ConsoleDevice {
    private let output: any TextOutput
    private let clock: any TimeSource
    private let environment: [String: String]
    private let fullScreen: Bool
    private let wantsKeyboard: Bool
    private var terminal: InteractiveTerminal?

    /// The console on file descriptors 0 (keys, when `keyboard`) and 1 (`output`).
    init(output: any TextOutput, clock: any TimeSource, environment: [String: String], fullScreen: Bool, keyboard: Bool) {
        self.output = output
        self.clock = clock
        self.environment = environment
        self.fullScreen = fullScreen
        wantsKeyboard = keyboard
    }

    deinit { end() }

    var size: TerminalSize {
        TerminalSize.current(descriptor: 1, environment: environment) ?? TerminalSize(columns: 80, rows: 24)
    }

    var hasKeyboard: Bool { terminal?.hasKeyboard ?? false }

    var canRing: Bool { output.isTerminal }

    func begin() {
        terminal = InteractiveTerminal(keyboard: wantsKeyboard ? 0 : nil, screen: fullScreen ? 1 : nil)
    }

    func end() {
        terminal?.restore()
        terminal = nil
    }

    func write(_ text: String) { output.write(text) }

    func wait(untilMonotonic deadline: Int64) -> [TerminalEvent] {
        let timeout = Int32(clamping: max(0, deadline - clock.monotonicMilliseconds()))
        guard let terminal else {
            _ = poll(nil, 0, timeout)
            return []
        }
        return terminal.wait(timeoutMilliseconds: timeout)
    }

    func suspend() { terminal?.suspend() }

    func resume() { terminal?.resume() }
}
