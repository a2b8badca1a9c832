#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads journal lines and folds their events into a ``SessionState``.
///
/// Each line is `{"seq":N,"at":"...","type":"...","data":{...}}`. The writer always puts
/// the envelope members first and in that order, so the reader "sniffs" a line's sequence
/// number, time and type without a parser and parses only the data object with a reused
/// ``JSONTape``. Lines whose type the caller asked to skip are never parsed (this keeps
/// `workshop note` fast on a 100,000-event session). Lines in another shape (edited by
/// hand) fall back to a full parse.
///
/// Large stretches are decoded in parallel chunks (decoding is the expensive part) and
/// folded in order on the calling thread (folding is cheap and must be sequential).
struct JournalReader: Sendable {
    let path: String
    let registry: EventRegistry
    let skipping: Set<String>
    /// The skipped type names and their bytes, compared without creating strings.
    private let skippingList: [(name: String, bytes: [UInt8])]
    private var tape = JSONTape()
    /// The previous line's type and its handlers: consecutive events are often of one type.
    private var lastType: (bytes: [UInt8], name: String, decoder: EventRegistry.Decoder, applier: EventRegistry.Applier)?

    /// Below this many bytes, decoding runs on the calling thread only.
    static let parallelThreshold = 2 << 20

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

    /// One decoded line.
    enum Item: Sendable {
        case event(EventContext, any JournalEvent)
        case skipped(sequence: Int, type: String)
        /// A line of a skipped type, by its index in the reader's list.
        case skippedIndex(sequence: Int, index: Int)
        case blank
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
        // Partial replays (skipped types) are cheap per line: splitting them costs more than it saves.
        if buffer.count >= Self.parallelThreshold, skippingList.isEmpty {
            let chunks = Self.chunks(of: buffer, count: min(Parallel.processorCount, 4))
            if chunks.count > 1 { return try replayInParallel(buffer, chunks: chunks, base: base, firstLine: firstLine, state: &state) }
        }
        var position = 0
        var line = firstLine
        while let end = Self.lineEnd(in: buffer, from: position) {
            do {
                try foldLine(buffer, position..<end, line: line, state: &state)
            } catch {
                // A bad final line is what a crash during a write leaves: recover it.
                // A bad line with good lines after it is real corruption: report it.
                if end + 1 == buffer.count {
                    return Outcome(consumed: base + position, torn: (base + position)..<(base + buffer.count), lines: line - firstLine)
                }
                throw error
            }
            position = end + 1
            line += 1
        }
        let torn = position < buffer.count ? (base + position)..<(base + buffer.count) : nil
        return Outcome(consumed: base + position, torn: torn, lines: line - firstLine)
    }

    /// What one chunk decoded: its items, its line count, and where it stopped on an error.
    private struct ChunkResult: Sendable {
        var items: [Item] = []
        var lines = 0
        var failure: (error: JournalError, offset: Int, endOfLine: Int)?
        var tail: Int?
    }

    private func replayInParallel(
        _ buffer: UnsafeBufferPointer<UInt8>, chunks: [Range<Int>], base: Int, firstLine: Int, state: inout SessionState
    ) throws(JournalError) -> Outcome {
        var results = [ChunkResult](repeating: ChunkResult(), count: chunks.count)
        let template = self
        results.withUnsafeMutableBufferPointer { output in
            nonisolated(unsafe) let output = output
            nonisolated(unsafe) let buffer = buffer
            Parallel.forEach(chunks.count) { chunkIndex in
                var reader = template
                var result = ChunkResult()
                result.items.reserveCapacity(chunks[chunkIndex].count / 160)
                var position = chunks[chunkIndex].lowerBound
                let limit = chunks[chunkIndex].upperBound
                while position < limit, let end = Self.lineEnd(in: buffer, from: position), end < limit {
                    do throws(JournalError) {
                        result.items.append(try reader.decode(buffer, position..<end, line: 0))
                    } catch {
                        result.failure = (error, position, end)
                        break
                    }
                    position = end + 1
                    result.lines += 1
                }
                if result.failure == nil, position < limit { result.tail = position }
                output[chunkIndex] = result
            }
        }
        var line = firstLine
        for result in results {
            for item in result.items {
                if case .skippedIndex(let sequence, let index) = item {
                    try Self.fold(.skipped(sequence: sequence, type: skippingList[index].name), line: line, path: path, state: &state)
                } else {
                    try Self.fold(item, line: line, path: path, state: &state)
                }
                line += 1
            }
            if let failure = result.failure {
                if failure.endOfLine + 1 == buffer.count {
                    return Outcome(
                        consumed: base + failure.offset, torn: (base + failure.offset)..<(base + buffer.count),
                        lines: line - firstLine)
                }
                throw Self.renumbered(failure.error, line: line)
            }
            if let tail = result.tail {
                return Outcome(consumed: base + tail, torn: (base + tail)..<(base + buffer.count), lines: line - firstLine)
            }
        }
        return Outcome(consumed: base + buffer.count, torn: nil, lines: line - firstLine)
    }

