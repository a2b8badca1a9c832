import Engine

/// Draws the facilitator console: a pure function from a ``ConsoleScene`` to the lines of
/// one frame, exactly as many as the terminal has rows, none wider than it.
///
/// From top to bottom: a header bar (session, phase number, clock time); the phase and what
/// it is for; the countdown in block digits when there is room (one bold line otherwise); a
/// progress bar; a banner for pauses, warnings and the end of the time (words, not only
/// colour); then the tables of the round, the seating around rotations, or the agenda; what
/// comes next; a line for prompts and messages; the keys.
struct ConsoleRenderer {
    let scene: ConsoleScene

    private var l: Localizer { scene.localizer }
    private var language: Language { scene.localizer.language }
    private var width: Int { max(1, scene.size.columns) }
    private var state: SessionState { scene.state }
    private var phases: [Phase] { scene.state.agenda.phases }

    /// The frame's lines.
    func lines() -> [StyledLine] {
        let rows = max(1, scene.size.rows)
        let clock = PhaseClock(state: state)
        let header = headerLine()
        let title = titleBlock(clock)
        let status = statusBlock(clock)
        let bottom = [nextLine(clock), messageLine(), footerLine()]
        let fixed = 1 + title.count + status.count + bottom.count
        let preferred = bodyContent(clock, rows: rows).count

        // The countdown takes the largest size that fits and leaves the body some room.
        var digits: [StyledLine] = []
        if let countdown = countdownText(clock) {
            let style = countdownStyle(clock)
            // The help is read in full; other bodies page or say how much more there is.
            let minimumBody = scene.overlay == .help ? preferred : min(preferred, 8)
            if let scale = stride(from: 8, through: 1, by: -1).first(where: { scale in
                BlockDigits.width(of: countdown, scale: scale) <= width - 2
                    && BlockDigits.height(scale: scale) * 100 <= rows * 45
                    && fixed + BlockDigits.height(scale: scale) + minimumBody <= rows
            }) {
                digits = BlockDigits.render(countdown, scale: scale).map { StyledLine($0, style).centered(in: width) }
            } else {
                digits = [StyledLine(countdown, style).centered(in: width)]
            }
        }

        // Blank lines between the parts only when the body has all it wants (up to four).
        let room = max(0, rows - fixed - digits.count)
        var gaps = min(4, max(0, room - preferred))
        let body = bodyContent(clock, rows: room - gaps)
        func gap() -> [StyledLine] {
            guard gaps > 0 else { return [] }
            gaps -= 1
            return [StyledLine()]
        }
        var lines: [StyledLine] = [header]
        lines += gap()
        lines += title
        if !digits.isEmpty { lines += gap() + digits }
        lines += gap()
        lines += status
        lines += gap()
        lines += body
        let filler = rows - lines.count - bottom.count
        if filler > 0 { lines += Array(repeating: StyledLine(), count: filler) }
        lines += bottom
        if lines.count > rows {
            // Tiny terminals: keep the top (phase and countdown) and the key line.
            lines = Array(lines.prefix(rows - 1)) + [bottom[bottom.count - 1]]
        }
        return lines.prefix(rows).map { $0.truncated(to: width) }
    }

    // MARK: Header and title

    private func headerLine() -> StyledLine {
        let title = TerminalText.sanitize(state.info.title)
        var right: [String] = []
        if scene.autoAdvance { right.append(l.text(.consoleAutoAdvance)) }
        if let index = state.timeline.currentPhase, !state.timeline.isFinished {
            right.append(l.text(.consolePhaseNumber, ["number": String(index + 1), "count": String(phases.count)]))
        }
        right.append(scene.now.clockTime(utcOffsetMinutes: scene.utcOffsetMinutes))
        let line = StyledLine.spread(
            StyledLine(" " + title, .reverse), StyledLine(right.joined(separator: " · ") + " ", .reverse), width: width)
        var padded = line
        let missing = width - line.width
        if missing > 0 { padded.append(String(repeating: " ", count: missing), .reverse) }
        return padded
    }

