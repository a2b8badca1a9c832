import Engine

/// The note capture loop of one table: `workshop notes FILE --table N`.
///
/// Each line typed is saved at once as a note of the table (one durable append), in the
/// section chosen and the round the prompt shows. The loop follows the facilitator: it
/// polls the journal (while idle on a terminal, as each line arrives from a pipe) and, when
/// a new round starts, prints the round's question and moves the prompt on, without a
/// restart. Commands: `/list`, `/edit ID`, `/delete ID`, `/undo`, `/section ID`, `/help`,
/// `/quit`; a section's number alone switches section (on a terminal also Alt+number,
/// F1-F4, or Tab for the next one). Notes are printed through ``TerminalText/sanitize(_:keepNewlines:)``.
final class NoteCaptureLoop: LineReaderDelegate {
    /// Something the loop did that `/undo` can take back.
    enum Action: Equatable {
        case added(Int)
        case edited(Int, previous: String)
        case retracted(Int)
    }

    let session: Session
    let table: Int
    let author: String?
    let context: CommandContext
    /// The section new notes go to (a canvas section id), if any.
    private(set) var section: String?
    /// The round the prompt shows, which new notes go to.
    private(set) var round: Int
    private var phase: Int?
    private var finished: Bool
    private(set) var undoStack: [Action] = []
    private(set) var savedCount = 0
    /// Lines from a pipe that could not be saved.
    private(set) var failedLines = 0
    /// The note being edited on a terminal (the prompt says so).
    private var editing: Int?
    private var interactive = false
    /// The last error met while polling the journal on a terminal.
    private var lastIdleError: String?

    init(session: Session, table: Int, author: String?, section: String?, context: CommandContext) {
        self.session = session
        self.table = table
        self.author = author
        self.section = section
        self.context = context
        let state = session.state
        round = state.currentRound
        phase = state.timeline.currentPhase
        finished = state.timeline.finishedAt != nil
    }

    private var l: Localizer { context.localizer }
    private var style: TextStyle { context.style }

    // MARK: Running

    /// Runs until the input ends, the user quits, or a signal asks it to end (then it throws
    /// ``TerminatedBySignal``).
    func run(input: any CaptureInput) throws {
        interactive = input.isInteractive
        defer { input.finish() }
        emit(header())
        if interactive { emit([style.dim(l.text(.captureHint))]) }
        while true {
            // A note put on the line for editing is shown without control sequences (it may
            // have come from a pipe or an import); line breaks are kept.
            let initial =
                editing.flatMap { session.state.notes.note($0)?.text }.map {
                    TerminalText.sanitize($0, keepNewlines: true)
                } ?? ""
            let next = input.nextLine(initial: initial, delegate: self)
            // From a pipe, catch up with the facilitator once the line is in: it goes to the
            // round running when it arrived. (On a terminal the reader polls while idle.)
            if !interactive { emit(try followFacilitator()) }
            switch next {
            case .end:
                editing = nil
                emit([l.text(.captureBye, ["count": String(savedCount), "table": String(table)])])
                return
            case .terminated(let signal):
                // SIGTERM, SIGHUP...: no goodbye; the terminal is given back (the defer above)
                // and the command ends as a process ended by that signal.
                throw TerminatedBySignal(signal: signal)
            case .invalidUTF8(let line):
                failedLines += 1
                report(NoteError.invalidUTF8(line: line))
            case .line(let text):
                if let id = editing {
                    editing = nil
                    if text.trimmingWhitespace().isEmpty {
                        emit([style.dim(l.text(.captureEditCancelled, ["id": String(id)]))])
                    } else {
                        edit(id, text: text)
                    }
                    continue
                }
                if !handle(text) { return }
            }
        }
    }

    /// Handles one line; returns false to quit.
    @discardableResult
    func handle(_ line: String) -> Bool {
        let sections = canvas()?.sections ?? []
        switch CaptureCommandLine.parse(line, sectionCount: sections.count) {
        case .empty:
            break
        case .note(let text):
            save(text)
        case .section(let value):
            changeSection(value)
        case .list(let allRounds):
            emit(listing(allRounds: allRounds))
        case .edit(let id, let text):
            if let text {
                edit(id, text: text)
            } else if interactive {
                if let problem = editProblem(id) {
                    report(problem)
                } else {
                    editing = id
                }
            } else {
                failedLines += 1
                reportMessage(l.text(.captureEditNeedsText, ["id": String(id)]))
            }
        case .delete(let id):
            retract(id)
        case .undo:
            undo()
        case .help:
            emit(help())
        case .quit:
            emit([l.text(.captureBye, ["count": String(savedCount), "table": String(table)])])
            return false
        case .unknown(let command, let suggestion):
            failedLines += interactive ? 0 : 1
            let typed = TerminalText.sanitize(command)
            reportMessage(l.text(.captureUnknownCommand, ["command": typed]) + ErrorMessages.didYouMean(suggestion, l))
        case .usage(let usage):
            failedLines += interactive ? 0 : 1
            reportMessage(l.text(.captureUsage, ["usage": usage]))
        }
        return true
    }

