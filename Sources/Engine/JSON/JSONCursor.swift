/// A single-pass reader for the exact form in which ``JSONWriter`` writes a flat object,
/// for the journal's most frequent events.
///
/// ``JSONTape`` records every value and then answers lookups, which accepts any valid
/// JSON. `note.added` lines are most of a journal and are always written the same way
/// (`{"table":1,"round":1,...}`), so reading them as a sequence of expected literals and
/// values is several times cheaper. The cursor gives up (returns false or nil) on anything
/// else; the caller then reads the same bytes with the tape, which accepts every valid form
/// and reports exact errors. So the fast path changes how fast a line is read, never what
/// is read.
public struct JSONCursor {
    private let base: UnsafePointer<UInt8>
    private var position: Int
    private let end: Int

    /// A cursor over `range` of `buffer`.
    public init?(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard let base = buffer.baseAddress, range.upperBound <= buffer.count else { return nil }
        self.base = base
        position = range.lowerBound
        end = range.upperBound
    }

    /// Whether everything has been read.
    public var isAtEnd: Bool { position == end }

    /// Consumes `literal` if the bytes at the cursor are exactly it (e.g. `,"round":`).
    @inline(__always)
    public mutating func literal(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= end else { return false }
        let expected = literal.utf8Start
        for offset in 0..<count where base[position + offset] != expected[offset] { return false }
        position += count
        return true
    }

    /// An integer as the writer writes it (optional minus, digits, no leading zero), or nil.
    public mutating func int() -> Int? {
        var index = position
        let negative = index < end && base[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let digitsStart = index
        var value = 0
        while index < end {
            let digit = base[index] &- 0x30
            guard digit < 10 else { break }
            guard index - digitsStart < 18 else { return nil }
            value = value * 10 + Int(digit)
            index += 1
        }
        guard index > digitsStart, index - digitsStart == 1 || base[digitsStart] != 0x30 else { return nil }
        if index < end, base[index] == UInt8(ascii: ".") || base[index] == UInt8(ascii: "e") || base[index] == UInt8(ascii: "E") {
            return nil
        }
        position = index
        return negative ? -value : value
    }

    /// A string, escapes decoded, or nil when the bytes at the cursor are not a string.
    public mutating func string() -> String? {
        guard position < end, base[position] == UInt8(ascii: "\"") else { return nil }
        let start = position + 1
        var index = start
        var escaped = false
        while true {
            index = JSONText.skipPlainStringBytes(base, from: index, to: end)
            guard index < end else { return nil }
            let byte = base[index]
            if byte == UInt8(ascii: "\"") { break }
            guard byte == UInt8(ascii: "\\"), index + 1 < end else { return nil }
            switch base[index + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                index += 2
            case UInt8(ascii: "u"):
                guard index + 5 < end else { return nil }
                for offset in 2...5 where JSONText.hexValue(base[index + offset]) == nil { return nil }
                index += 6
            default:
                return nil
            }
            escaped = true
        }
        position = index + 1
        let content = UnsafeBufferPointer(start: base + start, count: index - start)
        return escaped ? JSONText.unescape(content) : String(decoding: content, as: UTF8.self)
    }
}

/// An event whose usual written form can be read in one pass. The journal reader tries
/// ``applyFast(_:to:context:)`` first and falls back to ``JournalCodable/init(from:)`` plus
/// ``JournalEvent/apply(to:context:)`` when it returns false.
///
/// Rules for conformers: accept only forms the general decoder reads identically, fold
/// exactly as `apply` would, and leave `state` untouched when returning false.
public protocol FastJournalDecodable: JournalEvent {
    /// Reads the data object at the cursor and folds it into `state`; false to fall back.
    static func applyFast(_ cursor: inout JSONCursor, to state: inout SessionState, context: EventContext) -> Bool
}
