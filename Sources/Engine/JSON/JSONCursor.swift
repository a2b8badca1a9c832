/// A single-pass reader for one flat JSON object, for the journal's most frequent events.
///
/// ``JSONTape`` records every value and then answers lookups; for `note.added`, which is
/// most of a journal, reading the members in one pass is about twice as fast. The cursor is
/// deliberately strict and gives up (returns nil) on anything unusual: a nested value it is
/// asked to read as a scalar, a number that is not an integer, a repeated key, a missing
/// key, a syntax error. The caller then decodes the same bytes with the tape, which accepts
/// every valid form and produces the exact error message. So the fast path never changes
/// what is read, only how fast.
public struct JSONCursor {
    private let base: UnsafePointer<UInt8>
    private var position: Int
    private let end: Int

    /// A cursor over `range` of `buffer`, which must hold one JSON object.
    public init?(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard let base = buffer.baseAddress, range.upperBound <= buffer.count else { return nil }
        self.base = base
        position = range.lowerBound
        end = range.upperBound
    }

    /// A key just read, compared by bytes.
    public struct Key {
        fileprivate let base: UnsafePointer<UInt8>
        fileprivate let start: Int
        fileprivate let count: Int

        /// Whether this key is `literal`.
        @inline(__always)
        public func `is`(_ literal: StaticString) -> Bool {
            guard literal.utf8CodeUnitCount == count else { return false }
            let expected = literal.utf8Start
            for offset in 0..<count where base[start + offset] != expected[offset] { return false }
            return true
        }
    }

    // MARK: Structure

    /// Reads the opening brace.
    public mutating func beginObject() -> Bool {
        skipWhitespace()
        guard position < end, base[position] == UInt8(ascii: "{") else { return false }
        position += 1
        return true
    }

    /// Reads the next key and its colon; nil at the closing brace (which is consumed) or on
    /// anything unexpected (then ``failed`` is true).
    public mutating func nextKey() -> Key? {
        skipWhitespace()
        guard position < end else { return fail() }
        if base[position] == UInt8(ascii: "}") {
            position += 1
            closed = true
            return nil
        }
        if !firstMember {
            guard base[position] == UInt8(ascii: ",") else { return fail() }
            position += 1
            skipWhitespace()
        }
        firstMember = false
        guard position < end, base[position] == UInt8(ascii: "\"") else { return fail() }
        let start = position + 1
        let stop = JSONText.skipPlainStringBytes(base, from: start, to: end)
        guard stop < end, base[stop] == UInt8(ascii: "\"") else { return fail() }
        position = stop + 1
        skipWhitespace()
        guard position < end, base[position] == UInt8(ascii: ":") else { return fail() }
        position += 1
        skipWhitespace()
        return Key(base: base, start: start, count: stop - start)
    }

    /// Whether the object ended cleanly with nothing but whitespace after it.
    public mutating func finished() -> Bool {
        guard closed, !failed else { return false }
        skipWhitespace()
        return position == end
    }

    /// Set when the cursor gave up.
    public private(set) var failed = false
    private var closed = false
    private var firstMember = true

    // MARK: Values

    /// An integer value, or nil (and ``failed``) when the value is anything else.
    public mutating func int() -> Int? {
        var index = position
        let negative = index < end && base[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let digitsStart = index
        var value = 0
        while index < end {
            let digit = base[index] &- 0x30
            guard digit < 10 else { break }
            guard index - digitsStart < 18 else { return fail() }
            value = value * 10 + Int(digit)
            index += 1
        }
        guard index > digitsStart, index - digitsStart == 1 || base[digitsStart] != 0x30 else { return fail() }
        if index < end {
            let next = base[index]
            guard next == UInt8(ascii: ",") || next == UInt8(ascii: "}") || next == 0x20 || next == 0x0A || next == 0x0D
                || next == 0x09
            else { return fail() }
        }
        position = index
        return negative ? -value : value
    }

    /// A string value, or nil (and ``failed``) when the value is anything else.
    public mutating func string() -> String? {
        guard position < end, base[position] == UInt8(ascii: "\"") else { return fail() }
        let start = position + 1
        var index = start
        var escaped = false
        while true {
            index = JSONText.skipPlainStringBytes(base, from: index, to: end)
            guard index < end else { return fail() }
            let byte = base[index]
            if byte == UInt8(ascii: "\"") { break }
            guard byte == UInt8(ascii: "\\"), index + 1 < end else { return fail() }
            let escape = base[index + 1]
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                index += 2
            case UInt8(ascii: "u"):
                guard index + 5 < end else { return fail() }
                for offset in 2...5 where JSONText.hexValue(base[index + offset]) == nil { return fail() }
                index += 6
            default:
                return fail()
            }
            escaped = true
        }
        position = index + 1
        let content = UnsafeBufferPointer(start: base + start, count: index - start)
        return escaped ? JSONText.unescape(content) : String(decoding: content, as: UTF8.self)
    }

    /// A string or `null`: `.some(nil)` for null, nil (and ``failed``) for anything else.
    public mutating func optionalString() -> String?? {
        if isNull() { return .some(nil) }
        guard let string = string() else { return nil }
        return .some(string)
    }

    /// Consumes `null` if it is next.
    public mutating func isNull() -> Bool {
        guard position + 4 <= end, base[position] == UInt8(ascii: "n"), base[position + 1] == UInt8(ascii: "u"),
            base[position + 2] == UInt8(ascii: "l"), base[position + 3] == UInt8(ascii: "l")
        else { return false }
        position += 4
        return true
    }

    /// Gives up: the caller falls back to the tape.
    public mutating func fail<Value>() -> Value? {
        failed = true
        return nil
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while position < end {
            switch base[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }
}

/// An event with a single-pass decoder for its most common form. The journal reader tries
/// it first and falls back to ``JournalCodable/init(from:)`` when it returns nil, so the
/// fast decoder must return nil for anything it does not read exactly as the general one.
public protocol FastJournalDecodable: JournalEvent {
    /// Decodes the event from a cursor at its data object, or nil to use the general decoder.
    static func decodeFast(_ cursor: inout JSONCursor) -> Self?
}