    private func titleBlock(_ clock: PhaseClock?) -> [StyledLine] {
        if let clock, phases.indices.contains(clock.phase) {
            let phase = phases[clock.phase]
            var line = StyledLine(" " + ConsoleText.title(of: phase, language), .bold)
            if phase.kind == .round, let round = phase.round {
                let rounds = state.agenda.rounds.count
                line.append("  " + l.text(.consoleRoundOf, ["round": String(round), "rounds": String(rounds)]), .dim)
            }
            let purpose = TerminalText.sanitize(phase.purpose.text(in: language))
            let wrapped = DisplayWidth.wrap(purpose, width: width - 2).prefix(2).map { StyledLine(" " + $0, .dim) }
            return [line] + wrapped
        }
        if state.timeline.isFinished {
            let at = state.timeline.finishedAt.map { $0.clockTime(utcOffsetMinutes: scene.utcOffsetMinutes) } ?? ""
            return [
                StyledLine(" " + l.text(.consoleFinished, ["time": at]), .bold),
                StyledLine(" " + l.text(.consoleFinishedHint), .dim),
            ]
        }
        guard let first = phases.first else {
            return [StyledLine(" " + l.text(.consoleNoAgenda), .bold)]
        }
        return [
            StyledLine(" " + l.text(.consoleNotStarted), .bold),
            StyledLine(
                " "
                    + l.text(
                        .consoleNotStartedHint,
                        [
                            "first": ConsoleText.title(of: first, language),
                            "duration": ConsoleText.duration(seconds: first.plannedSeconds, l),
                        ]),
                .dim),
        ]
    }

    // MARK: Countdown

    private func countdownText(_ clock: PhaseClock?) -> String? {
        guard let clock else { return nil }
        return ConsoleText.countdown(clock, at: scene.now)
    }

    private func level(_ clock: PhaseClock) -> CountdownAlerts.Level {
        scene.alerts.level(remaining: clock.remainingMilliseconds(at: scene.now))
    }

    private func countdownStyle(_ clock: PhaseClock?) -> CellStyle {
        guard let clock else { return .bold }
        if clock.isPaused { return CellStyle(bold: true, color: .cyan) }
        switch level(clock) {
        case .normal: return CellStyle(bold: true, color: .green)
        case .warning(let seconds): return CellStyle(bold: true, color: seconds == scene.alerts.thresholds.last ? .red : .yellow)
        case .timeUp: return CellStyle(bold: true, color: .red)
        }
    }

    // MARK: Progress and banner

    private func statusBlock(_ clock: PhaseClock?) -> [StyledLine] {
        guard let clock else { return [] }
        let now = scene.now
        let remaining = clock.remainingMilliseconds(at: now)
        let total = Formatting.clock(seconds: Int(clock.durationMilliseconds / 1000))
        var label: String
        if remaining > 0 {
            label = l.text(.consoleLeftOf, ["time": ConsoleText.countdown(clock, at: now), "total": total])
        } else {
            label = l.text(
                .consoleOverTime,
                ["time": Formatting.clock(seconds: -clock.countdownSeconds(at: now)), "total": total])
        }
        if clock.extensionSeconds != 0 { label += " (" + ConsoleText.change(seconds: clock.extensionSeconds) + ")" }
        let barWidth = max(0, width - DisplayWidth.of(label) - 4)
        var progress = StyledLine(" ")
        if barWidth >= 10 {
            let filled = Int((clock.progress(at: now) * Double(barWidth)).rounded(.down))
            let style = countdownStyle(clock)
            progress.append(String(repeating: "█", count: filled), CellStyle(color: style.color))
            progress.append(String(repeating: "░", count: barWidth - filled), .dim)
            progress.append("  ")
        }
        progress.append(label, .bold)
        return [progress, bannerLine(clock)]
    }

