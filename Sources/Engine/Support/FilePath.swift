#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Path helpers that need no Foundation.
public enum FilePath {
    /// The directory part of `path` ("." when there is none).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last component of `path`.
    public static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Whether `path` is a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Joins two path components with one slash.
    public static func join(_ base: String, _ component: String) -> String {
        if base.isEmpty || component.hasPrefix("/") { return component }
        return base.hasSuffix("/") ? base + component : base + "/" + component
    }

    /// Reads a whole file.
    public static func read(_ path: String) throws(FileError) -> [UInt8] {
        let file = try SystemFile(path: path, mode: .readOnly)
        defer { file.close() }
        if isDirectory(path) { throw FileError(path: path, operation: .read, code: EISDIR) }
        return try file.read(from: 0)
    }

    /// Creates a directory and its parents; succeeds if it already exists.
    public static func createDirectory(_ path: String) throws(FileError) {
        if isDirectory(path) { return }
        let parent = directory(of: path)
        if parent != path, parent != ".", parent != "/", !isDirectory(parent) {
            try createDirectory(parent)
        }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw FileError(path: path, operation: .create, code: errno)
        }
    }
}
