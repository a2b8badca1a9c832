/// How the agenda has actually run so far: which phase is current and when each phase
/// started. Built from phase events; the live console derives deadlines from it.
public struct Timeline: Hashable, Sendable {
    /// One run of a phase (a phase can run again after going back).
    public struct PhaseRun: Hashable, Sendable {
        public var phase: Int
        public var startedAt: Timestamp
        public var endedAt: Timestamp?

        public init(phase: Int, startedAt: Timestamp, endedAt: Timestamp? = nil) {
            self.phase = phase
            self.startedAt = startedAt
            self.endedAt = endedAt
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

    /// Makes `phase` current at `time`, closing the running phase.
    public mutating func start(phase: Int, at time: Timestamp) {
        if let last = runs.indices.last, runs[last].endedAt == nil { runs[last].endedAt = time }
        currentPhase = phase
        runs.append(PhaseRun(phase: phase, startedAt: time))
        finishedAt = nil
    }

    /// Closes the running phase: the agenda is over.
    public mutating func finish(at time: Timestamp) {
        if let last = runs.indices.last, runs[last].endedAt == nil { runs[last].endedAt = time }
        finishedAt = time
    }
}
