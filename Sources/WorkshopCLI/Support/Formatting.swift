import Engine

/// Small formatting helpers shared by commands.
enum Formatting {
    /// `2 h 15 min`, `45 min`, `30 s`.
    static func duration(seconds: Int, _ l: Localizer) -> String {
        if seconds < 60 { return "\(seconds) s" }
        let minutes = (seconds + 59) / 60
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        let rest = minutes % 60
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }

    /// `mm:ss` or `h:mm:ss` for a countdown.
    static func clock(seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : ""
        let value = abs(seconds)
        let hours = value / 3600
        let minutes = value / 60 % 60
        let secs = value % 60
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return hours > 0 ? "\(sign)\(hours):\(two(minutes)):\(two(secs))" : "\(sign)\(two(minutes)):\(two(secs))"
    }

    /// Pads `text` with spaces to `width` characters (terminal columns are approximated by
    /// characters; workshop's own texts have no wide characters).
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
