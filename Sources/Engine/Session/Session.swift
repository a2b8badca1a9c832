#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open session file: its journal, and the state folded from it.
///
/// A session is one file, `NAME.workshop`: a header line, then one event per line. Many
/// processes may hold the same session open (the facilitator's console, six systematisers):
///
/// - Reading takes a shared `flock` lock; appending takes an exclusive one, catches up with
///   what other processes appended, lets the caller decide the events against that fresh
///   state, writes them in one `write`, calls `fsync`, and only then returns. A caller that
///   got a ``RecordedEvent`` back knows the event survives a crash or a power loss.
/// - A last line torn by a crash is cut off and kept beside the file
///   (`NAME.workshop.torn-TIME`), with one warning. A bad line with good lines after it is
///   an error naming the line.
public final class Session: @unchecked Sendable {
    /// How to open a session.
    public struct OpenOptions: Sendable {
        /// Event types not to decode, for commands that do not need them (their sequence
        /// numbers still count). The resulting state lacks those events.
        public var skipping: Set<String>

        public init(skipping: Set<String> = []) {
            self.skipping = skipping
        }
    }

    public let path: String
    public private(set) var header: JournalHeader
    public private(set) var state: SessionState
    public let clock: any TimeSource
    /// Whether this process can append (false for a read-only file).
    public let isWritable: Bool

    private let file: SystemFile
    private var reader: JournalReader
    private var consumed: Int
    private var nextLine: Int
    private let warn: @Sendable (JournalWarning) -> Void

    private init(
        path: String, file: SystemFile, writable: Bool, registry: EventRegistry, options: OpenOptions,
        clock: any TimeSource, warn: @escaping @Sendable (JournalWarning) -> Void
    ) throws(JournalError) {
        self.path = path
        self.file = file
        self.isWritable = writable
        self.clock = clock
        self.warn = warn
        reader = JournalReader(path: path, registry: registry, skipping: options.skipping)
        state = SessionState()
        consumed = 0
        nextLine = 2
        header = JournalHeader(created: Timestamp(milliseconds: 0), session: "")
        do {
            try file.lock(.shared)
        } catch {
            throw JournalError.file(error)
        }
        let torn: Range<Int>?
        do {
            defer { file.unlock() }
            torn = try file.withBytes(from: 0) { buffer throws(JournalError) in
                let (header, headerEnd) = try JournalReader.readHeader(buffer, path: path)
                self.header = header
                consumed = headerEnd
                return try fold(UnsafeBufferPointer(rebasing: buffer[headerEnd...]), base: headerEnd)
            }
        }
        if torn != nil { try recoverTornTail() }
    }

    // MARK: Opening and creating

    /// Opens an existing session file and replays it.
    public static func open(
        at path: String, registry: EventRegistry = .standard, options: OpenOptions = OpenOptions(),
        clock: any TimeSource = SystemTimeSource(), warn: @escaping @Sendable (JournalWarning) -> Void = { _ in }
    ) throws(JournalError) -> Session {
        var writable = true
        let file: SystemFile
        do {
            file = try SystemFile(path: path, mode: .readWrite)
        } catch let error where error.code == EACCES || error.code == EROFS || error.code == EPERM {
            writable = false
            do {
                file = try SystemFile(path: path, mode: .readOnly)
            } catch {
                throw JournalError.file(error)
            }
        } catch {
            throw JournalError.file(error)
        }
        if FilePath.isDirectory(path) { throw JournalError.file(FileError(path: path, operation: .read, code: EISDIR)) }
        return try Session(
            path: path, file: file, writable: writable, registry: registry, options: options, clock: clock, warn: warn)
    }

    /// Creates a session file holding `events`, atomically: the file appears complete or not
    /// at all. Fails if a file exists at `path` unless `replacing` is true.
    public static func create(
        at path: String, events: [any JournalEvent], registry: EventRegistry = .standard,
        clock: any TimeSource = SystemTimeSource(), sessionID: String? = nil, replacing: Bool = false
    ) throws(JournalError) -> Session {
        if !replacing, FilePath.exists(path) { throw JournalError.alreadyExists(path: path) }
        let now = clock.now()
        let header = JournalHeader(created: now, session: sessionID ?? randomSessionID())
        var writer = JSONWriter(capacity: 4096)
        for (offset, event) in events.enumerated() {
            encode(event, context: EventContext(sequence: offset + 1, at: now), into: &writer)
        }
        do {
            try SystemFile.writeAtomically(header.line + writer.bytes, to: path, replacing: replacing)
        } catch {
            if error.code == EEXIST { throw JournalError.alreadyExists(path: path) }
            throw JournalError.file(error)
        }
        return try open(at: path, registry: registry, clock: clock)
    }

