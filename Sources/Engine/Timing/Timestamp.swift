/// A point in time in whole milliseconds since 1970-01-01T00:00:00Z (UTC).
///
/// The journal stores every event's time as an ISO 8601 string with milliseconds
/// (`2026-12-01T09:30:00.000Z`); parsing and formatting are written by hand because the
/// journal replays hundreds of thousands of them.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    public init(seconds: Double) { self.milliseconds = Int64((seconds * 1000).rounded()) }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// This time plus a number of milliseconds.
    public func adding(milliseconds: Int64) -> Timestamp { Timestamp(milliseconds: self.milliseconds + milliseconds) }

    /// This time plus a number of seconds.
    public func adding(seconds: Int) -> Timestamp { adding(milliseconds: Int64(seconds) * 1000) }

    /// Milliseconds from `other` to this time.
    public func milliseconds(since other: Timestamp) -> Int64 { milliseconds - other.milliseconds }

    public var description: String { iso8601 }

    // MARK: Calendar

    /// The civil date and time (UTC) of this timestamp.
    public var components: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int) {
        let totalMilliseconds = milliseconds
        var days = Int(totalMilliseconds >= 0 ? totalMilliseconds / 86_400_000 : (totalMilliseconds - 86_399_999) / 86_400_000)
        let millisecondsOfDay = Int(totalMilliseconds - Int64(days) * 86_400_000)
        // Howard Hinnant's civil_from_days.
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (
            year, month, day, millisecondsOfDay / 3_600_000, millisecondsOfDay / 60000 % 60,
            millisecondsOfDay / 1000 % 60, millisecondsOfDay % 1000
        )
    }

    /// Days since 1970-01-01 of a civil date (proleptic Gregorian calendar).
    public static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The timestamp of a civil date and time in UTC.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        let days = Int64(Timestamp.daysSinceEpoch(year: year, month: month, day: day))
        milliseconds =
            days * 86_400_000 + Int64(hour) * 3_600_000 + Int64(minute) * 60000 + Int64(second) * 1000 + Int64(millisecond)
    }

    // MARK: ISO 8601

    /// `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    public var iso8601: String {
        let c = components
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):"
            + "\(pad(c.second, 2)).\(pad(c.millisecond, 3))Z"
    }

    /// `HH:MM` in UTC, or shifted by `utcOffsetMinutes`.
    public func clockTime(utcOffsetMinutes: Int = 0) -> String {
        let c = adding(milliseconds: Int64(utcOffsetMinutes) * 60000).components
        return "\(pad(c.hour, 2)):\(pad(c.minute, 2))"
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`; returns nil for anything else.
    public init?(iso8601 text: String) {
        var text = text
        guard let value = text.withUTF8({ Timestamp.parse($0) }) else { return nil }
        self = value
    }

    /// Parses ISO 8601 from raw bytes (the journal's fast path).
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        let count = bytes.count
        guard count >= 20, let base = bytes.baseAddress else { return nil }
        var valid = true
        @inline(__always) func digit(_ index: Int) -> Int {
            let value = Int(base[index]) &- 48
            if value < 0 || value > 9 { valid = false }
            return value
        }
        let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        let month = digit(5) * 10 + digit(6)
        let day = digit(8) * 10 + digit(9)
        let hour = digit(11) * 10 + digit(12)
        let minute = digit(14) * 10 + digit(15)
        let second = digit(17) * 10 + digit(18)
        guard valid, base[4] == UInt8(ascii: "-"), base[7] == UInt8(ascii: "-"),
            base[10] == UInt8(ascii: "T") || base[10] == UInt8(ascii: " "),
            base[13] == UInt8(ascii: ":"), base[16] == UInt8(ascii: ":"),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var millisecond = 0
        if base[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 100
            let start = index
            while index < count, base[index] >= 48, base[index] <= 57 {
                millisecond += (Int(base[index]) - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard index < count else { return nil }
        var offsetMinutes = 0
        switch base[index] {
        case UInt8(ascii: "Z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == count, base[index + 3] == UInt8(ascii: ":") else { return nil }
            let hours = digit(index + 1) * 10 + digit(index + 2)
            let minutes = digit(index + 4) * 10 + digit(index + 5)
            guard valid else { return nil }
            offsetMinutes = (hours * 60 + minutes) * (base[index] == UInt8(ascii: "-") ? -1 : 1)
            index += 6
        default:
            return nil
        }
        guard index == count else { return nil }
        let days = Int64(daysSinceEpoch(year: year, month: month, day: day))
        let milliseconds =
            days * 86_400_000 + Int64(hour * 3_600_000 + minute * 60000 + second * 1000 + millisecond)
            - Int64(offsetMinutes) * 60000
        return Timestamp(milliseconds: milliseconds)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
