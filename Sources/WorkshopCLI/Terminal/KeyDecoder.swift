import Engine

/// Turns the bytes a terminal sends in raw mode into ``TerminalKey``s: UTF-8 characters
/// (split across reads or not), control keys, and the escape sequences of arrows, Home, End,
/// Page Up/Down, Insert, Delete, function keys and Alt combinations, in the forms xterm, the
/// Linux console, tmux and macOS Terminal send. A CR LF pair (pasted text) is one Enter,
/// even split across reads. Invalid UTF-8, C1 controls and control bytes without a name
/// become ``TerminalKey/unknown``: they are never typed.
///
/// An incomplete sequence at the end of a read is kept until the next ``feed(_:)``. A lone
/// Esc cannot be told apart from the start of a sequence until a moment passes, so when the
/// terminal stays silent the caller calls ``flush()``, which turns a pending lone Esc into
/// ``TerminalKey/escape`` (the console waits ``escapeTimeoutMilliseconds``; the line reader
/// flushes when its idle wait ends).
public struct KeyDecoder: Sendable {
    /// How long to wait after a lone Esc before taking it as the Escape key.
    public static let escapeTimeoutMilliseconds: Int64 = 40

    /// Whether Esc followed at once by another key is one Alt combination (a line editor:
    /// Esc 2 is Alt+2, Esc b a word back, Esc Backspace deletes a word) or two keys (a
    /// full-screen view where Esc cancels and letters are commands: Esc q is Esc, then q).
    /// Either way `Esc [` and `Esc O` start sequences.
    public let escapeStartsAlt: Bool

    private var pending: [UInt8] = []
    private var lastWasCarriageReturn = false

    public init(escapeStartsAlt: Bool = true) {
        self.escapeStartsAlt = escapeStartsAlt
    }

    /// Whether bytes are waiting for the rest of their sequence (call ``flush()`` after a pause).
    public var hasPending: Bool { !pending.isEmpty }

    /// Decodes `bytes` (after anything pending).
    public mutating func feed(_ bytes: [UInt8]) -> [TerminalKey] {
        pending += bytes
        var keys: [TerminalKey] = []
        var index = 0
        while index < pending.count {
            guard let (key, length) = decode(at: index) else { break }
            index += length
            if let key { keys.append(key) }
        }
        pending.removeFirst(index)
        return keys
    }

    /// Decodes what is pending as if no more bytes were coming: a lone Esc (or Esc and an
    /// unfinished sequence, which is dropped) is the Escape key; an unfinished character is
    /// ``TerminalKey/unknown``.
    public mutating func flush() -> [TerminalKey] {
        guard let first = pending.first else { return [] }
        defer { pending = [] }
        guard first == 0x1B else { return [.unknown] }
        if escapeStartsAlt, pending.count == 2, let character = Self.printable(pending[1]) {
            return [.alt(character)]
        }
        return [.escape]
    }

