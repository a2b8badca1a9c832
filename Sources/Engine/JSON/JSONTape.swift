/// A reusable, allocation-free (after warm-up) JSON parser that records every value of one
/// JSON text as a flat array of ``JSONToken``s over the caller's bytes.
///
/// This is the journal's hot path: replaying 100,000 events parses 100,000 lines, so nothing
/// here allocates per value. Strings are only turned into `String`s when a reader asks for
/// them (see ``JSONValueView``).
///
/// Lifetime rule: the views handed out by ``withRoot(_:)`` point into the bytes given to
/// ``parse(_:in:)`` and into the tape itself; use them only inside the closure, and only
/// while those bytes are alive. A tape may move between threads (it is unchecked
/// `Sendable`): the pointer it keeps is only read again through ``withRoot(_:)``.
public struct JSONTape: @unchecked Sendable {
    /// Deepest nesting accepted; deeper input is rejected instead of exhausting memory.
    public static let maximumDepth = 512

    private var storage = TokenStorage()
    private var bytes: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)

    public init() {}

    /// The tokens of the last parse.
    public var tokens: UnsafeBufferPointer<JSONToken> {
        UnsafeBufferPointer(start: storage.tokens, count: storage.count)
    }

    /// Parses the JSON text in `range` of `buffer`. Offsets in tokens and errors are offsets
    /// into `buffer`. Whitespace around the value is allowed; anything else after it is an error.
    public mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>, in range: Range<Int>) throws(JSONSyntaxError) {
        // A copied tape shares its storage until it parses: then it takes its own, so copies
        // (one per decoding thread) never write into each other's tokens.
        if !isKnownUniquelyReferenced(&storage) { storage = TokenStorage() }
        storage.count = 0
        bytes = buffer
        var parser = Parser(
            bytes: buffer, position: range.lowerBound, end: range.upperBound, tokens: storage.tokens,
            capacity: storage.capacity, stack: storage.stack)
        defer {
            storage.tokens = parser.tokens
            storage.capacity = parser.capacity
            storage.count = parser.count
        }
        try parser.run()
    }

    /// Parses a whole buffer.
    public mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) {
        try parse(buffer, in: 0..<buffer.count)
    }

    /// Calls `body` with a view of the parsed root value.
    public func withRoot<Result, Failure: Error>(_ body: (JSONValueView) throws(Failure) -> Result) throws(Failure) -> Result {
        storage.hint[0] = -1
        return try body(JSONValueView(tokens: tokens, bytes: bytes, index: 0, hint: storage.hint))
    }
}

/// The growable token buffer of a tape. A class so that its memory is freed once, and so
/// that the parser writes through a raw pointer without copy-on-write checks per token.
/// Each tape owns its own storage; tapes are not shared between threads.
final class TokenStorage {
    var tokens: UnsafeMutablePointer<JSONToken>
    var count = 0
    var capacity: Int
    var stack: UnsafeMutablePointer<Int>
    /// The member-lookup hint shared by the views of the current parse.
    let hint = UnsafeMutablePointer<Int>.allocate(capacity: 2)

    init() {
        capacity = 64
        tokens = UnsafeMutablePointer<JSONToken>.allocate(capacity: capacity)
        stack = UnsafeMutablePointer<Int>.allocate(capacity: JSONTape.maximumDepth)
    }

    deinit {
        tokens.deallocate()
        stack.deallocate()
        hint.deallocate()
    }

}

