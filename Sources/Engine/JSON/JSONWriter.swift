/// A fast, allocation-light JSON writer that appends UTF-8 bytes to a buffer.
///
/// It writes compact JSON (no spaces) with keys in the order they are written, which is what
/// the session journal needs: one event per line, stable field order, readable with `jq`.
/// Non-ASCII text is written as raw UTF-8; only quotes, backslashes and control characters
/// are escaped.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.beginObject()
/// writer.field("table", 3)
/// writer.field("text", "Falta presupuesto")
/// writer.endObject()
/// ```
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8]
    /// One entry per open container: whether it already holds a member.
    private var hasMembers: [Bool] = []
    /// True right after a key, when the next value must not be preceded by a comma.
    private var afterKey = false

    /// Creates a writer with room for `capacity` bytes.
    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Discards what was written, keeping the buffer's capacity.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        hasMembers.removeAll(keepingCapacity: true)
        afterKey = false
    }

    /// The written bytes as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Structure

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        hasMembers.append(false)
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        hasMembers.removeLast()
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        hasMembers.append(false)
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        hasMembers.removeLast()
    }

    /// Writes an object key; the next call must write its value.
    public mutating func key(_ key: String) {
        separate()
        appendQuoted(key)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    // MARK: Values

    public mutating func value(_ string: String) {
        separate()
        appendQuoted(string)
    }

    public mutating func value(_ int: Int) {
        separate()
        appendInteger(int)
    }

    public mutating func value(_ bool: Bool) {
        separate()
        bytes.append(contentsOf: bool ? Self.trueBytes : Self.falseBytes)
    }

    /// Writes a finite double in its shortest round-tripping form; non-finite values become `null`.
    public mutating func value(_ double: Double) {
        separate()
        guard double.isFinite else {
            bytes.append(contentsOf: Self.nullBytes)
            return
        }
        if double == double.rounded(.towardZero), abs(double) < 1e15 {
            appendInteger(Int(double))
        } else {
            bytes.append(contentsOf: Array(double.description.utf8))
        }
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: Self.nullBytes)
    }

    /// Appends a line feed (between journal lines; not inside a value).
    public mutating func newline() {
        bytes.append(0x0A)
    }

    /// Copies already-serialised JSON verbatim (it must be one valid JSON value).
    public mutating func raw(_ json: [UInt8]) {
        separate()
        bytes.append(contentsOf: json)
    }

    // MARK: Fields

    public mutating func field(_ name: String, _ value: String) {
        key(name)
        self.value(value)
    }

    public mutating func field(_ name: String, _ value: Int) {
        key(name)
        self.value(value)
    }

    public mutating func field(_ name: String, _ value: Bool) {
        key(name)
        self.value(value)
    }

    public mutating func field(_ name: String, _ value: Double) {
        key(name)
        self.value(value)
    }

    /// Writes the field only when `value` is not nil.
    public mutating func field(_ name: String, _ value: String?) {
        if let value { field(name, value) }
    }

    /// Writes the field only when `value` is not nil.
    public mutating func field(_ name: String, _ value: Int?) {
        if let value { field(name, value) }
    }

    public mutating func field(_ name: String, _ values: [String]) {
        key(name)
        beginArray()
        for value in values { self.value(value) }
        endArray()
    }

    public mutating func field(_ name: String, _ values: [Int]) {
        key(name)
        beginArray()
        for value in values { self.value(value) }
        endArray()
    }

    // MARK: Internals

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = hasMembers.indices.last else { return }
        if hasMembers[last] {
            bytes.append(UInt8(ascii: ","))
        } else {
            hasMembers[last] = true
        }
    }

    private mutating func appendInteger(_ value: Int) {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        withUnsafeBytes(of: &digits) { buffer in
            for index in stride(from: count - 1, through: 0, by: -1) {
                bytes.append(buffer[index])
            }
        }
    }

    private mutating func appendQuoted(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                }
                runStart = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0x0F)])
                }
            }
            if runStart < utf8.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
