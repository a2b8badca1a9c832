#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads journal lines and folds their events into a ``SessionState``.
///
/// Each line is `{"seq":N,"at":"...","type":"...","data":{...}}`. The writer always puts
/// the envelope members first and in that order, so the reader "sniffs" a line's sequence
/// number, time and type without a parser. Then:
///
/// - lines whose type the caller asked to skip are not read further (this keeps
///   `workshop note` fast on a 100,000-event session);
/// - events with a single-pass decoder (``FastJournalDecodable``, e.g. `note.added`, most of
///   a journal) are read in one pass straight into the state;
/// - every other line, and any line the single-pass decoder does not accept, has its data
///   object parsed with a reused ``JSONTape`` and decoded by the event type;
/// - lines in another shape (edited by hand) get a full parse of the envelope too.
///
/// Everything runs on the calling thread: folding must be sequential, and splitting the
/// decoding over threads cost more (boxed events, frees across threads) than it saved.
struct JournalReader: Sendable {
    let path: String
    let registry: EventRegistry
    let skipping: Set<String>
    /// The skipped type names and their bytes, compared without creating strings.
    private let skippingList: [(name: String, bytes: [UInt8])]
    private var tape = JSONTape()
    private var times = TimestampParser()
    /// The previous line's type and its handlers: consecutive events are often of one type.
    private var lastType: (bytes: [UInt8], handlers: Handlers)?

    /// How to read one event type: its general applier and, when it has one, its
    /// single-pass applier. A class, so that handing it around per line costs one reference
    /// count rather than one per closure.
    final class Handlers: Sendable {
        let name: String
        let applier: EventRegistry.Applier
        let fastApplier: EventRegistry.FastApplier?

        init(name: String, applier: @escaping EventRegistry.Applier, fastApplier: EventRegistry.FastApplier?) {
            self.name = name
            self.applier = applier
            self.fastApplier = fastApplier
        }
    }

    init(path: String, registry: EventRegistry, skipping: Set<String>) {
        self.path = path
        self.registry = registry
        self.skipping = skipping
        skippingList = skipping.sorted().map { ($0, Array($0.utf8)) }
    }

    /// The result of reading a stretch of the file.
    struct Outcome {
        /// Offset just past the last good line.
        var consumed: Int
        /// A tail that is not a complete, valid line: left by a crash.
        var torn: Range<Int>?
        /// Number of complete lines consumed.
        var lines: Int
    }

    /// Reads and checks the header line at the start of the file.
    static func readHeader(_ buffer: UnsafeBufferPointer<UInt8>, path: String) throws(JournalError) -> (JournalHeader, Int) {
        guard let newline = buffer.firstIndex(of: 0x0A) else { throw JournalError.notAJournal(path: path) }
        var tape = JSONTape()
        do {
            try tape.parse(buffer, in: 0..<newline)
        } catch {
            throw JournalError.notAJournal(path: path)
        }
        let header: JournalHeader? = tape.withRoot { root in
            guard let object = root.object, object.member("format")?.isString(JournalHeader.formatName) == true,
                let version = object.member("version")?.int
            else { return nil }
            return JournalHeader(
                version: version,
                requires: object.member("requires")?.string ?? "",
                writtenBy: object.member("workshop")?.string ?? "",
                created: object.member("created")?.string.flatMap { Timestamp(iso8601: $0) } ?? Timestamp(milliseconds: 0),
                session: object.member("session")?.string ?? "")
        }
        guard let header else { throw JournalError.notAJournal(path: path) }
        if header.version > JournalHeader.currentVersion {
            let requires = header.requires.isEmpty ? header.writtenBy : header.requires
            throw JournalError.newerFormat(path: path, version: header.version, requires: requires)
        }
        return (header, newline + 1)
    }

    // MARK: Replay

    /// Folds the complete lines of `buffer` (which holds the file from byte `base` on) into
    /// `state`. `firstLine` is the 1-based line number of the buffer's first line.
    mutating func replay(
        _ buffer: UnsafeBufferPointer<UInt8>, base: Int, firstLine: Int, state: inout SessionState
    ) throws(JournalError) -> Outcome {
        var position = 0
        var line = firstLine
        while let end = Self.lineEnd(in: buffer, from: position) {
            do {
                try foldLine(buffer, position..<end, line: line, state: &state)
            } catch {
                // A bad final line is what a crash during a write leaves: recover it.
                // A bad line with good lines after it is real corruption: report it.
                if end + 1 == buffer.count {
                    return Outcome(
                        consumed: base + position, torn: (base + position)..<(base + buffer.count), lines: line - firstLine)
                }
                throw error
            }
            position = end + 1
            line += 1
        }
        let torn = position < buffer.count ? (base + position)..<(base + buffer.count) : nil
        return Outcome(consumed: base + position, torn: torn, lines: line - firstLine)
    }

