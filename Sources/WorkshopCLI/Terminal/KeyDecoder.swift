import Engine

/// Turns the bytes a terminal sends in raw mode into ``TerminalKey``s: UTF-8 characters
/// (split across reads or not), control keys, and the escape sequences of arrows, Home,
/// End, Delete, function keys and Alt combinations, in the forms xterm, the Linux console,
/// tmux and macOS Terminal send.
///
/// An incomplete sequence at the end of a read is kept until the next ``feed(_:)``; when
/// the terminal stays silent (a read timed out), ``flush()`` turns a pending lone Esc
/// into ``TerminalKey/escape``.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []
    private var lastWasCarriageReturn = false

    public init() {}

    /// Whether bytes are waiting for the rest of their sequence.
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

    /// Decodes what is pending as if no more bytes were coming.
    public mutating func flush() -> [TerminalKey] {
        guard !pending.isEmpty else { return [] }
        defer { pending = [] }
        if pending == [0x1B] { return [.escape] }
        if pending.first == 0x1B, pending.count == 2, let character = Self.printable(pending[1]) {
            return [.alt(character)]
        }
        return [.unknown]
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
            let key: TerminalKey
            switch pending[index + 2] {
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
            default: key = .unknown
            }
            return (key, 3)
        case 0x7F, 0x08:
            return (.deleteWord, 2)
        case UInt8(ascii: "b"):
            return (.wordLeft, 2)
        case UInt8(ascii: "f"):
            return (.wordRight, 2)
        case 0x1B:
            return (.escape, 1)
        default:
            if let character = Self.printable(next) { return (.alt(character), 2) }
            return (.escape, 1)
        }
    }

    private static func csiKey(final: UInt8, parameters: String) -> TerminalKey {
        let modifiers = parameters.split(separator: ";").dropFirst().first.flatMap { Int($0) }
        let isControl = modifiers.map { ($0 - 1) & 4 != 0 } ?? false
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return isControl ? .wordRight : .right
        case UInt8(ascii: "D"): return isControl ? .wordLeft : .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            let first = parameters.split(separator: ";").first.flatMap { Int($0) } ?? 0
            switch first {
            case 1, 7: return .home
            case 3: return .delete
            case 4, 8: return .end
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
        if scalar.properties.generalCategory == .control || (0x80...0x9F).contains(scalar.value) { return (.unknown, length) }
        return (.character(Character(scalar)), length)
    }

    private static func printable(_ byte: UInt8) -> Character? {
        (0x20...0x7E).contains(byte) ? Character(Unicode.Scalar(byte)) : nil
    }
}
