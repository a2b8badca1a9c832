/// Turns the bytes a terminal sends in raw mode into ``Key`` values.
///
/// Handles UTF-8 characters, control keys, CSI (`ESC [ ...`) and SS3 (`ESC O x`) sequences
/// for arrows, Home/End, Page Up/Down, Insert/Delete and function keys. Bytes can arrive in
/// any split: an incomplete sequence waits for the next ``feed(_:)``. A lone Escape cannot
/// be told apart from the start of a sequence until a moment passes, so the caller calls
/// ``flush()`` when no byte followed within ``escapeTimeoutMilliseconds``.
public struct ConsoleKeyDecoder: Sendable {
    /// How long to wait after a lone ESC before taking it as the Escape key.
    public static let escapeTimeoutMilliseconds: Int64 = 40

    private var pending: [UInt8] = []

    public init() {}

    /// Whether bytes of an unfinished sequence are waiting (call ``flush()`` after a pause).
    public var hasPending: Bool { !pending.isEmpty }

    /// Decodes `bytes` (after anything pending) into keys.
    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            guard let (key, length) = Self.decode(pending, at: index) else { break }
            if let key { keys.append(key) }
            index += length
        }
        pending.removeFirst(index)
        return keys
    }

    /// Takes whatever is pending as complete: a lone ESC becomes ``Key/escape``, an unfinished
    /// sequence is dropped.
    public mutating func flush() -> [Key] {
        defer { pending = [] }
        guard let first = pending.first else { return [] }
        // A lone ESC, or ESC and an unfinished sequence: the Escape key (the rest dropped).
        return first == 0x1B ? [.escape] : [.unknown]
    }

    /// The key starting at `index` and how many bytes it takes, or nil when more bytes are
    /// needed. A nil key with a length consumes bytes without producing a key.
    private static func decode(_ bytes: [UInt8], at index: Int) -> (Key?, Int)? {
        let byte = bytes[index]
        switch byte {
        case 0x1B:
            return decodeEscape(bytes, at: index)
        case 0x0D:
            // Enter sends CR; a CR LF pair (pasted text) is one Enter.
            if index + 1 < bytes.count, bytes[index + 1] == 0x0A { return (.enter, 2) }
            return (.enter, 1)
        case 0x0A:
            return (.enter, 1)
        case 0x7F, 0x08:
            return (.backspace, 1)
        case 0x09:
            return (.tab, 1)
        case 0x01...0x1A:
            return (.control(Character(Unicode.Scalar(byte + 0x60))), 1)
        case 0x00, 0x1C...0x1F:
            return (.unknown, 1)
        case 0x20...0x7E:
            return (.character(Character(Unicode.Scalar(byte))), 1)
        default:
            return decodeUTF8(bytes, at: index)
        }
    }

    private static func decodeUTF8(_ bytes: [UInt8], at index: Int) -> (Key?, Int)? {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return (.unknown, 1)
        }
        guard index + length <= bytes.count else {
            // Wait for the rest, unless a byte already there cannot continue the character.
            for offset in 1..<(bytes.count - index) where bytes[index + offset] & 0xC0 != 0x80 { return (.unknown, 1) }
            return nil
        }
        let slice = Array(bytes[index..<(index + length)])
        guard slice.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }) else { return (.unknown, 1) }
        let text = String(decoding: slice, as: UTF8.self)
        guard let character = text.first, text.count == 1, !text.unicodeScalars.contains(where: { $0.value == 0xFFFD })
        else { return (.unknown, length) }
        // C1 controls (U+0080-U+009F) are not printable.
        if let scalar = text.unicodeScalars.first, (0x80...0x9F).contains(scalar.value) { return (.unknown, length) }
        return (.character(character), length)
    }

    private static func decodeEscape(_ bytes: [UInt8], at index: Int) -> (Key?, Int)? {
        guard index + 1 < bytes.count else { return nil }
        let introducer = bytes[index + 1]
        switch introducer {
        case UInt8(ascii: "["):
            // CSI: parameter bytes 0x30-0x3F, intermediate bytes 0x20-0x2F, final byte 0x40-0x7E.
            var end = index + 2
            while end < bytes.count, (0x20...0x3F).contains(bytes[end]) { end += 1 }
            guard end < bytes.count else { return nil }
            let final = bytes[end]
            guard (0x40...0x7E).contains(final) else { return (.escape, 1) }
            let parameters = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
            return (csiKey(final: final, parameters: parameters), end - index + 1)
        case UInt8(ascii: "O"):
            guard index + 2 < bytes.count else { return nil }
            let key: Key
            switch bytes[index + 2] {
            case UInt8(ascii: "A"): key = .up
            case UInt8(ascii: "B"): key = .down
            case UInt8(ascii: "C"): key = .right
            case UInt8(ascii: "D"): key = .left
            case UInt8(ascii: "H"): key = .home
            case UInt8(ascii: "F"): key = .end
            case UInt8(ascii: "P"): key = .function(1)
            case UInt8(ascii: "Q"): key = .function(2)
            case UInt8(ascii: "R"): key = .function(3)
            case UInt8(ascii: "S"): key = .function(4)
            case UInt8(ascii: "M"): key = .enter
            default: key = .unknown
            }
            return (key, 3)
        default:
            // ESC followed by anything else: the Escape key; the next byte is read on its own.
            return (.escape, 1)
        }
    }

    private static func csiKey(final: UInt8, parameters: String) -> Key {
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            let first = parameters.split(separator: ";").first.flatMap { Int($0) }
            switch first {
            case 1, 7: return .home
            case 2: return .insert
            case 3: return .delete
            case 4, 8: return .end
            case 5: return .pageUp
            case 6: return .pageDown
            case 11, 12, 13, 14, 15: return .function((first ?? 11) - 10)
            case 17, 18, 19, 20, 21: return .function((first ?? 17) - 11)
            case 23, 24: return .function((first ?? 23) - 12)
            default: return .unknown
            }
        default:
            return .unknown
        }
    }
}
