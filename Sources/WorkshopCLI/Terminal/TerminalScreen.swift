#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The terminal's alternate screen with a hidden cursor: a full-screen view that leaves the
/// user's scrollback untouched and disappears on exit, as `less` and `top` do.
///
/// Like ``RawMode``, it keeps what undoes it in a process-wide slot a signal handler can use
/// (see ``restoreFromSignalHandler()``), so the screen comes back after a crash too.
public final class TerminalScreen: @unchecked Sendable {
    /// Switch to the alternate screen, hide the cursor, reset attributes, clear.
    static let enterSequence = "\u{1B}[?1049h\u{1B}[?25l\u{1B}[0m\u{1B}[H\u{1B}[2J"
    /// End a synchronized update, reset attributes, show the cursor, back to the main screen.
    static let leaveSequence = "\u{1B}[?2026l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l"

    public let descriptor: Int32
    private var active = false

    /// Switches the terminal on `descriptor` to the alternate screen.
    public init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
        enter()
    }

    deinit { leave() }

    /// Switches to the alternate screen (again, after ``leave()``).
    public func enter() {
        guard !active else { return }
        redisplay()
    }

    /// Switches to the alternate screen again after something else left it (a signal handler
    /// before the process stopped), whatever this object believes.
    public func redisplay() {
        StandardStream(descriptor: descriptor).write(Self.enterSequence)
        active = true
        Self.signalSlot.arm(descriptor: descriptor)
    }

    /// Back to the main screen with the cursor shown. Safe to call more than once.
    public func leave() {
        guard active else { return }
        Self.signalSlot.disarm()
        StandardStream(descriptor: descriptor).write(Self.leaveSequence)
        active = false
    }

    /// Leaves the alternate screen from inside a signal handler (only `write`).
    public static func restoreFromSignalHandler() { signalSlot.restore() }

    static let signalSlot = SignalSlot(bytes: Array(leaveSequence.utf8))

    /// The bytes that restore the screen and where to write them, in memory allocated once.
    final class SignalSlot: @unchecked Sendable {
        private let bytes: UnsafeMutablePointer<UInt8>
        private let count: Int
        private let descriptor = UnsafeMutablePointer<Int32>.allocate(capacity: 1)

        init(bytes: [UInt8]) {
            count = bytes.count
            self.bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
            self.bytes.initialize(from: bytes, count: bytes.count)
            descriptor.initialize(to: -1)
        }

        func arm(descriptor: Int32) { self.descriptor.pointee = descriptor }

        func disarm() { descriptor.pointee = -1 }

        func restore() {
            let fd = descriptor.pointee
            guard fd >= 0 else { return }
            _ = write(fd, bytes, count)
        }
    }
}
