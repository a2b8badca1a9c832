#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A thin owner of a POSIX file descriptor with the few operations the journal needs:
/// whole reads, complete writes, `fsync`, advisory `flock` locks and truncation.
///
/// It is a class because it owns a resource: the descriptor is closed exactly once, when
/// the last reference goes away or ``close()`` is called.
public final class SystemFile: @unchecked Sendable {
    /// How to open a file.
    public enum Mode: Sendable {
        case readOnly
        case readWrite
        /// Read-write, created if missing, failing if it exists.
        case createNew
    }

    /// Advisory lock kinds.
    public enum LockKind: Sendable { case shared, exclusive }

    public let path: String
    private var descriptor: Int32

    /// Opens `path`.
    public init(path: String, mode: Mode) throws(FileError) {
        self.path = path
        var flags: Int32 = O_CLOEXEC
        switch mode {
        case .readOnly: flags |= O_RDONLY
        case .readWrite: flags |= O_RDWR | O_APPEND
        case .createNew: flags |= O_RDWR | O_APPEND | O_CREAT | O_EXCL
        }
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { throw FileError(path: path, operation: .open, code: errno) }
        self.descriptor = descriptor
    }

    deinit {
        if descriptor >= 0 { _ = systemClose(descriptor) }
    }

    /// Closes the descriptor now (also releasing any lock).
    public func close() {
        if descriptor >= 0 { _ = systemClose(descriptor) }
        descriptor = -1
    }

    /// The current size of the file in bytes.
    public func size() throws(FileError) -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileError(path: path, operation: .read, code: errno) }
        return Int(info.st_size)
    }

    /// Reads from `offset` to the end of the file.
    public func read(from offset: Int) throws(FileError) -> [UInt8] {
        let total = try size()
        guard total > offset else { return [] }
        let count = total - offset
        var failure: Int32?
        let buffer = [UInt8](unsafeUninitializedCapacity: count) { raw, initialized in
            guard let base = raw.baseAddress else { return }
            var done = 0
            while done < count {
                let result = pread(descriptor, base + done, count - done, off_t(offset + done))
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if result == 0 { break }
                done += result
            }
            initialized = done
        }
        if let failure { throw FileError(path: path, operation: .read, code: failure) }
        return buffer
    }

    /// Calls `body` with the file's bytes from `offset` to the end. Large stretches are
    /// memory-mapped (no copy); small ones are read into a buffer. The bytes are valid only
    /// inside `body`.
    public func withBytes<Result>(
        from offset: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(JournalError) -> Result
    ) throws(JournalError) -> Result {
        let total: Int
        do {
            total = try size()
        } catch {
            throw JournalError.file(error)
        }
        let count = max(0, total - offset)
        if count >= Self.mappingThreshold {
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            let alignedOffset = offset / page * page
            let length = total - alignedOffset
            let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, off_t(alignedOffset))
            if let mapped, mapped != MAP_FAILED {
                defer { munmap(mapped, length) }
                let start = mapped.assumingMemoryBound(to: UInt8.self) + (offset - alignedOffset)
                return try body(UnsafeBufferPointer(start: start, count: count))
            }
        }
        let bytes: [UInt8]
        do {
            bytes = try read(from: offset)
        } catch {
            throw JournalError.file(error)
        }
        return try bytes.withUnsafeBufferPointer { buffer throws(JournalError) in try body(buffer) }
    }

    /// Reads of at least this many bytes are memory-mapped.
    static let mappingThreshold = 1 << 20

    /// Writes all of `bytes` (the file is opened with `O_APPEND`, so they go at the end).
    public func write(_ bytes: [UInt8]) throws(FileError) {
        let failure: Int32? = bytes.withUnsafeBytes { raw -> Int32? in
            guard let base = raw.baseAddress else { return nil }
            var done = 0
            while done < raw.count {
                #if canImport(Darwin)
                    let result = Darwin.write(descriptor, base + done, raw.count - done)
                #else
                    let result = Glibc.write(descriptor, base + done, raw.count - done)
                #endif
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += result
            }
            return nil
        }
        if let failure { throw FileError(path: path, operation: .write, code: failure) }
    }

    /// Flushes the file's data and metadata to stable storage.
    public func sync() throws(FileError) {
        #if canImport(Darwin)
            // On Apple platforms fsync does not flush the drive's cache; F_FULLFSYNC does.
            if fcntl(descriptor, F_FULLFSYNC) == 0 { return }
        #endif
        guard fsync(descriptor) == 0 else { throw FileError(path: path, operation: .sync, code: errno) }
    }

    /// Truncates the file to `length` bytes.
    public func truncate(to length: Int) throws(FileError) {
        guard ftruncate(descriptor, off_t(length)) == 0 else {
            throw FileError(path: path, operation: .write, code: errno)
        }
    }

    /// Takes an advisory lock, waiting for it. Locks are per open file description and are
    /// released by ``unlock()`` or when the file is closed (including when the process dies).
    public func lock(_ kind: LockKind) throws(FileError) {
        while flock(descriptor, kind == .shared ? LOCK_SH : LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw FileError(path: path, operation: .lock, code: errno)
        }
    }

    /// Releases the advisory lock.
    public func unlock() {
        _ = flock(descriptor, LOCK_UN)
    }

    /// Flushes a directory entry (after creating or renaming a file in it), so the file's
    /// name survives a power loss too.
    public static func syncDirectory(of path: String) {
        let directory = FilePath.directory(of: path)
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = systemClose(descriptor)
    }

    /// Writes `bytes` to `path` atomically: a temporary file beside it, fsync, rename,
    /// fsync of the directory. Readers see the old content or the new, never a mix.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool) throws(FileError) {
        if !replacing, FilePath.exists(path) { throw FileError(path: path, operation: .create, code: EEXIST) }
        let temporary = path + ".tmp-\(getpid())"
        let file = try SystemFile(path: temporary, mode: .createNew)
        do throws(FileError) {
            try file.write(bytes)
            try file.sync()
            file.close()
            if !replacing, FilePath.exists(path) { throw FileError(path: path, operation: .create, code: EEXIST) }
            guard rename(temporary, path) == 0 else { throw FileError(path: path, operation: .create, code: errno) }
        } catch {
            _ = unlink(temporary)
            throw error
        }
        syncDirectory(of: path)
    }
}

/// Closing through a named function avoids the clash with ``SystemFile/close()``.
@inline(__always)
private func systemClose(_ descriptor: Int32) -> Int32 {
    #if canImport(Darwin)
        return Darwin.close(descriptor)
    #else
        return Glibc.close(descriptor)
    #endif
}