    /// The key at `index` and its length in bytes; nil when the sequence is incomplete.
    /// A nil key with a length skips bytes (a line feed after a carriage return).
    private mutating func decode(at index: Int) -> (TerminalKey?, Int)? {
        let byte = pending[index]
        defer { lastWasCarriageReturn = byte == 0x0D }
        switch byte {
        case 0x0D: return (.enter, 1)
        case 0x0A: return (lastWasCarriageReturn ? nil : .enter, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x01: return (.home, 1)
        case 0x02: return (.left, 1)
        case 0x03: return (.interrupt, 1)
        case 0x04: return (.endOfInput, 1)
        case 0x05: return (.end, 1)
        case 0x06: return (.right, 1)
        case 0x09: return (.tab, 1)
        case 0x0B: return (.killToEnd, 1)
        case 0x0C: return (.redraw, 1)
        case 0x0E: return (.down, 1)
        case 0x10: return (.up, 1)
        case 0x15: return (.killToStart, 1)
        case 0x17: return (.deleteWord, 1)
        case 0x1A: return (.suspend, 1)
        case 0x1B: return decodeEscape(at: index)
        case 0x00...0x1F: return (.unknown, 1)
        case 0x20...0x7E: return (.character(Character(Unicode.Scalar(byte))), 1)
        default: return decodeUTF8(at: index)
        }
    }

    private func decodeEscape(at index: Int) -> (TerminalKey?, Int)? {
        guard index + 1 < pending.count else { return nil }
        let next = pending[index + 1]
        switch next {
        case UInt8(ascii: "["):
            // CSI: parameters 0x30-0x3F, intermediates 0x20-0x2F, final 0x40-0x7E.
            var end = index + 2
            while end < pending.count, !(0x40...0x7E).contains(pending[end]) {
                guard (0x20...0x3F).contains(pending[end]) else { return (.unknown, end - index) }
                end += 1
            }
            guard end < pending.count else { return nil }
            let parameters = String(decoding: pending[(index + 2)..<end], as: UTF8.self)
            return (Self.csiKey(final: pending[end], parameters: parameters), end - index + 1)
        case UInt8(ascii: "O"):
            guard index + 2 < pending.count else { return nil }
            return (Self.ss3Key(final: pending[index + 2]), 3)
        case 0x1B:
            return (.escape, 1)
        default:
            // Esc and a key: one Alt combination, or Esc on its own and the key read next.
            guard escapeStartsAlt else { return (.escape, 1) }
            switch next {
            case 0x7F, 0x08: return (.deleteWord, 2)
            case UInt8(ascii: "b"): return (.wordLeft, 2)
            case UInt8(ascii: "f"): return (.wordRight, 2)
            default:
                if let character = Self.printable(next) { return (.alt(character), 2) }
                return (.escape, 1)
            }
        }
    }

    /// `Esc O x`: arrows, Home/End, F1-F4 and the keypad's Enter in application mode.
    private static func ss3Key(final: UInt8) -> TerminalKey {
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "P"): return .function(1)
        case UInt8(ascii: "Q"): return .function(2)
        case UInt8(ascii: "R"): return .function(3)
        case UInt8(ascii: "S"): return .function(4)
        case UInt8(ascii: "M"): return .enter
        default: return .unknown
        }
    }

    private static func csiKey(final: UInt8, parameters: String) -> TerminalKey {
        let fields = parameters.split(separator: ";")
        // `Esc [ 1 ; 5 C`: the second field is 1 + a bit mask of Shift (1), Alt (2), Ctrl (4).
        let modifiers = fields.dropFirst().first.flatMap { Int($0) }
        let isControl = modifiers.map { ($0 - 1) & 4 != 0 } ?? false
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return isControl ? .wordRight : .right
        case UInt8(ascii: "D"): return isControl ? .wordLeft : .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            let first = fields.first.flatMap { Int($0) } ?? 0
            switch first {
            case 1, 7: return .home
            case 2: return .insert
            case 3: return .delete
            case 4, 8: return .end
            case 5: return .pageUp
            case 6: return .pageDown
            case 11...15: return .function(first - 10)
            case 17...21: return .function(first - 11)
            case 23, 24: return .function(first - 12)
            default: return .unknown
            }
        default: return .unknown
        }
    }

    private func decodeUTF8(at index: Int) -> (TerminalKey?, Int)? {
        let lead = pending[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return (.unknown, 1)
        }
        guard index + length <= pending.count else {
            // Wait for the rest, unless what is there already cannot continue the character.
            for offset in 1..<(pending.count - index) where pending[index + offset] & 0xC0 != 0x80 { return (.unknown, 1) }
            return nil
        }
        let bytes = Array(pending[index..<(index + length)])
        guard UTF8Validation.isValid(bytes), let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first
        else { return (.unknown, 1) }
        // C1 controls (U+0080-U+009F) are not printable.
        if scalar.properties.generalCategory == .control || (0x80...0x9F).contains(scalar.value) { return (.unknown, length) }
        return (.character(Character(scalar)), length)
    }

    private static func printable(_ byte: UInt8) -> Character? {
        (0x20...0x7E).contains(byte) ? Character(Unicode.Scalar(byte)) : nil
    }
}
