import Engine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The local time zone of the machine, for showing clock times (`10:42`) on the console.
enum LocalTime {
    /// Minutes east of UTC at `time` in the process's time zone (`TZ`, or the system's).
    static func utcOffsetMinutes(at time: Timestamp) -> Int {
        var seconds = time_t(time.milliseconds / 1000)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff) / 60
    }

    /// `HH:MM:SS` of `time` shifted by `offsetMinutes`.
    static func clockWithSeconds(_ time: Timestamp, offsetMinutes: Int) -> String {
        let c = time.adding(milliseconds: Int64(offsetMinutes) * 60000).components
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }
}
