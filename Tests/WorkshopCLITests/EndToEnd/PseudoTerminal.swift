import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A pseudo-terminal for driving an interactive process as a person at a terminal would:
/// the process gets the terminal side as its standard streams; the test types on the other
/// side and reads what the process draws.
final class PseudoTerminal {
    let master: Int32
    /// The terminal side; kept open so its settings can be checked after the process exits.
    let slave: Int32
    private var received: [UInt8] = []
    /// Where the next ``waitFor(_:timeout:)`` starts looking.
    private var mark = 0

    /// Whether this system can open pseudo-terminals.
    static var isAvailable: Bool { PseudoTerminal() != nil }

    init?(columns: UInt16 = 120, rows: UInt16 = 40) {
        guard let functions = PseudoTerminalFunctions.load() else { return nil }
        let master = functions.openMaster(O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        guard functions.grant(master) == 0, functions.unlock(master) == 0, let name = functions.name(master) else {
            close(master)
            return nil
        }
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else {
            close(master)
            return nil
        }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        self.master = master
        self.slave = slave
    }

    deinit {
        close(master)
        close(slave)
    }

    /// Starts `path` with the terminal as its standard input, output and error.
    func launch(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    /// Types `text` (UTF-8), as one burst.
    func type(_ text: String) { send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let count = write(master, buffer.baseAddress.map { $0 + done }, buffer.count - done)
                if count < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return
                }
                done += count
            }
        }
    }

    /// Everything the process drew so far, as text.
    var transcript: String {
        drain()
        return String(decoding: received, as: UTF8.self)
    }

    /// Waits until `text` appears after the previous match; true when it did in time.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) -> Bool {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            drain()
            if let found = Self.find(needle, in: received, from: mark) {
                mark = found + needle.count
                return true
            }
            if Date() > deadline { return false }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            _ = poll(&descriptor, 1, 50)
        }
    }

    /// Waits for `process` to exit while reading what it draws (a terminal that is not
    /// read from can block a process that flushes its output); true when it exited in time.
    @discardableResult
    func waitForExit(_ process: Process, timeout: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            drain()
            if Date() > deadline { return false }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            _ = poll(&descriptor, 1, 20)
        }
        drain()
        return true
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            received += buffer[..<count]
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if Array(haystack[index..<(index + needle.count)]) == needle { return index }
        }
        return nil
    }
}

/// The C library's pseudo-terminal functions, looked up at run time (the Glibc module does
/// not export them without X/Open feature macros).
private struct PseudoTerminalFunctions {
    typealias OpenMaster = @convention(c) (Int32) -> Int32
    typealias Grant = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    let openMaster: OpenMaster
    let grant: Grant
    let unlock: Grant
    let name: Name

    static func load() -> PseudoTerminalFunctions? {
        guard let handle = dlopen(nil, RTLD_NOW),
            let open = dlsym(handle, "posix_openpt"), let grant = dlsym(handle, "grantpt"),
            let unlock = dlsym(handle, "unlockpt"), let name = dlsym(handle, "ptsname")
        else { return nil }
        return PseudoTerminalFunctions(
            openMaster: unsafeBitCast(open, to: OpenMaster.self), grant: unsafeBitCast(grant, to: Grant.self),
            unlock: unsafeBitCast(unlock, to: Grant.self), name: unsafeBitCast(name, to: Name.self))
    }
}
