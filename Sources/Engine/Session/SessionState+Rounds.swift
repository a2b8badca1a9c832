extension SessionState {
    /// The highest round number whose phase has started at some point (nil before the first
    /// round). Rounds up to it have happened or are happening: their seating is history.
    public var lastStartedRound: Int? {
        let started = Set(timeline.runs.map(\.phase))
        return agenda.rounds.map(\.round).filter { round in
            agenda.phaseIndex(ofRound: round).map(started.contains) ?? false
        }.max()
    }

    /// The round running now (its phase is current and the session has not finished).
    public var runningRound: Int? {
        guard timeline.finishedAt == nil, let phase = currentPhase, phase.kind == .round else { return nil }
        return phase.round
    }
}
