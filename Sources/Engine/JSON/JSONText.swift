/// Small byte-level helpers shared by the JSON reader and by error messages.
public enum JSONText {
    /// The value of one hexadecimal digit, or nil.
    @inline(__always)
    public static func hexValue(_ byte: UInt8) -> UInt16? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt16(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt16(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt16(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The index of the first byte in `start..<end` that is a quote, a backslash or a control
    /// character (or `end`): where a string's plain run stops. Eight bytes at a time (SWAR):
    /// this loop is where replay spends much of its time, inside note texts.
    @inline(__always)
    public static func skipPlainStringBytes(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        #if _endian(little)
            let raw = UnsafeRawPointer(base)
            while index + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let quotes = word ^ 0x2222_2222_2222_2222
                let backslashes = word ^ 0x5C5C_5C5C_5C5C_5C5C
                let high: UInt64 = 0x8080_8080_8080_8080
                let ones: UInt64 = 0x0101_0101_0101_0101
                // A byte is zero in `x` exactly when (x - 0x01) & ~x has its high bit set; the
                // lowest such byte is exact (borrows only disturb bytes above a real match).
                let hits =
                    ((quotes &- ones) & ~quotes & high) | ((backslashes &- ones) & ~backslashes & high)
                    | ((word &- 0x2020_2020_2020_2020) & ~word & high)
                if hits != 0 { return index + hits.trailingZeroBitCount >> 3 }
                index += 8
            }
        #endif
        while index < end {
            let byte = base[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { return index }
            index += 1
        }
        return end
    }

    /// Decodes the content of a JSON string literal that contains backslash escapes.
    /// The content was already validated by the parser.
    public static func unescape(_ content: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(content.count)
        var index = 0
        var pendingHighSurrogate: UInt16?
        while index < content.count {
            let byte = content[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < content.count else {
                flush(&pendingHighSurrogate, into: &output)
                output.append(byte)
                index += 1
                continue
            }
            let escape = content[index + 1]
            if escape == UInt8(ascii: "u"), index + 5 < content.count {
                var unit: UInt16 = 0
                for offset in 2...5 { unit = unit << 4 | (hexValue(content[index + offset]) ?? 0) }
                index += 6
                if (0xD800...0xDBFF).contains(unit) {
                    flush(&pendingHighSurrogate, into: &output)
                    pendingHighSurrogate = unit
                } else if (0xDC00...0xDFFF).contains(unit), let high = pendingHighSurrogate {
                    pendingHighSurrogate = nil
                    let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                    appendScalar(scalar, to: &output)
                } else {
                    flush(&pendingHighSurrogate, into: &output)
                    appendScalar(UInt32(unit), to: &output)
                }
                continue
            }
            flush(&pendingHighSurrogate, into: &output)
            switch escape {
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            default: output.append(escape)
            }
            index += 2
        }
        flush(&pendingHighSurrogate, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// 1-based line and column (in characters) of a byte offset in a text.
    public static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let limit = min(offset, bytes.count)
        for index in 0..<limit where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        // Count characters, not bytes: skip UTF-8 continuation bytes.
        var column = 1
        for index in lineStart..<limit where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }

    /// 1-based line and column of a byte offset in a byte array.
    public static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        bytes.withUnsafeBufferPointer { lineAndColumn(of: offset, in: $0) }
    }

    private static func flush(_ pending: inout UInt16?, into output: inout [UInt8]) {
        if pending != nil {
            appendScalar(0xFFFD, to: &output)
            pending = nil
        }
    }

    private static func appendScalar(_ value: UInt32, to output: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        output.append(contentsOf: UTF8.encode(scalar) ?? UTF8.EncodedScalar())
    }
}
