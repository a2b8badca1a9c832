/// When each phase of an agenda starts and ends, in seconds from the start of the session
/// and, when the session has a planned start time (`HH:MM`), on the clock.
///
/// ```swift
/// let schedule = AgendaSchedule(agenda: agenda, startTime: "09:30")
/// schedule.entries[1].clockStart   // "09:40"
/// ```
public struct AgendaSchedule: Hashable, Sendable {
    /// One phase on the schedule.
    public struct Entry: Hashable, Sendable {
        /// Index of the phase in the agenda.
        public var phase: Int
        /// Seconds from the start of the session.
        public var start: Int
        public var end: Int
        /// `HH:MM` when the schedule has a start time.
        public var clockStart: String?
        public var clockEnd: String?

        /// Planned duration in seconds.
        public var seconds: Int { end - start }
    }

    public var entries: [Entry]
    /// Minutes after midnight of the planned start, if known.
    public var startMinute: Int?

    /// The schedule of `agenda` from `startTime` (`HH:MM`; nil or malformed gives offsets only).
    public init(agenda: Agenda, startTime: String? = nil) {
        startMinute = startTime.flatMap(Self.minutes(ofClockTime:))
        var entries: [Entry] = []
        var offset = 0
        for (index, phase) in agenda.phases.enumerated() {
            let end = offset + max(0, phase.plannedSeconds)
            entries.append(
                Entry(
                    phase: index, start: offset, end: end,
                    clockStart: startMinute.map { Self.clockTime(minute: $0 + offset / 60) },
                    clockEnd: startMinute.map { Self.clockTime(minute: $0 + (end + 59) / 60) }))
            offset = end
        }
        self.entries = entries
    }

    /// Seconds from the start to the end of the last phase.
    public var totalSeconds: Int { entries.last?.end ?? 0 }

    /// The entry of the phase in which round `round` runs.
    public func entry(ofRound round: Int, in agenda: Agenda) -> Entry? {
        agenda.phaseIndex(ofRound: round).flatMap { index in entries.first { $0.phase == index } }
    }

    /// `HH:MM` (24-hour) as minutes after midnight, or nil.
    public static func minutes(ofClockTime text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2, let hour = Int(parts[0]),
            let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return hour * 60 + minute
    }

    /// Minutes after midnight as `HH:MM`, wrapping past midnight.
    public static func clockTime(minute: Int) -> String {
        let wrapped = ((minute % 1440) + 1440) % 1440
        let hours = wrapped / 60
        let minutes = wrapped % 60
        return (hours < 10 ? "0" : "") + String(hours) + ":" + (minutes < 10 ? "0" : "") + String(minutes)
    }

    /// `1:05` style offset (hours:minutes) for schedules without a clock start.
    public static func offsetText(seconds: Int) -> String {
        let minutes = seconds / 60
        let rest = minutes % 60
        return String(minutes / 60) + ":" + (rest < 10 ? "0" : "") + String(rest)
    }
}
