/// How the agenda has actually run so far: which phase is current, when each phase started,
/// and how each run was paused and extended. Built from the timing events; ``PhaseClock``
/// turns the current run into a countdown.
///
/// Times are journal timestamps (wall clock). A wall clock that steps backwards between two
/// events could make an interval negative; every interval here is clamped at zero so that a
/// bad clock shortens a pause or a run but never corrupts the state.
public struct Timeline: Hashable, Sendable {
    /// One run of a phase (a phase can run again after going back).
    public struct PhaseRun: Hashable, Sendable {
        public var phase: Int
        public var startedAt: Timestamp
        public var endedAt: Timestamp?
        /// Seconds added to the phase's planned duration during this run (negative when time
        /// was taken away).
        public var extensionSeconds: Int
        /// Total length of the pauses of this run that have ended, in milliseconds.
        public var pausedMilliseconds: Int64
        /// When the pause in progress began; nil while the timer runs.
        public var pausedSince: Timestamp?
        /// Number of pauses in this run (including one in progress).
        public var pauseCount: Int

        public init(
            phase: Int, startedAt: Timestamp, endedAt: Timestamp? = nil, extensionSeconds: Int = 0,
            pausedMilliseconds: Int64 = 0, pausedSince: Timestamp? = nil, pauseCount: Int = 0
        ) {
            self.phase = phase
            self.startedAt = startedAt
            self.endedAt = endedAt
            self.extensionSeconds = extensionSeconds
            self.pausedMilliseconds = pausedMilliseconds
            self.pausedSince = pausedSince
            self.pauseCount = pauseCount
        }

        /// Whether this run's timer is paused.
        public var isPaused: Bool { pausedSince != nil }

        /// Whether this run is still going on.
        public var isOpen: Bool { endedAt == nil }

        /// Closes the pause in progress (if any) at `time`.
        mutating func endPause(at time: Timestamp) {
            guard let since = pausedSince else { return }
            pausedMilliseconds += max(0, time.milliseconds(since: since))
            pausedSince = nil
        }

        /// Ends the run at `time` (never before it started).
        mutating func end(at time: Timestamp) {
            guard endedAt == nil else { return }
            let end = max(time, startedAt)
            endPause(at: end)
            endedAt = end
        }
    }

    /// Index of the current phase in the agenda; nil before the session starts.
    public var currentPhase: Int?
    /// Every phase run, in order.
    public var runs: [PhaseRun] = []
    /// Set when the last phase has been closed.
    public var finishedAt: Timestamp?

    public init() {}

    /// Whether the session has started.
    public var hasStarted: Bool { currentPhase != nil }

    /// Whether the session has been closed.
    public var isFinished: Bool { finishedAt != nil }

    /// The run in progress: the last run, when the session has started and is not finished.
    public var currentRun: PhaseRun? {
        guard let last = runs.last, last.isOpen else { return nil }
        return last
    }

    /// Index in ``runs`` of the run in progress.
    public var currentRunIndex: Int? {
        guard let last = runs.indices.last, runs[last].isOpen else { return nil }
        return last
    }

    /// Whether the timer of the running phase is paused.
    public var isPaused: Bool { currentRun?.isPaused ?? false }

    /// Makes `phase` current at `time`, closing the running phase (and its pause, if any). The
    /// new run starts with its timer running and no extension.
    public mutating func start(phase: Int, at time: Timestamp) {
        if let last = runs.indices.last { runs[last].end(at: time) }
        currentPhase = phase
        let start = runs.last.flatMap(\.endedAt).map { max($0, time) } ?? time
        runs.append(PhaseRun(phase: phase, startedAt: start))
        finishedAt = nil
    }

    /// Closes the running phase: the agenda is over.
    public mutating func finish(at time: Timestamp) {
        if let last = runs.indices.last { runs[last].end(at: time) }
        finishedAt = runs.last?.endedAt ?? time
    }

    /// Pauses the timer of the running phase; nothing happens when it is already paused or
    /// no phase is running.
    public mutating func pause(at time: Timestamp) {
        guard let index = currentRunIndex, !runs[index].isPaused else { return }
        runs[index].pausedSince = max(time, runs[index].startedAt)
        runs[index].pauseCount += 1
    }

    /// Resumes a paused timer; nothing happens when it is not paused.
    public mutating func resume(at time: Timestamp) {
        guard let index = currentRunIndex else { return }
        runs[index].endPause(at: time)
    }

    /// Adds `seconds` (negative to take time away) to the running phase.
    public mutating func extend(seconds: Int) {
        guard let index = currentRunIndex else { return }
        runs[index].extensionSeconds += seconds
    }
}
