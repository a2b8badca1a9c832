import Engine

/// The console without screen control (`workshop run --plain`, or when standard output is
/// not a terminal): one line per event and one line per minute, each starting with the local
/// time, for logs, screen readers and slow links.
///
/// It compares what it sees with what it saw last time, so changes made from other
/// terminals are reported the same way as keys pressed here.
struct PlainReporter {
    let localizer: Localizer
    /// Minutes east of UTC for a timestamp (local clock times).
    let utcOffset: @Sendable (Timestamp) -> Int

    private var introduced = false
    private var runIndex: Int?
    private var pauseCount = 0
    private var paused = false
    private var extensionSeconds = 0
    private var finished = false
    private var minuteMark: Int64?
    /// Whole minutes the pause in progress has lasted, when paused.
    private var pauseMinutes: Int64?

    init(localizer: Localizer, utcOffset: @escaping @Sendable (Timestamp) -> Int) {
        self.localizer = localizer
        self.utcOffset = utcOffset
    }

    /// The lines for what changed since the last call, given the state at `now` and the alert
    /// (if any) the countdown crossed.
    mutating func observe(state: SessionState, now: Timestamp, alert: CountdownAlerts.Alert?) -> [String] {
        let l = localizer
        let stamp = LocalTime.clockWithSeconds(now, offsetMinutes: utcOffset(now))
        var lines: [String] = []
        func add(_ text: String) { lines.append(stamp + "  " + text) }
        let timeline = state.timeline
        let clock = PhaseClock(state: state)
        let run = timeline.currentRun

        let wasIntroduced = introduced
        if !introduced {
            introduced = true
            add(
                l.text(
                    .consolePlainIntro,
                    ["title": TerminalText.sanitize(state.info.title), "phases": String(state.agenda.phases.count)]))
            if let clock {
                add(runningLine(clock, state: state, now: now))
                lines += tableLines(state: state, phase: clock.phase).map { stamp + "  " + $0 }
            } else if timeline.isFinished {
                add(l.text(.consolePlainFinished))
            } else {
                add(l.text(.consolePlainWaiting))
            }
        } else if clock?.runIndex != runIndex {
            if let clock {
                add(startedLine(clock, state: state))
                let purpose = TerminalText.sanitize(state.agenda.phases[clock.phase].purpose.text(in: l.language))
                if !purpose.isEmpty { add(l.text(.consolePlainPurpose, ["purpose": purpose])) }
                lines += (tableLines(state: state, phase: clock.phase) + seatingLines(state: state, phase: clock.phase))
                    .map { stamp + "  " + $0 }
            }
        } else if let clock, let run {
            let left = ConsoleText.countdown(clock, at: now)
            let newPauses = run.pauseCount - pauseCount
            if paused, !run.isPaused || newPauses > 0 { add(l.text(.consolePlainResumed, ["time": left])) }
            if newPauses > 0 {
                add(l.text(.consolePlainPaused, ["time": left]))
                if !run.isPaused { add(l.text(.consolePlainResumed, ["time": left])) }
            }
            if run.extensionSeconds != extensionSeconds {
                add(
                    l.text(
                        .consolePlainExtended,
                        ["change": ConsoleText.change(seconds: run.extensionSeconds - extensionSeconds), "time": left]))
            }
            let title = ConsoleText.title(of: state.agenda.phases[clock.phase], l.language)
            switch alert {
            case .warning(let seconds):
                add(l.text(.consolePlainWarning, ["warning": ConsoleText.warning(secondsLeft: seconds, l), "phase": title]))
            case .timeUp:
                add(l.text(.consolePlainTimeUp, ["phase": title]))
            case nil where run.isPaused:
                let minutes = (clock.pausedMilliseconds(at: now) - clock.pausedMilliseconds) / 60000
                if let previous = pauseMinutes, minutes > previous, newPauses == 0 {
                    add(
                        l.text(
                            .consolePlainStillPaused,
                            ["paused": Formatting.clock(seconds: Int(minutes) * 60), "time": left]))
                }
            case nil:
                let remaining = clock.remainingMilliseconds(at: now)
                let mark = Self.minuteMark(remaining)
                if !run.isPaused, let previous = minuteMark, mark < previous, remaining != 0 {
                    if remaining > 0 {
                        add(minuteLine(clock, state: state, now: now, title: title))
                    } else {
                        add(
                            l.text(
                                .consolePlainOverTime,
                                ["time": Formatting.clock(seconds: -clock.countdownSeconds(at: now)), "phase": title]))
                    }
                }
            }
        }
        if wasIntroduced, timeline.isFinished, !finished { add(l.text(.consolePlainFinished)) }

        runIndex = clock?.runIndex
        pauseCount = run?.pauseCount ?? 0
        paused = run?.isPaused ?? false
        extensionSeconds = run?.extensionSeconds ?? 0
        finished = timeline.isFinished
        minuteMark = clock.map { Self.minuteMark($0.remainingMilliseconds(at: now)) }
        pauseMinutes = clock.flatMap { clock in
            clock.isPaused ? (clock.pausedMilliseconds(at: now) - clock.pausedMilliseconds) / 60000 : nil
        }
        return lines
    }

