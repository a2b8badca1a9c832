import Engine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command reads text from: standard input, or a string in tests.
public protocol TextInput: AnyObject, Sendable {
    /// Reads everything that is left, as raw bytes.
    func readAll() -> [UInt8]
    /// Reads one line (without its line end) as raw bytes; nil at end of input.
    func readLine() -> [UInt8]?
    /// Whether this input is a terminal.
    var isTerminal: Bool { get }
}

/// The process's standard input.
public final class StandardInput: TextInput, @unchecked Sendable {
    public static let shared = StandardInput()
    public let isTerminal: Bool
    private var pending: [UInt8] = []
    private var atEnd = false

    init() { isTerminal = isatty(0) == 1 }

    public func readAll() -> [UInt8] {
        var output = pending
        pending = []
        while !atEnd { output += fill() }
        return output
    }

    public func readLine() -> [UInt8]? {
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                var line = Array(pending[..<newline])
                pending.removeFirst(newline + 1)
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            if atEnd {
                guard !pending.isEmpty else { return nil }
                let line = pending
                pending = []
                return line
            }
            pending += fill()
        }
    }

    /// The file descriptor, for the interactive terminal reader.
    public var descriptor: Int32 { 0 }

    private func fill() -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                atEnd = true
                return []
            }
            return Array(chunk[..<count])
        }
    }
}

/// Input from a string, for tests.
public final class StringInput: TextInput, @unchecked Sendable {
    private var bytes: [UInt8]
    public let isTerminal = false

    public init(_ text: String) { bytes = Array(text.utf8) }
    public init(bytes: [UInt8]) { self.bytes = bytes }

    public func readAll() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    public func readLine() -> [UInt8]? {
        guard !bytes.isEmpty else { return nil }
        if let newline = bytes.firstIndex(of: 0x0A) {
            var line = Array(bytes[..<newline])
            bytes.removeFirst(newline + 1)
            if line.last == 0x0D { line.removeLast() }
            return line
        }
        defer { bytes = [] }
        return bytes
    }
}