    // MARK: Reading what others appended

    /// Folds in events other processes appended since the last read. Returns how many.
    @discardableResult
    public func refresh() throws(JournalError) -> Int {
        do {
            try file.lock(.shared)
        } catch {
            throw JournalError.file(error)
        }
        let before = state.eventCount
        let torn: Range<Int>?
        do {
            defer { file.unlock() }
            torn = try catchUp()
        }
        if torn != nil { try recoverTornTail() }
        return state.eventCount - before
    }

    // MARK: Appending

    /// Appends the events `decide` returns, atomically and durably.
    ///
    /// Under an exclusive lock, the state is brought up to date with what other processes
    /// appended, then `decide` sees it and returns the events to record (or throws to
    /// record nothing). The events are written in one `write` and flushed with `fsync`;
    /// if either fails, the file is cut back and the error is thrown, so the journal holds
    /// all of the events or none.
    @discardableResult
    public func append(_ decide: (SessionState) throws -> [any JournalEvent]) throws -> [RecordedEvent] {
        guard isWritable else { throw JournalError.file(FileError(path: path, operation: .write, code: EACCES)) }
        do {
            try file.lock(.exclusive)
        } catch {
            throw JournalError.file(error)
        }
        defer { file.unlock() }
        if let torn = try catchUp() { try cutTornTail(torn) }
        let events = try decide(state)
        guard !events.isEmpty else { return [] }
        let now = clock.now()
        var writer = JSONWriter(capacity: 256 * events.count)
        var recorded: [RecordedEvent] = []
        for (offset, event) in events.enumerated() {
            let context = EventContext(sequence: state.lastSequence + 1 + offset, at: now)
            Self.encode(event, context: context, into: &writer)
            recorded.append(RecordedEvent(context: context, type: type(of: event).type))
        }
        do {
            try file.write(writer.bytes)
            try file.sync()
        } catch {
            try? file.truncate(to: consumed)
            throw JournalError.file(error)
        }
        for (event, record) in zip(events, recorded) {
            event.apply(to: &state, context: record.context)
            state.lastSequence = record.context.sequence
            state.eventCount += 1
            state.lastEventAt = record.context.at
        }
        consumed += writer.bytes.count
        nextLine += events.count
        return recorded
    }

    /// Appends fixed events (no decision against the state).
    @discardableResult
    public func append(_ events: [any JournalEvent]) throws -> [RecordedEvent] {
        try append { _ in events }
    }

    // MARK: Internals

    /// Writes one event line.
    static func encode(_ event: any JournalEvent, context: EventContext, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("seq", context.sequence)
        writer.field("at", context.at.iso8601)
        writer.field("type", type(of: event).type)
        writer.key("data")
        event.write(to: &writer)
        writer.endObject()
        writer.newline()
    }

    /// Reads from `consumed` to the end of the file; the caller holds a lock.
    private func catchUp() throws(JournalError) -> Range<Int>? {
        let base = consumed
        return try file.withBytes(from: base) { buffer throws(JournalError) in
            buffer.isEmpty ? nil : try fold(buffer, base: base)
        }
    }

    /// Folds the lines of `buffer`, which holds the file from byte `base` on.
    private func fold(_ buffer: UnsafeBufferPointer<UInt8>, base: Int) throws(JournalError) -> Range<Int>? {
        let outcome = try reader.replay(buffer, base: base, firstLine: nextLine, state: &state)
        nextLine += outcome.lines
        consumed = outcome.consumed
        return outcome.torn
    }

    /// Takes the exclusive lock and cuts a torn tail (if it is still there).
    private func recoverTornTail() throws(JournalError) {
        guard isWritable else {
            let size = (try? file.size()) ?? consumed
            warn(.tornTailIgnored(path: path, bytes: size - consumed))
            return
        }
        do {
            try file.lock(.exclusive)
        } catch {
            throw JournalError.file(error)
        }
        defer { file.unlock() }
        if let torn = try catchUp() { try cutTornTail(torn) }
    }

    /// Keeps a copy of the torn bytes beside the journal, then truncates; the caller holds
    /// the exclusive lock.
    private func cutTornTail(_ torn: Range<Int>) throws(JournalError) {
        let tail: [UInt8]
        do {
            tail = try file.read(from: torn.lowerBound)
        } catch {
            throw JournalError.file(error)
        }
        let copy = "\(path).torn-\(clock.now().milliseconds)"
        do {
            try SystemFile.writeAtomically(tail, to: copy, replacing: true)
            try file.truncate(to: torn.lowerBound)
            try file.sync()
        } catch {
            throw JournalError.file(error)
        }
        warn(.tornTailRecovered(path: path, bytes: tail.count, copy: copy))
    }

    private static func randomSessionID() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
