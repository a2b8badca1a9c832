#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file operation that the operating system refused, with the path and the reason.
public struct FileError: Error, Equatable, Sendable {
    /// What was being done.
    public enum Operation: String, Sendable {
        case open, read, write, sync, lock, create
    }

    public var path: String
    public var operation: Operation
    /// The `errno` value.
    public var code: Int32

    public init(path: String, operation: Operation, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// The system's description of ``code``, e.g. "No such file or directory".
    public var reason: String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// True when the file does not exist.
    public var isMissingFile: Bool { code == ENOENT }
}
