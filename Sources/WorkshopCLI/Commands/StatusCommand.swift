import Engine

/// `workshop status FILE [--format text|json]`: where a session stands.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "status",
        abstract: .statusAbstract,
        arguments: [ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop"))],
        options: [OptionSpec("format", value: "text|json", help: .optionFormatTextJSON, completion: .choices(["text", "json"]))],
        examples: ["workshop status taller.workshop", "workshop status taller.workshop --format json | jq .notes"])

    let file: String
    let format: String

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        format = try arguments.choice("format", among: ["text", "json"]) ?? "text"
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        let summary = StatusSummary(state: session.state)
        if format == "json" {
            context.print(summary.json(language: context.language).serialized(pretty: true))
        } else {
            context.output.write(summary.text(context))
        }
    }
}

/// The counts `workshop status` shows.
struct StatusSummary {
    let state: SessionState

    var counts: [AttendanceStatus: Int] {
        Dictionary(grouping: state.participants, by: \.status).mapValues(\.count)
    }

    func json(language: Language) -> JSONValue {
        let agenda = state.agenda
        var phase: JSONValue = .null
        if let index = state.timeline.currentPhase, let current = state.currentPhase {
            phase = [
                "index": .integer(index), "kind": .string(current.kind.rawValue),
                "title": .string(current.title.text(in: language)),
                "round": current.round.map { .integer($0) } ?? .null,
                "startedAt": state.timeline.runs.last.map { .string($0.startedAt.iso8601) } ?? .null,
            ]
        }
        let counts = self.counts
        return [
            "title": .string(state.info.title),
            "date": state.info.date.map { .string($0) } ?? .null,
            "place": state.info.place.map { .string($0) } ?? .null,
            "method": .string(state.info.method),
            "started": .bool(state.timeline.hasStarted),
            "finished": .bool(state.timeline.finishedAt != nil),
            "phase": phase,
            "phases": .integer(agenda.phases.count),
            "round": .integer(state.currentRound),
            "rounds": .integer(agenda.rounds.count),
            "participants": [
                "total": .integer(state.participants.count),
                "registered": .integer(counts[.registered] ?? 0),
                "present": .integer(counts[.present] ?? 0),
                "absent": .integer(counts[.absent] ?? 0),
                "walkIns": .integer(counts[.walkIn] ?? 0),
            ],
            "institutions": .integer(Set(state.participants.map(\.institution).filter { !$0.isEmpty }).count),
            "tables": .integer(agenda.tables.count),
            "questions": .integer(agenda.questions.count),
            "notes": .integer(state.notes.count),
            "votes": .integer(state.voteCount),
            "events": .integer(state.eventCount),
        ]
    }

    func text(_ context: CommandContext) -> String {
        let l = context.localizer
        let style = context.style
        let agenda = state.agenda
        var lines: [String] = []
        lines.append(style.bold(TerminalText.sanitize(state.info.title)) + style.dim("  (\(state.info.method))"))
        var facts: [String] = []
        if let date = state.info.date { facts.append(l.text(.statusDate, ["date": date])) }
        if let place = state.info.place { facts.append(l.text(.statusPlace, ["place": TerminalText.sanitize(place)])) }
        if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
        if let index = state.timeline.currentPhase, let phase = state.currentPhase {
            let key: TextKey = state.timeline.finishedAt == nil ? .statusPhase : .statusFinished
            lines.append(
                l.text(
                    key,
                    [
                        "number": String(index + 1), "count": String(agenda.phases.count),
                        "title": phase.title.text(in: l.language),
                    ]))
        } else {
            let first = agenda.phases.first?.title.text(in: l.language) ?? "-"
            lines.append(l.text(.statusNotStarted, ["first": first]))
        }
        let counts = self.counts
        lines.append(
            l.text(
                .statusParticipants,
                [
                    "total": String(state.participants.count), "registered": String(counts[.registered] ?? 0),
                    "present": String(counts[.present] ?? 0), "absent": String(counts[.absent] ?? 0),
                    "walkIns": String(counts[.walkIn] ?? 0),
                ]))
        lines.append(
            l.text(
                .statusCounts,
                [
                    "tables": String(agenda.tables.count), "questions": String(agenda.questions.count),
                    "notes": String(state.notes.count), "votes": String(state.voteCount),
                ]))
        return lines.joined(separator: "\n") + "\n"
    }
}
