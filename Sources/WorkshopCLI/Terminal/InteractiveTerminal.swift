#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's terminal while an interactive program has it: the facilitator console
/// (``TerminalConsoleDevice``) and the note capture loop (``TerminalLineReader``) both take
/// it through this one type.
///
/// Taking it installs the signal handlers of ``TerminalSignals`` first, then puts the
/// keyboard in raw mode (``RawMode``) and, for a full-screen view, switches to the alternate
/// screen (``TerminalScreen``). ``wait(timeoutMilliseconds:)`` waits on keys and signals
/// together (`poll` on the keyboard and the signal pipe). Everything is put back exactly as
/// it was by ``restore()``, on deinit, and by the signal handlers, so the terminal comes back
/// on every way out: a quit key, an error, SIGINT/SIGTERM/SIGHUP/SIGQUIT, a stop (Ctrl-Z or
/// SIGTSTP, taken back on continue with ``resume()``) and crashes.
final class InteractiveTerminal {
    private var signals: TerminalSignals?
    private var rawMode: RawMode?
    private var screen: TerminalScreen?
    /// Whether keys are read (the keyboard is a terminal in raw mode and has not gone away).
    private(set) var hasKeyboard = false

    /// Takes the terminal: raw mode on `keyboard` when given and a terminal, the alternate
    /// screen on `screen` when given.
    init(keyboard: Int32?, screen: Int32?) {
        signals = TerminalSignals()
        if let keyboard {
            rawMode = RawMode(descriptor: keyboard)
            hasKeyboard = rawMode != nil
        }
        if let screen { self.screen = TerminalScreen(descriptor: screen) }
    }

    deinit { restore() }

    /// Puts the terminal back exactly as it was found and the previous signal handlers
    /// back. Safe to call more than once.
    func restore() {
        screen?.leave()
        screen = nil
        rawMode?.restore()
        rawMode = nil
        hasKeyboard = false
        signals?.uninstall()
        signals = nil
    }

    /// Waits up to `timeoutMilliseconds` for keys or a signal; returns what happened (nothing
    /// when the time ran out). Signals come first, even when `poll` was interrupted: a
    /// program must take the terminal back after a stop before it draws anything. A keyboard
    /// that went away is reported as SIGHUP.
    func wait(timeoutMilliseconds: Int32) -> [TerminalEvent] {
        var descriptors: [pollfd] = []
        if let signals { descriptors.append(pollfd(fd: signals.descriptor, events: Int16(POLLIN), revents: 0)) }
        if hasKeyboard, let rawMode { descriptors.append(pollfd(fd: rawMode.descriptor, events: Int16(POLLIN), revents: 0)) }
        let ready = descriptors.withUnsafeMutableBufferPointer { buffer in
            poll(buffer.baseAddress, nfds_t(buffer.count), max(0, timeoutMilliseconds))
        }
        var events = signals?.drain() ?? []
        guard ready > 0, hasKeyboard, let rawMode else { return events }
        for descriptor in descriptors where descriptor.fd == rawMode.descriptor && descriptor.revents != 0 {
            events += readKeyboard(rawMode.descriptor, hangUp: descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0)
        }
        return events
    }

    private func readKeyboard(_ descriptor: Int32, hangUp: Bool) -> [TerminalEvent] {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 { return [.input(Array(buffer[..<count]))] }
        if count < 0, errno == EINTR || errno == EAGAIN { return [] }
        if hangUp || count < 0 {
            // The terminal went away: stop reading it and end as on SIGHUP.
            hasKeyboard = false
            return [.terminate(signal: SIGHUP)]
        }
        return []
    }

    /// Gives the terminal back and stops the process until it is continued (Ctrl-Z read as
    /// a key in raw mode). The SIGTSTP handler restores the terminal, stops, and reports
    /// ``TerminalEvent/continued``; then call ``resume()``.
    func suspend() {
        _ = raise(SIGTSTP)
    }

    /// Takes the terminal back after the process continued: raw mode again, and the
    /// alternate screen for a full-screen view (the caller redraws).
    func resume() {
        rawMode?.reapply()
        screen?.redisplay()
    }
}