    // MARK: Actions

    private func save(_ text: String) {
        let draft = NoteDraft(table: table, section: section, author: author, text: text, round: round)
        do {
            let recorded = try session.append { state in [try draft.event(in: state)] }
            guard let id = recorded.first?.context.sequence else { return }
            savedCount += 1
            undoStack.append(.added(id))
            let label = section.map { sectionLabel($0) }
            emit(
                [
                    label.map { l.text(.captureSaved, ["id": String(id), "section": $0]) }
                        ?? l.text(.captureSavedNoSection, ["id": String(id)])
                ].map { style.green($0) })
        } catch {
            if !interactive { failedLines += 1 }
            report(error)
        }
    }

    private func edit(_ id: Int, text: String) {
        do {
            let previous = session.state.notes.note(id)?.text ?? ""
            try session.append { state in [try NoteRevision.edit(id, text: text, table: table, in: state)] }
            undoStack.append(.edited(id, previous: previous))
            emit([style.green(l.text(.captureEdited, ["id": String(id)]))])
        } catch {
            if !interactive { failedLines += 1 }
            report(error)
        }
    }

    private func retract(_ id: Int) {
        do {
            try session.append { state in [try NoteRevision.retract(id, table: table, in: state)] }
            undoStack.append(.retracted(id))
            emit([l.text(.captureRetracted, ["id": String(id)])])
        } catch {
            if !interactive { failedLines += 1 }
            report(error)
        }
    }

    private func undo() {
        guard let action = undoStack.popLast() else {
            emit([style.dim(l.text(.captureNothingToUndo))])
            return
        }
        do {
            switch action {
            case .added(let id):
                try session.append { state in [try NoteRevision.retract(id, table: table, in: state)] }
                savedCount = max(0, savedCount - 1)
                emit([l.text(.captureUndoAdded, ["id": String(id)])])
            case .edited(let id, let previous):
                try session.append { state in [try NoteRevision.edit(id, text: previous, table: table, in: state)] }
                emit([l.text(.captureUndoEdited, ["id": String(id)])])
            case .retracted(let id):
                try session.append { state in [try NoteRevision.restore(id, table: table, in: state)] }
                emit([l.text(.captureUndoRetracted, ["id": String(id)])])
            }
        } catch {
            report(error)
        }
    }

    private func changeSection(_ value: String?) {
        guard let value else {
            emit([
                sectionsLine(),
                l.text(.captureCurrentSection, ["section": section.map(sectionLabel) ?? l.text(.captureNoSection)]),
            ])
            return
        }
        if value == "0" || value == "-" {
            section = nil
            emit([l.text(.captureSectionChanged, ["section": l.text(.captureNoSection)])])
            return
        }
        guard let canvas = canvas() else { return }
        guard let match = canvas.section(named: value) else {
            if !interactive { failedLines += 1 }
            report(NoteError.unknownSection(section: value, known: canvas.sections.map(\.id)))
            return
        }
        section = match.id
        emit([l.text(.captureSectionChanged, ["section": sectionLabel(match.id)])])
    }

    /// Switches to the section at `position` (a key shortcut); the redrawn prompt shows it,
    /// so there is nothing to print.
    private func selectSection(position: Int) -> [String] {
        guard let sections = canvas()?.sections, sections.indices.contains(position - 1) else { return [] }
        section = sections[position - 1].id
        return []
    }

    // MARK: Following the facilitator

    /// Reads what others appended; when the round or the phase changed, returns the lines
    /// that say so (the prompt follows by itself).
    func followFacilitator() throws -> [String] {
        try session.refresh()
        let state = session.state
        var lines: [String] = []
        let newRound = state.currentRound
        if newRound != round {
            round = newRound
            if let section, canvas()?.sections.contains(where: { $0.id == section }) != true { self.section = nil }
            lines.append(
                style.bold(l.text(.captureRoundChanged, ["round": String(round), "rounds": String(state.agenda.rounds.count)])))
            lines += header(includingTable: false)
        }
        let newPhase = state.timeline.currentPhase
        let nowFinished = state.timeline.finishedAt != nil
        if newPhase != phase || nowFinished != finished {
            phase = newPhase
            finished = nowFinished
            if nowFinished {
                lines.append(style.yellow(l.text(.captureSessionFinished, ["round": String(round)])))
            } else if let current = state.currentPhase, current.kind != .round {
                lines.append(
                    style.yellow(
                        l.text(
                            .capturePhaseNotice,
                            ["phase": TerminalText.sanitize(current.title.text(in: l.language)), "round": String(round)])))
            }
        }
        return lines
    }

    // MARK: LineReaderDelegate