    private func bannerLine(_ clock: PhaseClock) -> StyledLine {
        let now = scene.now
        if clock.isPaused {
            let since = Int((clock.pausedMilliseconds(at: now) - clock.pausedMilliseconds) / 1000)
            return StyledLine(
                " ‖ " + l.text(.consolePausedBanner).uppercased() + " ",
                CellStyle(bold: true, reverse: true, color: .cyan))
                + StyledLine("  " + l.text(.consolePausedFor, ["time": Formatting.clock(seconds: since)]), .dim)
        }
        switch level(clock) {
        case .normal:
            return StyledLine()
        case .warning(let seconds):
            let color: CellStyle.Color = seconds == scene.alerts.thresholds.last ? .red : .yellow
            return StyledLine(
                " ▲ " + ConsoleText.warning(secondsLeft: seconds, l).uppercased() + " ",
                CellStyle(bold: true, reverse: true, color: color))
        case .timeUp:
            let hint = scene.autoAdvance ? l.text(.consoleTimeUpAuto) : l.text(.consoleTimeUpHint)
            return StyledLine(
                " ■ " + l.text(.consoleTimeUp).uppercased() + " ", CellStyle(bold: true, reverse: true, color: .red))
                + StyledLine("  " + hint, .bold)
        }
    }

    // MARK: Body

    /// The body in at most `rows` lines.
    private func bodyContent(_ clock: PhaseClock?, rows: Int) -> [StyledLine] {
        guard rows > 0 else { return [] }
        if scene.overlay == .help { return fit(helpLines(), rows: rows) }
        if let round = seatingRound(), let lines = seatingLines(round: round, rows: rows) { return lines }
        if let clock, phases.indices.contains(clock.phase), phases[clock.phase].kind == .round,
            let round = phases[clock.phase].round
        {
            return fit(tableLines(round: round), rows: rows)
        }
        return fit(agendaLines(), rows: rows)
    }

    private func seatingRound() -> Int? {
        switch scene.seating {
        case .hidden: return nil
        case .shown: return SeatingBoard.relevantRound(state: state)
        case .automatic: return SeatingBoard.automaticRound(state: state, now: scene.now)
        }
    }

    /// Lines of a body, cut to `rows` with a "more" line when needed.
    private func fit(_ body: [StyledLine], rows: Int) -> [StyledLine] {
        guard body.count > rows else { return body }
        guard rows > 1 else { return Array(body.prefix(rows)) }
        let hidden = body.count - rows + 1
        return Array(body.prefix(rows - 1)) + [StyledLine("   " + l.text(.consoleMoreLines, ["count": String(hidden)]), .dim)]
    }

    private func tableLines(round: Int) -> [StyledLine] {
        guard let plan = state.agenda.round(round) else { return [] }
        var notes: [Int: Int] = [:]
        for note in state.notes.all where note.round == round && !note.retracted { notes[note.table, default: 0] += 1 }
        let seating = state.seating(ofRound: round)
        let lines = [StyledLine(" " + l.text(.consoleTablesTitle, ["round": String(round)]), .bold)]
        var rows: [StyledLine] = []
        for assignment in plan.assignments {
            let table = state.agenda.table(assignment.table)
            let name = TerminalText.sanitize(table?.name ?? String(assignment.table))
            var line = StyledLine("  " + l.text(.consoleTable, ["table": name]), .bold)
            if let question = state.agenda.question(assignment.question) {
                line.append(
                    "  " + l.text(.consoleQuestionNumber, ["number": String(question.number)]) + " "
                        + TerminalText.sanitize(question.title.text(in: language)))
            }
            var facts: [String] = []
            if let canvas = state.agenda.canvas(assignment.canvas) {
                facts.append(TerminalText.sanitize(canvas.title.text(in: language)))
            }
            if let seating {
                facts.append(l.text(.consolePeople, ["count": String(seating.participants(atTable: assignment.table).count)]))
            }
            facts.append(l.text(.consoleNotes, ["count": String(notes[assignment.table] ?? 0)]))
            line.append(" · " + facts.joined(separator: " · "), .dim)
            rows.append(line)
        }
        return lines + columns(rows)
    }

    /// Rows laid out in two columns when a wide terminal has them overflow a short body.
    private func columns(_ rows: [StyledLine]) -> [StyledLine] {
        guard width >= 140, rows.count > 8 else { return rows }
        let half = (rows.count + 1) / 2
        let columnWidth = width / 2
        return (0..<half).map { index in
            var line = rows[index].truncated(to: columnWidth - 1)
            line.append(String(repeating: " ", count: max(0, columnWidth - line.width)))
            if index + half < rows.count { line.append(rows[index + half]) }
            return line
        }
    }

