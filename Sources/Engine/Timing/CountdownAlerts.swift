/// When a phase countdown warns the room: at fixed times before the end (by default 5 minutes
/// and 1 minute) and when the time is up.
///
/// ``level(remaining:)`` says how urgent the countdown is at any moment (what the screen
/// shows); ``observe(run:remaining:)`` reports a warning once, at the moment the countdown
/// crosses a threshold going down (what rings the bell). A console that starts, or sees a
/// new phase, with the countdown already past a threshold shows the level but does not ring:
/// nothing is announced after the fact. Time added back above a threshold re-arms it.
public struct CountdownAlerts: Hashable, Sendable {
    /// Something to announce.
    public enum Alert: Hashable, Sendable {
        /// `secondsLeft` seconds remain.
        case warning(secondsLeft: Int)
        /// The countdown reached zero.
        case timeUp
    }

    /// How urgent the countdown is.
    public enum Level: Hashable, Sendable, Comparable {
        case normal
        /// At most `secondsLeft` seconds remain (the smallest threshold reached).
        case warning(secondsLeft: Int)
        case timeUp

        public static func < (lhs: Level, rhs: Level) -> Bool {
            switch (lhs, rhs) {
            case (.normal, .normal), (.timeUp, _): return false
            case (.normal, _): return true
            case (.warning, .normal): return false
            case (.warning(let a), .warning(let b)): return a > b
            case (.warning, .timeUp): return true
            }
        }
    }

    /// The default warnings: 5 minutes and 1 minute before the end.
    public static let defaultThresholds = [300, 60]

    /// Seconds before the end at which to warn, largest first, all positive.
    public let thresholds: [Int]
    private var run: Int?
    private var lastRemaining: Int64?

    /// Warnings at `thresholds` seconds before the end (duplicates and non-positive values
    /// are dropped).
    public init(thresholds: [Int] = CountdownAlerts.defaultThresholds) {
        self.thresholds = Array(Set(thresholds.filter { $0 > 0 })).sorted(by: >)
    }

    /// The urgency with `remaining` milliseconds left.
    public func level(remaining: Int64) -> Level {
        if remaining <= 0 { return .timeUp }
        guard let threshold = thresholds.last(where: { remaining <= Int64($0) * 1000 }) else { return .normal }
        return .warning(secondsLeft: threshold)
    }

    /// Feeds the countdown of run `run` (an identity such as ``PhaseClock/runIndex``; nil when
    /// no phase runs) with `remaining` milliseconds left. Returns the most urgent threshold
    /// crossed since the last call for the same run, if any.
    public mutating func observe(run: Int?, remaining: Int64?) -> Alert? {
        defer {
            self.run = run
            lastRemaining = remaining
        }
        guard let run, let remaining, run == self.run, let last = lastRemaining, remaining < last else { return nil }
        if last > 0, remaining <= 0 { return .timeUp }
        let crossed = thresholds.filter { last > Int64($0) * 1000 && remaining <= Int64($0) * 1000 }
        return crossed.min().map { .warning(secondsLeft: $0) }
    }
}
