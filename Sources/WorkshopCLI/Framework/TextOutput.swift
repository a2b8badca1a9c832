import Engine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command writes text: the terminal, a pipe, or a buffer in tests.
public protocol TextOutput: AnyObject, Sendable {
    func write(_ text: String)
    /// Whether this output is a terminal (so colour and screen control make sense).
    var isTerminal: Bool { get }
}

/// Standard output or standard error of the process.
public final class StandardStream: TextOutput, @unchecked Sendable {
    private let descriptor: Int32
    public let isTerminal: Bool

    public static let output = StandardStream(descriptor: 1)
    public static let error = StandardStream(descriptor: 2)

    init(descriptor: Int32) {
        self.descriptor = descriptor
        isTerminal = isatty(descriptor) == 1
    }

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var done = 0
            while done < buffer.count {
                #if canImport(Darwin)
                    let result = Darwin.write(descriptor, base + done, buffer.count - done)
                #else
                    let result = Glibc.write(descriptor, base + done, buffer.count - done)
                #endif
                if result < 0 {
                    if errno == EINTR { continue }
                    return
                }
                done += result
            }
        }
    }
}

/// A buffer that collects output, for tests and for rendering to a file.
public final class CapturedOutput: TextOutput, @unchecked Sendable {
    private let lock = SpinLock()
    private var buffer = ""
    public let isTerminal: Bool

    public init(isTerminal: Bool = false) { self.isTerminal = isTerminal }

    public func write(_ text: String) { lock.withLock { buffer += text } }

    /// Everything written so far.
    public var text: String { lock.withLock { buffer } }
}