    func linePrompt() -> (text: String, columns: Int) {
        let plain: String
        if let editing {
            plain = l.text(.captureEditPrompt, ["id": String(editing)])
        } else {
            plain = l.text(
                .capturePrompt,
                [
                    "table": String(table), "round": String(round),
                    "section": section.map(sectionLabel) ?? l.text(.captureNoSection),
                ])
        }
        let text = TerminalText.sanitize(plain)
        return (style.cyan(text), DisplayWidth.of(text))
    }

    func lineReaderIdle() -> [String] {
        do {
            let lines = try followFacilitator()
            lastIdleError = nil
            return lines
        } catch {
            // Said once, not at every poll, until it changes or goes away.
            let message = ErrorMessages.describe(error, l)
            guard message != lastIdleError else { return [] }
            lastIdleError = message
            return [style.red(l.text(.errorPrefix)) + message]
        }
    }

    func lineReader(didPress key: TerminalKey) -> [String]? {
        guard editing == nil else { return nil }
        let count = canvas()?.sections.count ?? 0
        switch key {
        case .alt(let character):
            guard let number = character.wholeNumberValue, (1...max(1, count)).contains(number), count > 0 else { return nil }
            return selectSection(position: number)
        case .function(let number) where number <= count:
            return selectSection(position: number)
        case .tab:
            guard let sections = canvas()?.sections, !sections.isEmpty else { return nil }
            let current = section.flatMap { id in sections.firstIndex { $0.id == id } } ?? -1
            section = current + 1 < sections.count ? sections[current + 1].id : nil
            return []
        default:
            return nil
        }
    }

    // MARK: Texts

    /// The canvas of this table in the prompt's round.
    private func canvas() -> Canvas? {
        let state = session.state
        return state.assignment(table: table, round: round).flatMap { state.agenda.canvas($0.canvas) }
    }

    /// `2 Internal capacities`.
    private func sectionLabel(_ id: String) -> String {
        guard let sections = canvas()?.sections, let index = sections.firstIndex(where: { $0.id == id }) else { return id }
        return "\(index + 1) " + TerminalText.sanitize(sections[index].title.text(in: l.language))
    }

    private func sectionsLine() -> String {
        let sections = canvas()?.sections ?? []
        let list = sections.enumerated().map {
            "\($0.offset + 1) " + TerminalText.sanitize($0.element.title.text(in: l.language))
        }
        return l.text(.captureSections, ["sections": list.joined(separator: " · ")])
    }

    /// Table, round, question and sections.
    func header(includingTable: Bool = true) -> [String] {
        let state = session.state
        var lines: [String] = []
        if includingTable {
            lines.append(
                style.bold(
                    l.text(
                        .captureHeader,
                        ["table": String(table), "round": String(round), "rounds": String(state.agenda.rounds.count)])))
        }
        if let assignment = state.assignment(table: table, round: round),
            let question = state.agenda.question(assignment.question)
        {
            lines.append(
                l.text(
                    .captureQuestion,
                    [
                        "number": String(question.number),
                        "text": TerminalText.sanitize(question.text.text(in: l.language)),
                    ]))
        }
        if canvas() != nil { lines.append(sectionsLine()) }
        if includingTable, state.timeline.currentPhase == nil {
            lines.append(style.dim(l.text(.captureNotStarted, ["round": String(round)])))
        }
        return lines
    }

    private func listing(allRounds: Bool) -> [String] {
        let notes = session.state.notes.all.filter { $0.table == table && !$0.retracted && (allRounds || $0.round == round) }
        var lines = [
            allRounds
                ? l.text(.captureListAll, ["table": String(table)])
                : l.text(.captureListRound, ["table": String(table), "round": String(round)])
        ]
        if notes.isEmpty { lines.append("  " + l.text(.captureListEmpty)) }
        let sections = canvas()?.sections ?? []
        for note in notes {
            var line = "  #\(note.id)"
            if allRounds { line += " R\(note.round)" }
            if let section = note.section {
                let position = sections.firstIndex { $0.id == section }.map { String($0 + 1) } ?? section
                line += " [\(position)]"
            }
            line += " " + TerminalText.sanitize(note.text)
            if note.editedAt != nil { line += " " + style.dim(l.text(.captureEditedMark)) }
            lines.append(line)
        }
        return lines
    }

    private func help() -> [String] {
        l.text(.captureHelp).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: Output

    private func emit(_ lines: [String]) {
        for line in lines { context.print(line) }
    }

    private func report(_ error: any Error) {
        reportMessage(ErrorMessages.describe(error, l))
    }

    private func reportMessage(_ message: String) {
        let output = interactive ? context.output : context.errorOutput
        let prefix = (interactive ? style : context.errorStyle).red(l.text(.errorPrefix))
        output.write(prefix + message + "\n")
    }

    /// Why note `id` cannot be edited from this table, if it cannot.
    private func editProblem(_ id: Int) -> NoteError? {
        guard let note = session.state.notes.note(id) else { return .unknownNote(id) }
        guard note.table == table else { return .otherTable(id: id, table: note.table, expected: table) }
        return note.retracted ? .retracted(id) : nil
    }
}
