/// The countdown of one phase run, computed from journal timestamps only: planned seconds
/// plus extensions, minus the time elapsed since the run started, not counting pauses.
///
/// A pure value: every answer is a function of the run and the instant asked about, so the
/// facilitator's console, `workshop status` and a console restarted after a crash all agree.
/// The console asks with a wall-clock instant measured by the monotonic clock (see
/// ``ClockAnchor``), never by adding up sleeps.
///
/// ```swift
/// let clock = PhaseClock(state: session.state)
/// clock?.remainingMilliseconds(at: now)   // 754_000: 12:34 left
/// clock?.countdownSeconds(at: now)        // 754 (negative in overtime)
/// ```
public struct PhaseClock: Hashable, Sendable {
    /// Index of the phase in the agenda.
    public var phase: Int
    /// Index of the run in ``Timeline/runs``: identifies this run even when the same phase
    /// runs twice.
    public var runIndex: Int
    public var startedAt: Timestamp
    /// When the run ended (the next phase started or the session finished); nil while it runs.
    public var endedAt: Timestamp?
    /// The phase's planned duration in seconds.
    public var plannedSeconds: Int
    /// Seconds added (or, when negative, taken away) during this run.
    public var extensionSeconds: Int
    /// Length of the pauses that have ended, in milliseconds.
    public var pausedMilliseconds: Int64
    /// When the pause in progress started; nil while the timer runs.
    public var pausedSince: Timestamp?

    public init(
        phase: Int, runIndex: Int = 0, startedAt: Timestamp, endedAt: Timestamp? = nil, plannedSeconds: Int,
        extensionSeconds: Int = 0, pausedMilliseconds: Int64 = 0, pausedSince: Timestamp? = nil
    ) {
        self.phase = phase
        self.runIndex = runIndex
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.plannedSeconds = plannedSeconds
        self.extensionSeconds = extensionSeconds
        self.pausedMilliseconds = pausedMilliseconds
        self.pausedSince = pausedSince
    }

    /// The clock of run `runIndex` of `timeline`, with the planned duration from `agenda`.
    public init?(timeline: Timeline, runIndex: Int, agenda: Agenda) {
        guard timeline.runs.indices.contains(runIndex) else { return nil }
        let run = timeline.runs[runIndex]
        guard agenda.phases.indices.contains(run.phase) else { return nil }
        self.init(
            phase: run.phase, runIndex: runIndex, startedAt: run.startedAt, endedAt: run.endedAt,
            plannedSeconds: agenda.phases[run.phase].plannedSeconds, extensionSeconds: run.extensionSeconds,
            pausedMilliseconds: run.pausedMilliseconds, pausedSince: run.pausedSince)
    }

    /// The clock of the phase running in `state`; nil before the start and after the finish.
    public init?(state: SessionState) {
        guard let index = state.timeline.currentRunIndex else { return nil }
        self.init(timeline: state.timeline, runIndex: index, agenda: state.agenda)
    }

    // MARK: Durations

    /// Planned plus extended time, in milliseconds (never negative).
    public var durationMilliseconds: Int64 { max(0, Int64(plannedSeconds + extensionSeconds) * 1000) }

    /// Whether the timer is paused.
    public var isPaused: Bool { pausedSince != nil }

    /// Whether the run is over (another phase started, or the session finished).
    public var isEnded: Bool { endedAt != nil }

    /// Time paused so far at `now`, in milliseconds, including a pause in progress.
    public func pausedMilliseconds(at now: Timestamp) -> Int64 {
        guard let since = pausedSince else { return pausedMilliseconds }
        return pausedMilliseconds + max(0, min(now, endedAt ?? now).milliseconds(since: since))
    }

    /// Time the phase has run at `now`, in milliseconds, not counting pauses. Never negative,
    /// even when `now` is before the start (a wall clock that went back).
    public func elapsedMilliseconds(at now: Timestamp) -> Int64 {
        var stop = endedAt.map { min($0, now) } ?? now
        if let since = pausedSince { stop = min(stop, since) }
        return max(0, stop.milliseconds(since: startedAt) - pausedMilliseconds)
    }

    /// Time left at `now`, in milliseconds; negative once the time is up (overtime).
    public func remainingMilliseconds(at now: Timestamp) -> Int64 {
        durationMilliseconds - elapsedMilliseconds(at: now)
    }

    /// Whether the time is up at `now`.
    public func isOver(at now: Timestamp) -> Bool { remainingMilliseconds(at: now) <= 0 }

    /// When the time is up, if the timer keeps running: the start plus the duration plus the
    /// pauses so far. Nil while paused (the deadline moves) and once the run has ended.
    public var deadline: Timestamp? {
        guard !isPaused, !isEnded else { return nil }
        return startedAt.adding(milliseconds: durationMilliseconds + pausedMilliseconds)
    }

    /// The wall-clock instant at which ``remainingMilliseconds(at:)`` will equal `remaining`,
    /// if the timer keeps running; nil while paused or after the run ended.
    public func instant(whenRemainingIs remaining: Int64) -> Timestamp? {
        deadline?.adding(milliseconds: -remaining)
    }

    // MARK: What a countdown shows

    /// The countdown in whole seconds as a clock shows it: rounded up while time is left
    /// (`00:01` until the very end, `00:00` exactly at the deadline), then the overtime in
    /// whole seconds as a negative number.
    public func countdownSeconds(at now: Timestamp) -> Int {
        Self.countdownSeconds(remaining: remainingMilliseconds(at: now))
    }

    /// ``countdownSeconds(at:)`` for a number of milliseconds left.
    public static func countdownSeconds(remaining: Int64) -> Int {
        if remaining > 0 { return Int((remaining + 999) / 1000) }
        return -Int(-remaining / 1000)
    }

    /// Milliseconds from a moment with `remaining` milliseconds left until the countdown shows
    /// another second (between 1 and 1000), while the timer runs. Phase deadlines and
    /// warnings given in whole seconds always fall on such a change.
    public static func millisecondsToNextSecond(remaining: Int64) -> Int64 {
        let boundary = floorDivision(remaining - 1, 1000) * 1000
        return remaining - boundary
    }

    /// The share of the phase done at `now`, from 0 to 1 (1 in overtime).
    public func progress(at now: Timestamp) -> Double {
        let duration = durationMilliseconds
        guard duration > 0 else { return 1 }
        return min(1, max(0, Double(elapsedMilliseconds(at: now)) / Double(duration)))
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
