import Engine

/// `workshop checkin FILE [--present NAME]... [--absent NAME]... [--walk-in "NAME;INSTITUTION[;REGION]"]...
/// [--all-present] [--list FILE]`: marks who came, adds walk-ins, and re-plans the seating of the
/// rounds that have not started (see ``CheckIn``). Nothing is recorded on error.
struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "checkin",
        abstract: .checkinAbstract,
        discussion: .checkinDiscussion,
        arguments: [ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop"))],
        options: [
            OptionSpec("present", short: "p", value: "NAME", help: .checkinOptionPresent, isRepeating: true),
            OptionSpec("absent", short: "a", value: "NAME", help: .checkinOptionAbsent, isRepeating: true),
            OptionSpec("walk-in", short: "w", value: "NAME;INSTITUTION[;REGION]", help: .checkinOptionWalkIn, isRepeating: true),
            OptionSpec("all-present", help: .checkinOptionAllPresent),
            OptionSpec("list", value: "FILE", help: .checkinOptionList, completion: .file(extension: "csv")),
        ],
        examples: [
            "workshop checkin taller.workshop --absent \"Ana Pérez\" --absent 12 --all-present",
            "workshop checkin taller.workshop --walk-in \"Rosa Vidal;Servicio de Salud;Maule\"",
            "workshop checkin taller.workshop --list asistencia.csv",
        ])

    let file: String
    let request: CheckIn
    let list: String?

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        var request = CheckIn(
            present: arguments.options("present").map { CheckIn.Mark($0) },
            absent: arguments.options("absent").map { CheckIn.Mark($0) },
            othersPresent: arguments.flag("all-present"))
        for text in arguments.options("walk-in") {
            do {
                request.walkIns.append(try CheckIn.WalkIn(parsing: text))
            } catch {
                throw UsageError.message(.checkinInvalidWalkIn, ["value": text])
            }
        }
        list = arguments.option("list")
        if request.isEmpty, list == nil { throw UsageError.message(.checkinNothingRequested, [:]) }
        self.request = request
    }

    func run(in context: CommandContext) throws {
        var request = self.request
        var unmarked = 0
        if let list {
            let parsed = try CheckInList.read(bytes: try FilePath.read(list), file: list)
            request.add(parsed)
            unmarked = parsed.unmarked
        }
        let session = try context.openSession(file, options: Session.OpenOptions(skipping: [NoteAdded.type]))
        var decision = CheckIn.Decision()
        try session.append { state in
            decision = try request.decide(in: state)
            return decision.events
        }
        CheckInReport(decision: decision, state: session.state, file: file, unmarked: unmarked).print(in: context)
    }
}

/// What `workshop checkin` prints: what changed, where newcomers sit now, which rounds were
/// re-planned and the new plan's quality.
struct CheckInReport {
    let decision: CheckIn.Decision
    let state: SessionState
    let file: String
    let unmarked: Int

    /// Names listed before "and N more".
    static let namesShown = 12

    func print(in context: CommandContext) {
        let l = context.localizer
        let style = context.style
        func names(_ people: [Participant]) -> String {
            let shown = people.count > Self.namesShown + 2 ? Array(people.prefix(Self.namesShown)) : people
            let text = shown.map { TerminalText.sanitize($0.name) + " (#\($0.id))" }.joined(separator: ", ")
            guard shown.count < people.count else { return text }
            return l.text(.checkinMore, ["names": text, "count": String(people.count - shown.count)])
        }
        if unmarked > 0 { context.print(style.dim(l.text(.checkinListUnmarked, ["count": String(unmarked)]))) }
        guard !decision.events.isEmpty else {
            context.print(l.text(.checkinNothingChanged))
            return
        }
        let present = decision.changes.filter { $0.status == .present }.map(\.participant)
        let absent = decision.changes.filter { $0.status == .absent }.map(\.participant)
        if !present.isEmpty {
            context.print(l.text(.checkinMarkedPresent, ["count": String(present.count), "names": names(present)]))
        }
        if !absent.isEmpty {
            context.print(l.text(.checkinMarkedAbsent, ["count": String(absent.count), "names": names(absent)]))
        }
        if !decision.walkIns.isEmpty {
            let listed = decision.walkIns.map { person in
                TerminalText.sanitize(person.name) + " (#\(person.id)"
                    + (person.institution.isEmpty ? "" : ", " + TerminalText.sanitize(person.institution)) + ")"
            }
            context.print(
                l.text(.checkinAddedWalkIns, ["count": String(decision.walkIns.count), "names": listed.joined(separator: ", ")]))
        }
        let counts = Dictionary(grouping: state.participants, by: \.status).mapValues(\.count)
        context.print(
            l.text(
                .checkinCounts,
                [
                    "seated": String(state.seatedParticipants.count), "present": String(counts[.present] ?? 0),
                    "walkIns": String(counts[.walkIn] ?? 0), "registered": String(counts[.registered] ?? 0),
                    "absent": String(counts[.absent] ?? 0),
                ]))
        context.print()
        guard let replan = decision.replan else {
            let changedSeating =
                !decision.walkIns.isEmpty || decision.changes.contains { $0.participant.status.isSeated != $0.status.isSeated }
            context.print(
                l.text(state.timeline.finishedAt != nil && changedSeating ? .checkinFinished : .checkinSeatingUnchanged))
            return
        }
        if let running = replan.runningRound, let seating = replan.rounds.first(where: { $0.round == running }) {
            context.print(l.text(.checkinRunning, ["round": String(running)]))
            let newcomers = decision.walkIns.compactMap { person in
                seating.table(of: person.id).map {
                    l.text(.checkinSeatTable, ["name": TerminalText.sanitize(person.name), "table": String($0)])
                }
            }
            if !newcomers.isEmpty { context.print("  " + l.text(.checkinSitNow, ["seats": newcomers.joined(separator: "; ")])) }
        }
        if let from = replan.fromRound, let last = state.agenda.rounds.last?.round {
            context.print(style.bold(l.text(.checkinReplanned, ["from": String(from), "to": String(last)])))
            if from > 1 { context.print(l.text(.checkinKept, ["last": String(from - 1)])) }
        } else {
            context.print(l.text(.checkinNoRoundsLeft))
        }
        if let quality = replan.quality {
            context.print()
            context.print(style.bold(l.text(.qualityTitle)))
            for line in QualityText(report: quality, localizer: l).lines { context.print("  " + line) }
        }
        context.print()
        context.print(l.text(.checkinNextSteps, ["file": file]))
    }
}
