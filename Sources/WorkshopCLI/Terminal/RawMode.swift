#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts a terminal in raw mode (keys arrive one by one, unechoed, Ctrl-C as a byte) and puts
/// it back exactly as it was found.
///
/// The saved settings are also kept in a process-wide slot that signal handlers can read
/// (see ``restoreFromSignalHandler()``), so the terminal is restored on SIGTERM, SIGHUP
/// and crashes that run handlers, not only on a normal exit.
public final class RawMode: @unchecked Sendable {
    public let descriptor: Int32
    private var saved: termios
    private var raw: termios
    private var active = false

    /// Enters raw mode on `descriptor`; returns nil when it is not a terminal.
    public init?(descriptor: Int32 = 0) {
        guard isatty(descriptor) == 1 else { return nil }
        self.descriptor = descriptor
        saved = termios()
        self.raw = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | BRKINT | INPCK | ISTRIP)
        raw.c_cflag |= tcflag_t(CS8)
        // Reads return after at most 100 ms even without input, so loops can redraw.
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 0
            bytes[Int(VTIME)] = 1
        }
        guard tcsetattr(descriptor, TCSAFLUSH, &raw) == 0 else { return nil }
        self.raw = raw
        active = true
        RawMode.signalSlot.store(descriptor: descriptor, settings: saved)
    }

    deinit { restore() }

    /// Puts the terminal back as it was. Safe to call more than once.
    public func restore() {
        guard active else { return }
        var settings = saved
        _ = tcsetattr(descriptor, TCSAFLUSH, &settings)
        active = false
        RawMode.signalSlot.clear()
    }

    /// Puts the terminal in raw mode again after something else changed its settings (the
    /// process was stopped with Ctrl-Z and continued: the shell had the terminal meanwhile).
    /// The settings restored at the end stay the ones found at the start.
    public func reapply() {
        var settings = raw
        guard tcsetattr(descriptor, TCSAFLUSH, &settings) == 0 else { return }
        active = true
        RawMode.signalSlot.store(descriptor: descriptor, settings: saved)
    }

    /// Restores the saved settings from inside a signal handler (only async-signal-safe calls).
    public static func restoreFromSignalHandler() {
        signalSlot.restore()
    }

    /// Process-wide copy of the settings to restore, readable from a signal handler.
    static let signalSlot = SignalSlot()

    final class SignalSlot: @unchecked Sendable {
        private let settings = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        private let descriptor = UnsafeMutablePointer<Int32>.allocate(capacity: 1)

        init() { descriptor.pointee = -1 }

        func store(descriptor: Int32, settings: termios) {
            self.settings.pointee = settings
            self.descriptor.pointee = descriptor
        }

        func clear() { descriptor.pointee = -1 }

        func restore() {
            let fd = descriptor.pointee
            if fd >= 0 { _ = tcsetattr(fd, TCSAFLUSH, settings) }
        }
    }
}
