import Engine

/// One sentence saying what a ``PhaseAction`` did, from the state right after it: printed
/// by the timer commands and shown on the console's message line.
enum PhaseActionSummary {
    static func describe(_ action: PhaseAction, state: SessionState, now: Timestamp, _ l: Localizer) -> String {
        if state.timeline.isFinished { return l.text(.timerFinished) }
        guard let clock = PhaseClock(state: state), state.agenda.phases.indices.contains(clock.phase) else {
            return l.text(.timerFinished)
        }
        let phases = state.agenda.phases
        let title = ConsoleText.title(of: phases[clock.phase], l.language)
        let left = ConsoleText.countdown(clock, at: now)
        switch action {
        case .start, .next, .back:
            return l.text(
                .timerStarted,
                [
                    "number": String(clock.phase + 1), "count": String(phases.count), "title": title,
                    "duration": ConsoleText.duration(seconds: Int(clock.durationMilliseconds / 1000), l),
                ])
        case .pause:
            return l.text(.timerPaused, ["title": title, "time": left])
        case .resume:
            return l.text(.timerResumed, ["title": title, "time": left])
        case .extend(let seconds):
            return l.text(.timerExtended, ["title": title, "change": ConsoleText.change(seconds: seconds), "time": left])
        }
    }
}
