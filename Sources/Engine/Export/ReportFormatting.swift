/// Numbers, durations, dates and clock times as the exports write them, in either language.
public struct ReportFormatting: Sendable {
    /// The language of month names.
    public let localizer: Localizer
    /// Minutes east of UTC for clock times (the organisers' local time).
    public let utcOffsetMinutes: Int

    /// Creates the formatter.
    public init(localizer: Localizer, utcOffsetMinutes: Int) {
        self.localizer = localizer
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// `2 h 15 min`, `45 min`, `30 s`.
    public func duration(_ seconds: Int) -> String {
        let value = abs(seconds)
        if value < 60 { return "\(value) s" }
        let minutes = (value + 30) / 60
        if minutes < 60 { return "\(minutes) min" }
        let rest = minutes % 60
        return rest == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(rest) min"
    }

    /// `+5 min`, `−3 min`, `±0`.
    public func difference(_ seconds: Int) -> String {
        if abs(seconds) < 30 { return "±0" }
        return (seconds > 0 ? "+" : "−") + duration(seconds)
    }

    /// `09:05` in local time.
    public func clock(_ time: Timestamp) -> String { time.clockTime(utcOffsetMinutes: utcOffsetMinutes) }

    /// `1 December 2026` / `1 de diciembre de 2026` for `2026-12-01`; other text unchanged.
    public func longDate(_ text: String) -> String {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        let months = localizer.text(.findingsMonthNames).split(separator: ",").map(String.init)
        guard parts.count == 3, (1...12).contains(parts[1]), months.count == 12 else { return text }
        return localizer.text(
            .findingsLongDate, ["day": String(parts[2]), "month": months[parts[1] - 1], "year": String(parts[0])])
    }

    /// `0.160`.
    public static func decimal(_ value: Double, places: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        var fraction = String(scaled % Int(scale))
        while fraction.count < places { fraction = "0" + fraction }
        return (value < 0 && scaled != 0 ? "-" : "") + (places == 0 ? "\(whole)" : "\(whole).\(fraction)")
    }

    /// `text` with its first letter in upper case (`participantes` -> `Participantes`).
    public static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// `text` cut to `limit` characters with an ellipsis.
    public static func truncate(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(1, limit - 1))).trimmingWhitespace() + "…"
    }
}