/// The state machine behind ``JSONTape``.
private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int
    /// The token buffer, held in locals while parsing (class properties would be checked
    /// for exclusive access on every token).
    var tokens: UnsafeMutablePointer<JSONToken>
    var capacity: Int
    let stack: UnsafeMutablePointer<Int>
    var count = 0
    var depth = 0

    init(
        bytes: UnsafeBufferPointer<UInt8>, position: Int, end: Int, tokens: UnsafeMutablePointer<JSONToken>, capacity: Int,
        stack: UnsafeMutablePointer<Int>
    ) {
        self.bytes = bytes
        self.position = position
        self.end = end
        self.tokens = tokens
        self.capacity = capacity
        self.stack = stack
    }

    @inline(__always)
    private mutating func append(_ token: JSONToken) {
        if count == capacity { grow() }
        (tokens + count).initialize(to: token)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<JSONToken>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: tokens, count: count)
        tokens.deallocate()
        tokens = larger
        capacity *= 2
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    mutating func run() throws(JSONSyntaxError) {
        var expectingValue = true
        while true {
            skipWhitespace()
            if expectingValue {
                guard position < end else { throw JSONSyntaxError(.unexpectedEnd, at: position) }
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    guard depth < JSONTape.maximumDepth else { throw JSONSyntaxError(.tooDeep, at: position) }
                    let isObject = byte == UInt8(ascii: "{")
                    stack[depth] = count
                    depth += 1
                    append(
                        JSONToken(
                            kind: isObject ? .object : .array, flag: false, start: position, end: position,
                            next: 0, count: 0))
                    position += 1
                    skipWhitespace()
                    guard position < end else { throw JSONSyntaxError(.unexpectedEnd, at: position) }
                    if bytes[position] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                        position += 1
                        closeContainer()
                        expectingValue = false
                        continue
                    }
                    if isObject { try readKey() }
                    continue
                case Self.quote:
                    try readString()
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    try readNumber()
                case UInt8(ascii: "t"):
                    try readLiteral("true", kind: .true)
                case UInt8(ascii: "f"):
                    try readLiteral("false", kind: .false)
                case UInt8(ascii: "n"):
                    try readLiteral("null", kind: .null)
                default:
                    throw JSONSyntaxError(.unexpectedCharacter(byte), at: position)
                }
                if depth > 0 { tokens[stack[depth - 1]].count += 1 }
                expectingValue = false
            } else {
                guard depth > 0 else { break }
                let top = stack[depth - 1]
                guard position < end else { throw JSONSyntaxError(.unexpectedEnd, at: position) }
                let byte = bytes[position]
                let isObject = tokens[top].kind == .object
                if byte == UInt8(ascii: ",") {
                    position += 1
                    if isObject {
                        skipWhitespace()
                        try readKey()
                    }
                    expectingValue = true
                } else if byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    position += 1
                    closeContainer()
                } else {
                    throw JSONSyntaxError(.expectedCommaOrEnd, at: position)
                }
            }
        }
        skipWhitespace()
        if position < end { throw JSONSyntaxError(.trailingCharacters, at: position) }
    }

    private mutating func closeContainer() {
        depth -= 1
        let index = stack[depth]
        tokens[index].end = position
        tokens[index].next = Int32(count)
        if depth > 0 { tokens[stack[depth - 1]].count += 1 }
    }

    private mutating func skipWhitespace() {
        while position < end {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Reads `"key"` and the colon after it, leaving the position at the value.
    private mutating func readKey() throws(JSONSyntaxError) {
        guard position < end else { throw JSONSyntaxError(.unexpectedEnd, at: position) }
        guard bytes[position] == Self.quote else { throw JSONSyntaxError(.expectedKey, at: position) }
        try readString()
        skipWhitespace()
        guard position < end else { throw JSONSyntaxError(.unexpectedEnd, at: position) }
        guard bytes[position] == UInt8(ascii: ":") else { throw JSONSyntaxError(.expectedColon, at: position) }
        position += 1
    }

    private mutating func readString() throws(JSONSyntaxError) {
        let start = position + 1
        var index = start
        var escaped = false
        while true {
            index = skipPlainBytes(from: index)
            guard index < end else { throw JSONSyntaxError(.unexpectedEnd, at: end) }
            let byte = bytes[index]
            if byte == Self.quote {
                append(
                    JSONToken(kind: .string, flag: escaped, start: start, end: index, next: Int32(count + 1), count: 0))
                position = index + 1
                return
            }
            if byte == Self.backslash {
                escaped = true
                guard index + 1 < end else { throw JSONSyntaxError(.unexpectedEnd, at: index + 1) }
                switch bytes[index + 1] {
                case Self.quote, Self.backslash, UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                case UInt8(ascii: "u"):
                    guard index + 5 < end else { throw JSONSyntaxError(.unexpectedEnd, at: end) }
                    for offset in 2...5 where JSONText.hexValue(bytes[index + offset]) == nil {
                        throw JSONSyntaxError(.invalidEscape, at: index)
                    }
                    index += 6
                default:
                    throw JSONSyntaxError(.invalidEscape, at: index)
                }
                continue
            }
            if byte < 0x20 { throw JSONSyntaxError(.controlCharacterInString, at: index) }
            index += 1
        }
    }

    /// The index of the first byte at or after `index` that is a quote, a backslash or a
    /// control character (or `end`). Eight bytes at a time: this loop is where replay spends
    /// most of its time, inside note texts.
    @inline(__always)
    private func skipPlainBytes(from start: Int) -> Int {
        var index = start
        #if _endian(little)
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let quotes = word ^ 0x2222_2222_2222_2222
                let backslashes = word ^ 0x5C5C_5C5C_5C5C_5C5C
                let high: UInt64 = 0x8080_8080_8080_8080
                let ones: UInt64 = 0x0101_0101_0101_0101
                let hits =
                    ((quotes &- ones) & ~quotes & high) | ((backslashes &- ones) & ~backslashes & high)
                    | ((word &- 0x2020_2020_2020_2020) & ~word & high)
                if hits != 0 { return index + hits.trailingZeroBitCount >> 3 }
                index += 8
            }
        }
        #endif
        while index < end {
            let byte = bytes[index]
            if byte == Self.quote || byte == Self.backslash || byte < 0x20 { return index }
            index += 1
        }
        return end
    }

    private mutating func readNumber() throws(JSONSyntaxError) {
        let start = position
        var index = position
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < end, isDigit(bytes[index]) else { throw JSONSyntaxError(.invalidNumber, at: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < end, isDigit(bytes[index]) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < end, isDigit(bytes[index]) else { throw JSONSyntaxError(.invalidNumber, at: start) }
            while index < end, isDigit(bytes[index]) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < end, isDigit(bytes[index]) else { throw JSONSyntaxError(.invalidNumber, at: start) }
            while index < end, isDigit(bytes[index]) { index += 1 }
        }
        append(
            JSONToken(kind: .number, flag: isInteger, start: start, end: index, next: Int32(count + 1), count: 0))
        position = index
    }

    private mutating func readLiteral(_ literal: StaticString, kind: JSONToken.Kind) throws(JSONSyntaxError) {
        let length = literal.utf8CodeUnitCount
        guard position + length <= end else { throw JSONSyntaxError(.unexpectedEnd, at: end) }
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: length)
        for offset in 0..<length where bytes[position + offset] != expected[offset] {
            throw JSONSyntaxError(.unexpectedCharacter(bytes[position + offset]), at: position + offset)
        }
        append(
            JSONToken(kind: kind, flag: false, start: position, end: position + length, next: Int32(count + 1), count: 0))
        position += length
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
