/// The agenda as it really ran: for each phase, its planned duration and what happened
/// (when it started and ended, how long it ran without its pauses, extensions, pauses and
/// how often it ran again after going back), from the session's ``Timeline``.
public struct AgendaRun: Hashable, Sendable {
    /// One phase of the agenda.
    public struct Phase: Hashable, Sendable {
        /// Position in the agenda, from 1.
        public var number: Int
        /// `round`, `vote`, `plenary`, `break` or `other`.
        public var kind: String
        /// Its title in the report's language.
        public var title: String
        /// The round number, for a round.
        public var round: Int?
        /// Planned duration in seconds.
        public var plannedSeconds: Int
        /// Seconds it ran, pauses excluded, over all its runs; nil if it never ran.
        public var actualSeconds: Int?
        /// Seconds it was paused.
        public var pausedSeconds: Int
        /// When it first started.
        public var startedAt: Timestamp?
        /// When its last run ended.
        public var endedAt: Timestamp?
        /// Times it ran (more than 1 after going back to it).
        public var runs: Int
        /// Seconds added to (or taken from) the plan while it ran.
        public var extensionSeconds: Int
        /// Times its timer was paused.
        public var pauses: Int
        /// Whether it is running now (the session is not finished).
        public var isRunning: Bool

        /// Actual minus planned seconds; nil if it never ran.
        public var differenceSeconds: Int? { actualSeconds.map { $0 - plannedSeconds } }

        /// Creates a phase line.
        public init(
            number: Int, kind: String, title: String, round: Int?, plannedSeconds: Int, actualSeconds: Int?,
            pausedSeconds: Int, startedAt: Timestamp?, endedAt: Timestamp?, runs: Int, extensionSeconds: Int, pauses: Int,
            isRunning: Bool
        ) {
            self.number = number
            self.kind = kind
            self.title = title
            self.round = round
            self.plannedSeconds = plannedSeconds
            self.actualSeconds = actualSeconds
            self.pausedSeconds = pausedSeconds
            self.startedAt = startedAt
            self.endedAt = endedAt
            self.runs = runs
            self.extensionSeconds = extensionSeconds
            self.pauses = pauses
            self.isRunning = isRunning
        }
    }

    /// Every phase of the agenda, in order.
    public var phases: [Phase]
    /// The planned start (`HH:MM`, local time), if the session has one.
    public var plannedStart: String?
    /// When the first phase started.
    public var startedAt: Timestamp?
    /// When the session was finished.
    public var finishedAt: Timestamp?

    /// Planned seconds of the whole agenda.
    public var plannedSeconds: Int { phases.reduce(0) { $0 + $1.plannedSeconds } }
    /// Seconds the phases that ran took, pauses excluded.
    public var actualSeconds: Int { phases.reduce(0) { $0 + ($1.actualSeconds ?? 0) } }
    /// Wall-clock seconds from the first start to the finish (or to the last event), pauses included.
    public var elapsedSeconds: Int?

    /// The agenda of `state` as it ran, with titles in `language`. `now` closes a phase that
    /// is still running (the time of the session's last event when nil).
    public init(state: SessionState, language: Language) {
        let timeline = state.timeline
        let agenda = state.agenda
        let end = timeline.finishedAt ?? state.lastEventAt
        phases = agenda.phases.enumerated().map { index, phase in
            let runs = timeline.runs.filter { $0.phase == index }
            var actual: Int64 = 0
            var paused: Int64 = 0
            var isRunning = false
            for run in runs {
                let stop = run.endedAt ?? max(end ?? run.startedAt, run.startedAt)
                var pausedHere = run.pausedMilliseconds
                if let since = run.pausedSince { pausedHere += max(0, stop.milliseconds(since: since)) }
                actual += max(0, stop.milliseconds(since: run.startedAt) - pausedHere)
                paused += pausedHere
                if run.isOpen { isRunning = true }
            }
            return Phase(
                number: index + 1, kind: phase.kind.rawValue, title: phase.title.text(in: language), round: phase.round,
                plannedSeconds: phase.plannedSeconds, actualSeconds: runs.isEmpty ? nil : Int((actual + 500) / 1000),
                pausedSeconds: Int((paused + 500) / 1000), startedAt: runs.first?.startedAt,
                endedAt: runs.last?.endedAt, runs: runs.count, extensionSeconds: runs.reduce(0) { $0 + $1.extensionSeconds },
                pauses: runs.reduce(0) { $0 + $1.pauseCount }, isRunning: isRunning)
        }
        plannedStart = state.info.startTime
        startedAt = timeline.runs.first?.startedAt
        finishedAt = timeline.finishedAt
        if let first = startedAt, let last = end {
            elapsedSeconds = Int((max(0, last.milliseconds(since: first)) + 500) / 1000)
        } else {
            elapsedSeconds = nil
        }
    }
}
