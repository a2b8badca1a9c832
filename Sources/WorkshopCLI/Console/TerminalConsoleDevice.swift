import Engine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The console on the process's own terminal: raw mode on standard input (when it is a
/// terminal), the alternate screen on standard output for the full view, and the signal
/// handlers of ``TerminalSignals``. Waits with `poll` on the keyboard and the signal pipe.
final class TerminalConsoleDevice: ConsoleDevice {
    private let output: any TextOutput
    private let clock: any TimeSource
    private let environment: [String: String]
    private let fullScreen: Bool
    private let wantsKeyboard: Bool
    private var rawMode: RawMode?
    private var screen: TerminalScreen?
    private var signals: TerminalSignals?
    private(set) var hasKeyboard = false

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

    var canRing: Bool { output.isTerminal }

    func begin() {
        signals = TerminalSignals()
        if wantsKeyboard {
            rawMode = RawMode(descriptor: 0)
            hasKeyboard = rawMode != nil
        }
        if fullScreen { screen = TerminalScreen(descriptor: 1) }
    }

    func end() {
        screen?.leave()
        screen = nil
        rawMode?.restore()
        rawMode = nil
        signals?.uninstall()
        signals = nil
    }

    func write(_ text: String) { output.write(text) }

    func wait(untilMonotonic deadline: Int64) -> [ConsoleWake] {
        let timeout = Int32(clamping: max(0, deadline - clock.monotonicMilliseconds()))
        var descriptors: [pollfd] = []
        if let signals { descriptors.append(pollfd(fd: signals.descriptor, events: Int16(POLLIN), revents: 0)) }
        if hasKeyboard { descriptors.append(pollfd(fd: 0, events: Int16(POLLIN), revents: 0)) }
        let ready = descriptors.withUnsafeMutableBufferPointer { buffer in
            poll(buffer.baseAddress, nfds_t(buffer.count), timeout)
        }
        // Signals first, and even when poll was interrupted: a frame drawn after a stop and
        // before taking the terminal back would land on the user's screen.
        var wakes: [ConsoleWake] = []
        for report in signals?.drain() ?? [] {
            switch report {
            case .resized: wakes.append(.resized)
            case .terminate(let signal): wakes.append(.terminate(signal: signal))
            case .continued: wakes.append(.continued)
            }
        }
        guard ready > 0 else { return wakes }
        for descriptor in descriptors where descriptor.fd == 0 && descriptor.revents != 0 {
            wakes += readKeyboard(hangUp: descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0)
        }
        return wakes
    }

    private func readKeyboard(hangUp: Bool) -> [ConsoleWake] {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
        if count > 0 { return [.input(Array(buffer[..<count]))] }
        if count < 0, errno == EINTR || errno == EAGAIN { return [] }
        if hangUp || count < 0 {
            // The terminal went away: stop reading it and end as on SIGHUP.
            hasKeyboard = false
            return [.terminate(signal: SIGHUP)]
        }
        return []
    }

    func suspend() {
        // The SIGTSTP handler restores the terminal, stops, and reports `continued`.
        _ = raise(SIGTSTP)
    }

    func resume() {
        rawMode?.reapply()
        screen?.redisplay()
    }
}
