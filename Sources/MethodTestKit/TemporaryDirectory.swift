import Engine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A directory under `$TMPDIR` (or `/tmp`) removed with its files when done.
struct TemporaryDirectory {
    let path: String

    init?() {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((base + "/workshop-verify-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, let result = mkdtemp(base) else { return nil }
            return String(cString: result)
        }
        guard let created else { return nil }
        path = created
    }

    func remove() {
        if let names = try? FilePath.contents(ofDirectory: path) {
            for name in names { _ = unlink(path + "/" + name) }
        }
        _ = rmdir(path)
    }
}
