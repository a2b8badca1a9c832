import Engine

/// `workshop plan --format text`: the agenda on the clock, the questions, and each round's
/// tables with the people at them, for a terminal.
struct PlanTextRenderer {
    let document: PlanDocument
    let localizer: Localizer
    let style: TextStyle

    func render() -> String {
        let agenda = document.agenda
        let info = document.state.info
        var lines: [String] = []
        lines.append(style.bold(TerminalText.sanitize(info.title)) + style.dim("  (\(TerminalText.sanitize(info.method)))"))
        var facts: [String] = []
        if let date = info.date { facts.append(TerminalText.sanitize(date)) }
        if let place = info.place { facts.append(TerminalText.sanitize(place)) }
        if let first = document.schedule.entries.first, let last = document.schedule.entries.last {
            facts.append("\(document.startText(first))–\(document.endText(last))")
        }
        facts.append(Formatting.duration(seconds: agenda.plannedSeconds, localizer))
        lines.append(facts.joined(separator: " · "))
        if info.startTime == nil { lines.append(style.dim(localizer.text(.planNoStart))) }

        lines.append("")
        lines.append(style.bold(localizer.text(.planAgenda)))
        for entry in document.schedule.entries {
            let phase = agenda.phases[entry.phase]
            let times = Formatting.pad("\(document.startText(entry))–\(document.endText(entry))", 13)
            let length = Formatting.pad(Formatting.duration(seconds: phase.plannedSeconds, localizer), 9)
            lines.append("  \(times) \(length) \(TerminalText.sanitize(document.text(phase.title)))")
        }

        lines.append("")
        lines.append(style.bold(localizer.text(.planQuestions)))
        for question in agenda.questions {
            lines.append("  \(question.number). " + style.bold(TerminalText.sanitize(document.text(question.title))))
            if question.title != question.text { lines.append("     " + TerminalText.sanitize(document.text(question.text))) }
        }

        let hostTables = agenda.hostTables
        for round in agenda.rounds {
            let entry = document.schedule.entry(ofRound: round.round, in: agenda)
            lines.append("")
            var heading = localizer.text(.planRound, ["number": String(round.round)])
            if let entry { heading += "  \(document.startText(entry))–\(document.endText(entry))" }
            if let phase = agenda.phaseIndex(ofRound: round.round) {
                heading += "  " + TerminalText.sanitize(document.text(agenda.phases[phase].title))
            }
            lines.append(style.bold(heading))
            if round.movement == .stay, round.round > 1 { lines.append("  " + style.dim(localizer.text(.planMovementStay))) }
            if round.movement == .home, round.round > 1 { lines.append("  " + style.dim(localizer.text(.planMovementHome))) }
            let seating = document.seating(ofRound: round.round)
            for assignment in round.assignments.sorted(by: { $0.table < $1.table }) {
                let seated = seating.tables.first { $0.table == assignment.table }
                let people = seated?.participants ?? []
                let question = agenda.question(assignment.question).map { TerminalText.sanitize(document.text($0.title)) } ?? "?"
                lines.append(
                    "  " + style.cyan(localizer.text(.planTable, ["number": String(assignment.table)])) + " · "
                        + localizer.text(.planQuestionShort, ["number": String(assignment.question)])
                        + " \(question) · \(assignment.canvas) · "
                        + localizer.text(.planPeople, ["count": String(people.count)]))
                let hosts = people.filter { hostTables[$0] == assignment.table }
                if !hosts.isEmpty {
                    lines.append(
                        "    "
                            + localizer.text(
                                .planHosts,
                                ["names": hosts.map { TerminalText.sanitize(document.name($0)) }.joined(separator: ", ")]))
                }
                if let groups = seated?.groups, !groups.isEmpty {
                    for group in groups {
                        lines.append("    · " + group.map { TerminalText.sanitize(document.name($0)) }.joined(separator: ", "))
                    }
                } else {
                    let names = people.filter { hostTables[$0] != assignment.table }.map {
                        TerminalText.sanitize(document.name($0))
                    }
                    lines.append(contentsOf: wrap(names, indent: "    "))
                }
            }
        }
        if let quality = document.quality {
            lines.append("")
            lines.append(style.bold(localizer.text(.planQuality)))
            for line in QualityText(report: quality, localizer: localizer).lines {
                lines.append("  " + TerminalText.sanitize(line))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Names joined by commas, wrapped at 100 columns.
    private func wrap(_ names: [String], indent: String) -> [String] {
        var lines: [String] = []
        var current = indent
        for (index, name) in names.enumerated() {
            let piece = name + (index == names.count - 1 ? "" : ",")
            if current.count + piece.count + 1 > 100, current != indent {
                lines.append(current)
                current = indent
            }
            current += (current == indent ? "" : " ") + piece
        }
        if current != indent { lines.append(current) }
        return lines
    }
}