    @inline(__always)
    static func lineEnd(in buffer: UnsafeBufferPointer<UInt8>, from position: Int) -> Int? {
        guard position < buffer.count, let base = buffer.baseAddress,
            let found = memchr(base + position, 0x0A, buffer.count - position)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    // MARK: One line

    /// Folds one line (without the newline) into `state`.
    private mutating func foldLine(
        _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, state: inout SessionState
    )
        throws(JournalError)
    {
        if range.allSatisfy({ buffer[$0] == 0x20 || buffer[$0] == 0x09 || buffer[$0] == 0x0D }) { return }
        guard let envelope = Self.sniff(buffer, range) else {
            return try foldUnusualLine(buffer, range, line: line, state: &state)
        }
        let expected = state.lastSequence + 1
        guard envelope.sequence == expected else {
            throw JournalError.sequenceMismatch(path: path, line: line, expected: expected, found: envelope.sequence)
        }
        if let skipped = skippedIndex(buffer, envelope.type) {
            if state.skippedTypes.count < skippingList.count { state.skippedTypes.insert(skippingList[skipped].name) }
            state.lastSequence = envelope.sequence
            state.eventCount += 1
            return
        }
        guard let at = times.parse(UnsafeBufferPointer(rebasing: buffer[envelope.at])) else {
            throw JournalError.corruptLine(path: path, line: line, reason: "$.at: expected an ISO 8601 time")
        }
        let handlers = try handlers(buffer, envelope.type, line: line)
        let context = EventContext(sequence: envelope.sequence, at: at)
        if let fast = handlers.fastApplier, fast(buffer, envelope.data, context, &state) {
            state.lastSequence = envelope.sequence
            state.eventCount += 1
            state.lastEventAt = at
            return
        }
        try apply(handlers, buffer, envelope.data, lineStart: range.lowerBound, context: context, line: line, state: &state)
    }

    /// Parses the data object in `dataRange` with the tape and folds the event.
    private mutating func apply(
        _ handlers: Handlers, _ buffer: UnsafeBufferPointer<UInt8>, _ dataRange: Range<Int>, lineStart: Int,
        context: EventContext, line: Int, state: inout SessionState
    ) throws(JournalError) {
        do {
            try tape.parse(buffer, in: dataRange)
        } catch {
            throw corrupt(buffer, line: line, lineStart: lineStart, error)
        }
        let path = self.path
        try tape.withRoot { root throws(JournalError) in
            guard let data = root.object else {
                throw JournalError.corruptLine(
                    path: path, line: line, reason: "$.data: expected an object, found \(root.kindName)")
            }
            do throws(JSONDecodingError) {
                try handlers.applier(data, context, &state)
            } catch {
                throw JournalError.corruptLine(
                    path: path, line: line, reason: "event \"\(handlers.name)\": " + error.prefixed([.key("data")]).summary)
            }
        }
        state.lastSequence = context.sequence
        state.eventCount += 1
        state.lastEventAt = context.at
    }

    /// A line not in the writer's exact shape (edited by hand, or written by another tool):
    /// parse the whole envelope.
    private mutating func foldUnusualLine(
        _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, state: inout SessionState
    ) throws(JournalError) {
        do {
            try tape.parse(buffer, in: range)
        } catch {
            throw corrupt(buffer, line: line, lineStart: range.lowerBound, error)
        }
        let path = self.path
        let envelope: (sequence: Int, at: Timestamp, type: String, data: Range<Int>) = try tape.withRoot {
            root throws(JournalError) in
            guard let object = root.object else {
                throw JournalError.corruptLine(path: path, line: line, reason: "expected an event object, found \(root.kindName)")
            }
            do throws(JSONDecodingError) {
                let sequence = try object.int("seq")
                let atText = try object.string("at")
                guard let at = Timestamp(iso8601: atText) else {
                    throw JSONDecodingError(
                        path: [.key("at")], problem: .invalidValue(expected: "an ISO 8601 time", found: "\"\(atText)\""))
                }
                let type = try object.string("type")
                let data = try object.object("data")
                return (sequence, at, type, data.value.offset..<data.value.token.end)
            } catch {
                throw JournalError.corruptLine(path: path, line: line, reason: error.summary)
            }
        }
        let expected = state.lastSequence + 1
        guard envelope.sequence == expected else {
            throw JournalError.sequenceMismatch(path: path, line: line, expected: expected, found: envelope.sequence)
        }
        if skipping.contains(envelope.type) {
            state.skippedTypes.insert(envelope.type)
            state.lastSequence = envelope.sequence
            state.eventCount += 1
            return
        }
        let context = EventContext(sequence: envelope.sequence, at: envelope.at)
        try apply(
            handlers(named: envelope.type, line: line), buffer, envelope.data, lineStart: range.lowerBound, context: context,
            line: line, state: &state)
    }

    /// The index of the skipped type in `range`, if it is one the caller asked to skip,
    /// compared as bytes.
    @inline(__always)
    private func skippedIndex(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !skippingList.isEmpty else { return nil }
        for (index, candidate) in skippingList.enumerated() where candidate.bytes.count == range.count {
            var equal = true
            for offset in 0..<candidate.bytes.count where candidate.bytes[offset] != buffer[range.lowerBound + offset] {
                equal = false
                break
            }
            if equal { return index }
        }
        return nil
    }

    /// The handlers of the type named by the bytes in `range`.
    private mutating func handlers(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) throws(JournalError)
        -> Handlers
    {
        if let last = lastType, last.bytes.count == range.count,
            last.bytes.indices.allSatisfy({ last.bytes[$0] == buffer[range.lowerBound + $0] })
        {
            return last.handlers
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        let handlers = try handlers(named: name, line: line)
        lastType = (Array(buffer[range]), handlers)
        return handlers
    }

    private func handlers(named name: String, line: Int) throws(JournalError) -> Handlers {
        guard let applier = registry.applier(for: name) else {
            throw JournalError.unknownEventType(path: path, line: line, type: name)
        }
        return Handlers(name: name, applier: applier, fastApplier: registry.fastApplier(for: name))
    }

    private func corrupt(_ buffer: UnsafeBufferPointer<UInt8>, line: Int, lineStart: Int, _ error: JSONSyntaxError)
        -> JournalError
    {
        var column = 1
        var index = lineStart
        while index < min(error.offset, buffer.count) {
            if buffer[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return JournalError.corruptLine(path: path, line: line, reason: "column \(column): \(error.summary)")
    }

    // MARK: Sniffing

    private static let sequencePrefix: StaticString = #"{"seq":"#
    private static let atPrefix: StaticString = #","at":""#
    private static let typePrefix: StaticString = #"","type":""#
    private static let dataPrefix: StaticString = #"","data":"#

    /// The envelope of a line written by ``Session``, read without parsing: sequence number,
    /// and the byte ranges of the time, the type and the data object. Nil when the line is
    /// not in that exact shape.
    static func sniff(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
        -> (sequence: Int, at: Range<Int>, type: Range<Int>, data: Range<Int>)?
    {
        guard let base = buffer.baseAddress else { return nil }
        var index = range.lowerBound
        let end = range.upperBound
        @inline(__always) func expect(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= end else { return false }
            let expected = literal.utf8Start
            for offset in 0..<count where base[index + offset] != expected[offset] { return false }
            index += count
            return true
        }
        guard expect(sequencePrefix) else { return nil }
        var sequence = 0
        let digitsStart = index
        while index < end, index - digitsStart < 18 {
            let digit = base[index] &- 0x30
            guard digit < 10 else { break }
            sequence = sequence * 10 + Int(digit)
            index += 1
        }
        guard index > digitsStart, expect(atPrefix) else { return nil }
        let atStart = index
        // The writer's times are 24 characters long; fall back to a search otherwise.
        if atStart + 24 < end, base[atStart + 24] == 0x22 {
            index = atStart + 24
        } else {
            guard let atQuote = memchr(base + index, 0x22, end - index) else { return nil }
            index = base.distance(to: atQuote.assumingMemoryBound(to: UInt8.self))
        }
        let atEnd = index
        guard expect(typePrefix) else { return nil }
        let typeStart = index
        while index < end, base[index] != 0x22 {
            guard base[index] != 0x5C else { return nil }
            index += 1
        }
        let typeEnd = index
        guard expect(dataPrefix), end - 1 > index, base[end - 1] == UInt8(ascii: "}") else { return nil }
        return (sequence, atStart..<atEnd, typeStart..<typeEnd, index..<(end - 1))
    }
}