    private func seatingLines(round: Int, rows: Int) -> [StyledLine]? {
        guard let board = SeatingBoard(state: state, round: round) else { return nil }
        let columnCount = max(1, min((width - 2) / 24, (width - 2) / 34 + 1))
        let columnWidth = (width - 2) / columnCount
        let bodyRows = max(1, rows - 1)
        let capacity = max(1, columnCount * bodyRows)
        let pages = max(1, (board.entries.count + capacity - 1) / capacity)
        let page = pages > 1 ? Int((scene.now.milliseconds / 1000 / ConsoleScene.seatingPageSeconds) % Int64(pages)) : 0
        var title = StyledLine(" " + l.text(.consoleSeatingTitle, ["round": String(round)]), .bold)
        var facts: [String] = []
        if round > 1 || board.movers > 0 { facts.append(l.text(.consoleSeatingMovers, ["count": String(board.movers)])) }
        if pages > 1 { facts.append(l.text(.consolePage, ["page": String(page + 1), "pages": String(pages)])) }
        if !facts.isEmpty { title.append("  " + facts.joined(separator: " · "), .dim) }
        // Pages share the names evenly, so the last page is not a nearly empty one.
        let perPage = (board.entries.count + pages - 1) / pages
        let shown = Array(board.entries.dropFirst(page * perPage).prefix(perPage))
        let rowsUsed = min(bodyRows, (shown.count + columnCount - 1) / columnCount)
        var lines = [title]
        guard rowsUsed > 0 else { return lines }
        for row in 0..<rowsUsed {
            var line = StyledLine(" ")
            for column in 0..<columnCount {
                let index = column * rowsUsed + row
                guard index < shown.count else { break }
                line.append(seatingCell(shown[index], width: columnWidth))
            }
            lines.append(line)
        }
        return lines
    }

    private func seatingCell(_ entry: SeatingBoard.Entry, width: Int) -> StyledLine {
        let placement: String
        if let from = entry.from {
            placement = from == entry.to ? "= \(entry.to)" : "\(from)→\(entry.to)"
        } else {
            placement = "→ \(entry.to)"
        }
        let nameWidth = width - DisplayWidth.of(placement) - 3
        var cell = StyledLine(DisplayWidth.pad(entry.name, to: nameWidth) + " ")
        cell.append(placement, entry.moves ? .bold : .dim)
        cell.append("  ")
        return cell
    }

    private func agendaLines() -> [StyledLine] {
        guard !phases.isEmpty else { return [] }
        let current = state.timeline.currentPhase
        let finished = state.timeline.isFinished
        var lastRun: [Int: Int] = [:]
        for (runIndex, run) in state.timeline.runs.enumerated() { lastRun[run.phase] = runIndex }
        var lines = [StyledLine(" " + l.text(.consoleAgendaTitle), .bold)]
        for (index, phase) in phases.enumerated() {
            let isCurrent = index == current && !finished
            let isDone = current.map { index < $0 || (finished && index <= $0) } ?? false
            let marker = isCurrent ? "▶" : (isDone ? "✓" : "·")
            var time = ConsoleText.duration(seconds: phase.plannedSeconds, l)
            if isDone, let runIndex = lastRun[index],
                let clock = PhaseClock(timeline: state.timeline, runIndex: runIndex, agenda: state.agenda),
                let end = clock.endedAt
            {
                time = Formatting.clock(seconds: Int(clock.elapsedMilliseconds(at: end) / 1000))
            }
            let text = "  \(marker) \(index + 1). " + ConsoleText.title(of: phase, language)
            let style: CellStyle = isCurrent ? .bold : (isDone ? .dim : .plain)
            lines.append(StyledLine.spread(StyledLine(text, style), StyledLine(time + " ", style), width: min(width, 72)))
        }
        return lines
    }

