/// Parses the journal's ISO 8601 times, remembering the date and hour of the previous one:
/// consecutive events almost always share them, so most times cost a comparison of 13
/// bytes and the minutes, seconds and milliseconds.
struct TimestampParser {
    /// The first 13 bytes (`YYYY-MM-DDTHH`) of the last fully parsed time, and that hour's
    /// start in milliseconds since the epoch.
    private var prefix: (UInt64, UInt64) = (0, 0)
    private var hourStart: Int64 = 0
    private var hasPrefix = false

    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        guard bytes.count == 24, let base = bytes.baseAddress, base[23] == UInt8(ascii: "Z"),
            base[19] == UInt8(ascii: ".")
        else { return Timestamp.parse(bytes) }
        // Bytes 0..<8 and 5..<13 together cover the 13-byte prefix.
        let raw = UnsafeRawPointer(base)
        let key = (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 5, as: UInt64.self))
        if !hasPrefix || key != prefix {
            guard let full = Timestamp.parse(bytes) else { return nil }
            let c = full.components
            hourStart = full.milliseconds - Int64(c.minute * 60000 + c.second * 1000 + c.millisecond)
            prefix = key
            hasPrefix = true
            return full
        }
        var valid = base[13] == UInt8(ascii: ":") && base[16] == UInt8(ascii: ":")
        @inline(__always) func digit(_ index: Int) -> Int {
            let value = Int(base[index]) &- 48
            if value < 0 || value > 9 { valid = false }
            return value
        }
        let minute = digit(14) * 10 + digit(15)
        let second = digit(17) * 10 + digit(18)
        let millisecond = digit(20) * 100 + digit(21) * 10 + digit(22)
        guard valid, minute < 60, second < 61 else { return nil }
        return Timestamp(milliseconds: hourStart + Int64(minute * 60000 + second * 1000 + millisecond))
    }
}