    /// Which minute the countdown is in: changes exactly when it shows a whole minute.
    static func minuteMark(_ remaining: Int64) -> Int64 {
        let value = remaining - 1
        return value >= 0 ? value / 60000 : -((-value + 59999) / 60000)
    }

    private func startedLine(_ clock: PhaseClock, state: SessionState) -> String {
        let phase = state.agenda.phases[clock.phase]
        return localizer.text(
            .consolePlainStarted,
            [
                "number": String(clock.phase + 1), "count": String(state.agenda.phases.count),
                "title": ConsoleText.title(of: phase, localizer.language),
                "duration": ConsoleText.duration(seconds: Int(clock.durationMilliseconds / 1000), localizer),
            ])
    }

    private func runningLine(_ clock: PhaseClock, state: SessionState, now: Timestamp) -> String {
        let phase = state.agenda.phases[clock.phase]
        let values = [
            "number": String(clock.phase + 1), "count": String(state.agenda.phases.count),
            "title": ConsoleText.title(of: phase, localizer.language), "time": ConsoleText.countdown(clock, at: now),
        ]
        return localizer.text(clock.isPaused ? .consolePlainRunningPaused : .consolePlainRunning, values)
    }

    private func minuteLine(_ clock: PhaseClock, state: SessionState, now: Timestamp, title: String) -> String {
        var line = localizer.text(.consolePlainMinute, ["time": ConsoleText.countdown(clock, at: now), "phase": title])
        if let round = state.agenda.phases[clock.phase].round, state.agenda.phases[clock.phase].kind == .round {
            let notes = state.notes.all.reduce(0) { $0 + ($1.round == round && !$1.retracted ? 1 : 0) }
            line += " · " + localizer.text(.consoleNotes, ["count": String(notes)])
        }
        return line
    }

    /// One line per table for a round phase: its question and canvas.
    private func tableLines(state: SessionState, phase index: Int) -> [String] {
        let phase = state.agenda.phases[index]
        guard phase.kind == .round, let round = phase.round, let plan = state.agenda.round(round) else { return [] }
        let language = localizer.language
        let seating = state.seating(ofRound: round)
        return plan.assignments.map { assignment in
            let table = TerminalText.sanitize(state.agenda.table(assignment.table)?.name ?? String(assignment.table))
            let question = state.agenda.question(assignment.question)
            return localizer.text(
                .consolePlainTable,
                [
                    "table": table, "number": String(assignment.question),
                    "question": TerminalText.sanitize(question?.text.text(in: language) ?? ""),
                    "canvas": TerminalText.sanitize(
                        state.agenda.canvas(assignment.canvas)?.title.text(in: language) ?? assignment.canvas),
                    "people": String(seating?.participants(atTable: assignment.table).count ?? 0),
                ])
        }
    }

    /// Who sits at each table in the round that starts, and where they come from.
    private func seatingLines(state: SessionState, phase index: Int) -> [String] {
        let phase = state.agenda.phases[index]
        guard phase.kind == .round, let round = phase.round, let board = SeatingBoard(state: state, round: round),
            let plan = state.agenda.round(round)
        else { return [] }
        var lines: [String] = []
        if round > 1 {
            lines.append(localizer.text(.consolePlainRotation, ["round": String(round), "count": String(board.movers)]))
        }
        for assignment in plan.assignments {
            let people = board.people(atTable: assignment.table).map { entry -> String in
                guard let from = entry.from else { return entry.name }
                return entry.name + " "
                    + (from == entry.to
                        ? localizer.text(.consolePlainStays) : localizer.text(.consolePlainFrom, ["table": String(from)]))
            }
            guard !people.isEmpty else { continue }
            let table = TerminalText.sanitize(state.agenda.table(assignment.table)?.name ?? String(assignment.table))
            lines.append(
                localizer.text(
                    .consolePlainSeating, ["round": String(round), "table": table, "people": people.joined(separator: ", ")]))
        }
        return lines
    }
}