    private func helpLines() -> [StyledLine] {
        let keys: [TextKey] = [
            .consoleHelpSpace, .consoleHelpNext, .consoleHelpBack, .consoleHelpPlusMinus, .consoleHelpExtend,
            .consoleHelpSeating, .consoleHelpQuit, .consoleHelpHelp,
        ]
        return [StyledLine(" " + l.text(.consoleHelpTitle), .bold)] + keys.map { StyledLine("   " + l.text($0)) }
            + [StyledLine("   " + l.text(.consoleHelpCommands), .dim)]
    }

    // MARK: Bottom

    private func nextLine(_ clock: PhaseClock?) -> StyledLine {
        if state.timeline.isFinished { return StyledLine() }
        let nextIndex = clock.map { $0.phase + 1 } ?? (state.timeline.hasStarted ? phases.count : 0)
        guard phases.indices.contains(nextIndex) else {
            return StyledLine(" " + l.text(.consoleNextEnd), .dim)
        }
        let next = phases[nextIndex]
        var text = l.text(
            .consoleNext,
            ["title": ConsoleText.title(of: next, language), "duration": ConsoleText.duration(seconds: next.plannedSeconds, l)])
        if next.kind == .round, let round = next.round, round > 1, let board = SeatingBoard(state: state, round: round) {
            text += " · " + l.text(.consoleSeatingMovers, ["count": String(board.movers)])
        }
        return StyledLine(" " + text)
    }

    private func messageLine() -> StyledLine {
        switch scene.overlay {
        case .extendPrompt(let typed):
            return StyledLine(" " + l.text(.consolePromptExtend) + " ", .bold) + StyledLine(typed + " ", .reverse)
                + StyledLine("  " + l.text(.consolePromptExtendHint), .dim)
        case .confirm(let confirmation):
            return StyledLine(" " + confirmationText(confirmation) + " ", CellStyle(bold: true, reverse: true, color: .yellow))
        case .none, .help:
            break
        }
        guard let message = scene.message else { return StyledLine() }
        switch message.kind {
        case .info: return StyledLine(" " + message.text, .bold)
        case .error: return StyledLine(" " + message.text, CellStyle(bold: true, color: .red))
        case .alert: return StyledLine(" " + message.text, CellStyle(bold: true, color: .yellow))
        }
    }

    private func confirmationText(_ confirmation: ConsoleScene.Confirmation) -> String {
        ConsoleRenderer.confirmationText(confirmation, state: state, now: scene.now, l)
    }

    /// The question asked before a move.
    static func confirmationText(_ confirmation: ConsoleScene.Confirmation, state: SessionState, now: Timestamp, _ l: Localizer)
        -> String
    {
        let phases = state.agenda.phases
        let language = l.language
        let clock = PhaseClock(state: state)
        let left = clock.map { ConsoleText.countdown($0, at: now) } ?? ""
        switch confirmation {
        case .next:
            guard let clock, phases.indices.contains(clock.phase + 1) else {
                return l.text(.consoleConfirmFinish, ["time": left])
            }
            return l.text(.consoleConfirmNext, ["next": ConsoleText.title(of: phases[clock.phase + 1], language), "time": left])
        case .back:
            let current = state.timeline.currentPhase ?? 0
            let target = state.timeline.isFinished ? current : current - 1
            guard phases.indices.contains(target) else { return "" }
            return l.text(
                .consoleConfirmBack,
                [
                    "phase": ConsoleText.title(of: phases[target], language),
                    "duration": ConsoleText.duration(seconds: phases[target].plannedSeconds, l),
                ])
        }
    }

    private func footerLine() -> StyledLine {
        let key: TextKey
        if state.timeline.isFinished {
            key = .consoleFooterFinished
        } else if !state.timeline.hasStarted {
            key = .consoleFooterNotStarted
        } else {
            key = .consoleFooter
        }
        let full = " " + l.text(key)
        if DisplayWidth.of(full) <= width { return StyledLine(full, .dim) }
        return StyledLine(" " + l.text(.consoleFooterShort), .dim)
    }
}

extension StyledLine {
    /// The two lines one after the other.
    static func + (lhs: StyledLine, rhs: StyledLine) -> StyledLine {
        var result = lhs
        result.append(rhs)
        return result
    }
}
