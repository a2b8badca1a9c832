/// Decides the journal events for a ``PhaseAction`` against a session's state, or says why
/// it cannot be done. Pure: the caller appends the events (inside ``Session/append(_:)``,
/// so the decision is made against the freshest state under the journal's lock).
///
/// ```swift
/// try session.append { state in try PhaseControl.events(for: .pause, in: state) }
/// ```
public enum PhaseControl {
    /// Largest extension accepted in one action, in seconds (a day).
    public static let maximumExtensionSeconds = 86_400

    /// The events that perform `action` in `state`.
    public static func events(for action: PhaseAction, in state: SessionState) throws(PhaseControlError)
        -> [any JournalEvent]
    {
        let phases = state.agenda.phases
        guard !phases.isEmpty else { throw .noAgenda }
        let timeline = state.timeline
        switch action {
        case .start(let phase):
            if let phase {
                guard phases.indices.contains(phase) else { throw .unknownPhase(phase: phase, count: phases.count) }
                return [PhaseStarted(phase: phase)]
            }
            if timeline.isFinished { throw .finished }
            if let current = timeline.currentPhase { throw .alreadyStarted(phase: current) }
            return [PhaseStarted(phase: 0)]
        case .next:
            guard let current = timeline.currentPhase else { return [PhaseStarted(phase: 0)] }
            if timeline.isFinished { throw .finished }
            return current + 1 < phases.count ? [PhaseStarted(phase: current + 1)] : [SessionFinished()]
        case .back:
            guard let current = timeline.currentPhase else { throw .notStarted }
            if timeline.isFinished { return [PhaseStarted(phase: min(current, phases.count - 1))] }
            guard current > 0 else { throw .atFirstPhase }
            return [PhaseStarted(phase: min(current, phases.count) - 1)]
        case .pause:
            let run = try runningPhase(timeline)
            if run.isPaused { throw .alreadyPaused }
            return [TimerPaused(phase: run.phase)]
        case .resume:
            let run = try runningPhase(timeline)
            guard run.isPaused else { throw .notPaused }
            return [TimerResumed(phase: run.phase)]
        case .extend(let seconds):
            guard seconds != 0, abs(seconds) <= maximumExtensionSeconds else { throw .invalidExtension(seconds: seconds) }
            let run = try runningPhase(timeline)
            return [PhaseExtended(phase: run.phase, seconds: seconds)]
        }
    }

    private static func runningPhase(_ timeline: Timeline) throws(PhaseControlError) -> Timeline.PhaseRun {
        if timeline.isFinished { throw .finished }
        guard let run = timeline.currentRun else { throw .notStarted }
        return run
    }
}
