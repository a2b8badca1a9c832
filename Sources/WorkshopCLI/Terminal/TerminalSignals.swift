#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin

    /// glibc's name for a signal handler, for the code below.
    typealias sighandler_t = sig_t
#endif

/// The signals a full-screen program must handle, turned into bytes on a pipe (the
/// self-pipe trick) that the program's `poll` loop reads along with the keyboard.
///
/// - SIGWINCH (the window was resized): reported, the loop redraws.
/// - SIGINT, SIGTERM, SIGHUP, SIGQUIT: reported, the loop restores the terminal and ends. A
///   second one before the loop reacted restores the terminal in the handler and exits at
///   once (status 128 + the signal).
/// - SIGTSTP (Ctrl-Z or `kill -TSTP`): the handler restores the terminal, stops the
///   process, and when it continues reports ``continued`` so the loop re-enters raw mode
///   and redraws.
/// - Crashes (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP): the handler restores the
///   terminal, then lets the signal do what it would have done.
///
/// Restoring uses only async-signal-safe calls (`tcsetattr`, `write`) through the slots of
/// ``RawMode`` and ``TerminalScreen``. The handled signals are unblocked when the handlers
/// are installed: a parent may have started the process with them blocked, and a blocked
/// SIGTERM would leave the terminal raw and the process deaf.
///
/// The facilitator console and the note capture loop both take their terminal through
/// ``InteractiveTerminal``, which installs these handlers first.
public final class TerminalSignals: @unchecked Sendable {
    /// The end of the pipe to poll for reading.
    public let descriptor: Int32
    private let writeDescriptor: Int32
    private var previous: [(Int32, sighandler_t?)] = []

    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
    /// Byte written for a continue after a stop (no signal has this number).
    static let continuedByte: UInt8 = 0xFF

    /// Creates the pipe and installs the handlers; nil when no pipe can be made.
    public init?() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        descriptor = ends[0]
        writeDescriptor = ends[1]
        // Make sure the restore slots exist before any handler can run (their lazy
        // initialisation is not async-signal-safe).
        _ = RawMode.signalSlot
        _ = TerminalScreen.signalSlot
        signalPipe = writeDescriptor
        terminationCount = 0
        for signal in Self.terminationSignals + [SIGWINCH, SIGTSTP] {
            previous.append((signal, setHandler(signal, handleReportedSignal)))
        }
        for signal in Self.crashSignals {
            previous.append((signal, setHandler(signal, handleCrashSignal)))
        }
        var set = sigset_t()
        sigemptyset(&set)
        for (signal, _) in previous { sigaddset(&set, signal) }
        _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    deinit { uninstall() }

    /// Puts the previous handlers back and closes the pipe. Safe to call more than once.
    public func uninstall() {
        guard !previous.isEmpty else { return }
        for (signal, handler) in previous.reversed() { _ = setHandler(signal, handler) }
        previous = []
        signalPipe = -1
        close(descriptor)
        close(writeDescriptor)
    }

    /// Reads what the handlers reported since the last call (never ``TerminalEvent/input(_:)``).
    public func drain() -> [TerminalEvent] {
        var reports: [TerminalEvent] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            for byte in buffer[..<count] {
                if byte == Self.continuedByte {
                    reports.append(.continued)
                } else if Int32(byte) == SIGWINCH {
                    if !reports.contains(.resized) { reports.append(.resized) }
                } else {
                    reports.append(.terminate(signal: Int32(byte)))
                }
            }
        }
        return reports
    }
}

// MARK: Handlers (only async-signal-safe calls below)

nonisolated(unsafe) private var signalPipe: Int32 = -1
nonisolated(unsafe) private var terminationCount: Int32 = 0

private func report(_ byte: UInt8) {
    var value = byte
    let fd = signalPipe
    if fd >= 0 { _ = write(fd, &value, 1) }
}

private func restoreTerminal() {
    TerminalScreen.restoreFromSignalHandler()
    RawMode.restoreFromSignalHandler()
}

private func handleReportedSignal(_ signal: Int32) {
    let savedErrno = errno
    defer { errno = savedErrno }
    switch signal {
    case SIGWINCH:
        report(UInt8(truncatingIfNeeded: signal))
    case SIGTSTP:
        restoreTerminal()
        _ = setHandler(SIGTSTP, SIG_DFL)
        unblock(SIGTSTP)
        _ = raise(SIGTSTP)
        // Continued: catch the next stop again, and tell the loop to take the terminal back.
        _ = setHandler(SIGTSTP, handleReportedSignal)
        report(TerminalSignals.continuedByte)
    default:
        terminationCount += 1
        if terminationCount > 1 {
            restoreTerminal()
            _exit(128 + signal)
        }
        report(UInt8(truncatingIfNeeded: signal))
    }
}

private func handleCrashSignal(_ signal: Int32) {
    restoreTerminal()
    _ = setHandler(signal, SIG_DFL)
    unblock(signal)
    _ = raise(signal)
}

/// Lets `signal` be delivered while its own handler runs (the handler blocks it).
private func unblock(_ signal: Int32) {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, signal)
    sigprocmask(SIG_UNBLOCK, &set, nil)
}

/// `signal(2)` (named apart from the parameters called `signal`).
@discardableResult
private func setHandler(_ number: Int32, _ handler: sighandler_t?) -> sighandler_t? {
    #if canImport(Glibc)
        return Glibc.signal(number, handler)
    #else
        return Darwin.signal(number, handler)
    #endif
}

@discardableResult
private func setHandler(_ number: Int32, _ handler: @escaping @convention(c) (Int32) -> Void) -> sighandler_t? {
    #if canImport(Glibc)
        return Glibc.signal(number, handler)
    #else
        return Darwin.signal(number, handler)
    #endif
}