    /// Splits `buffer` into up to `count` ranges of whole lines (the last range keeps any
    /// unterminated tail).
    static func chunks(of buffer: UnsafeBufferPointer<UInt8>, count: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for part in 1..<count {
            let target = buffer.count * part / count
            guard target > start, let end = lineEnd(in: buffer, from: target) else { break }
            ranges.append(start..<(end + 1))
            start = end + 1
        }
        if start < buffer.count { ranges.append(start..<buffer.count) }
        return ranges
    }

    @inline(__always)
    static func lineEnd(in buffer: UnsafeBufferPointer<UInt8>, from position: Int) -> Int? {
        guard position < buffer.count, let base = buffer.baseAddress,
            let found = memchr(base + position, 0x0A, buffer.count - position)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func renumbered(_ error: JournalError, line: Int) -> JournalError {
        switch error {
        case .corruptLine(let path, _, let reason): return .corruptLine(path: path, line: line, reason: reason)
        case .unknownEventType(let path, _, let type): return .unknownEventType(path: path, line: line, type: type)
        default: return error
        }
    }

    // MARK: One line

    /// Checks the sequence number of a decoded line and folds it into `state`.
    static func fold(_ item: Item, line: Int, path: String, state: inout SessionState) throws(JournalError) {
        let expected = state.lastSequence + 1
        switch item {
        case .blank:
            return
        case .skipped(let sequence, let type):
            guard sequence == expected else {
                throw JournalError.sequenceMismatch(path: path, line: line, expected: expected, found: sequence)
            }
            state.skippedTypes.insert(type)
            state.lastSequence = sequence
            state.eventCount += 1
        case .skippedIndex:
            // Resolved by `fold(_:line:state:)` of the reader, which knows the names.
            return
        case .event(let context, let event):
            guard context.sequence == expected else {
                throw JournalError.sequenceMismatch(path: path, line: line, expected: expected, found: context.sequence)
            }
            event.apply(to: &state, context: context)
            state.lastSequence = context.sequence
            state.eventCount += 1
            state.lastEventAt = context.at
        }
    }

    /// Decodes one line (without the newline) and folds it into `state` directly: the
    /// sequential path, with no intermediate boxed event.
    private mutating func foldLine(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, state: inout SessionState)
        throws(JournalError)
    {
        guard let envelope = Self.sniff(buffer, range) else {
            return try Self.fold(decode(buffer, range, line: line), line: line, path: path, state: &state)
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
        guard let at = Timestamp.parse(UnsafeBufferPointer(rebasing: buffer[envelope.at])) else {
            throw JournalError.corruptLine(path: path, line: line, reason: "$.at: expected an ISO 8601 time")
        }
        let handlers = try handlers(buffer, envelope.type, line: line)
        let context = EventContext(sequence: envelope.sequence, at: at)
        try parseData(buffer, envelope.data, lineStart: range.lowerBound, line: line)
        let path = self.path
        try tape.withRoot { root throws(JournalError) in
            guard let data = root.object else {
                throw JournalError.corruptLine(path: path, line: line, reason: "$.data: expected an object, found \(root.kindName)")
            }
            do throws(JSONDecodingError) {
                try handlers.applier(data, context, &state)
            } catch {
                throw JournalError.corruptLine(
                    path: path, line: line, reason: "event \"\(handlers.name)\": " + error.prefixed([.key("data")]).summary)
            }
        }
        state.lastSequence = envelope.sequence
        state.eventCount += 1
        state.lastEventAt = at
    }

    /// Decodes one line (without the newline) into an item, for the parallel path.
    mutating func decode(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) throws(JournalError) -> Item {
        if range.allSatisfy({ buffer[$0] == 0x20 || buffer[$0] == 0x09 || buffer[$0] == 0x0D }) { return .blank }
        guard let envelope = Self.sniff(buffer, range) else {
            return try decodeUnusualLine(buffer, range, line: line)
        }
        if let skipped = skippedIndex(buffer, envelope.type) {
            return .skippedIndex(sequence: envelope.sequence, index: skipped)
        }
        guard let at = Timestamp.parse(UnsafeBufferPointer(rebasing: buffer[envelope.at])) else {
            throw JournalError.corruptLine(path: path, line: line, reason: "$.at: expected an ISO 8601 time")
        }
        let handlers = try handlers(buffer, envelope.type, line: line)
        let context = EventContext(sequence: envelope.sequence, at: at)
        return .event(context, try decodeData(handlers, buffer, envelope.data, lineStart: range.lowerBound, line: line))
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

    /// The decoder and applier of the type named by the bytes in `range`.
    private mutating func handlers(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) throws(JournalError)
        -> (name: String, decoder: EventRegistry.Decoder, applier: EventRegistry.Applier)
    {
        if let last = lastType, last.bytes.count == range.count,
            last.bytes.indices.allSatisfy({ last.bytes[$0] == buffer[range.lowerBound + $0] })
        {
            return (last.name, last.decoder, last.applier)
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        guard let decoder = registry.decoder(for: name), let applier = registry.applier(for: name) else {
            throw JournalError.unknownEventType(path: path, line: line, type: name)
        }
        lastType = (Array(buffer[range]), name, decoder, applier)
        return (name, decoder, applier)
    }

    private mutating func parseData(_ buffer: UnsafeBufferPointer<UInt8>, _ dataRange: Range<Int>, lineStart: Int, line: Int)
        throws(JournalError)
    {
        do {
            try tape.parse(buffer, in: dataRange)
        } catch {
            throw corrupt(buffer, line: line, lineStart: lineStart, error)
        }
    }

    /// Parses the data object in `dataRange` and decodes the event.
    private mutating func decodeData(
        _ handlers: (name: String, decoder: EventRegistry.Decoder, applier: EventRegistry.Applier),
        _ buffer: UnsafeBufferPointer<UInt8>, _ dataRange: Range<Int>, lineStart: Int, line: Int
    ) throws(JournalError) -> any JournalEvent {
        try parseData(buffer, dataRange, lineStart: lineStart, line: line)
        let path = self.path
        return try tape.withRoot { root throws(JournalError) -> any JournalEvent in
            guard let data = root.object else {
                throw JournalError.corruptLine(path: path, line: line, reason: "$.data: expected an object, found \(root.kindName)")
            }
            do throws(JSONDecodingError) {
                return try handlers.decoder(data)
            } catch {
                throw JournalError.corruptLine(
                    path: path, line: line, reason: "event \"\(handlers.name)\": " + error.prefixed([.key("data")]).summary)
            }
        }
    }

    /// A line not in the writer's exact shape (edited by hand, or written by another tool):
    /// parse the whole envelope.
    private mutating func decodeUnusualLine(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int)
        throws(JournalError) -> Item
    {
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
        if skipping.contains(envelope.type) { return .skipped(sequence: envelope.sequence, type: envelope.type) }
        guard let decoder = registry.decoder(for: envelope.type), let applier = registry.applier(for: envelope.type) else {
            throw JournalError.unknownEventType(path: path, line: line, type: envelope.type)
        }
        let event = try decodeData((envelope.type, decoder, applier), buffer, envelope.data, lineStart: range.lowerBound, line: line)
        return .event(EventContext(sequence: envelope.sequence, at: envelope.at), event)
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
