import Engine

/// A session's plan as people read it: the agenda on the clock (from the session's start
/// time) and who sits where in each round, with names. The source of every `workshop plan`
/// format; the JSON form is documented in `docs/PLAN-FORMAT.md`.
struct PlanDocument {
    let state: SessionState
    let language: Language
    let schedule: AgendaSchedule
    /// Each participant's table in each round (in agenda round order), by participant id.
    private let tablesByPerson: [Int: [Int?]]
    /// The seating's quality: as recorded with the seating, or scored now for sessions whose
    /// journal has none (rounds that started count as finished).
    let quality: SeatingReport?

    init(state: SessionState, language: Language) {
        self.state = state
        self.language = language
        schedule = AgendaSchedule(agenda: state.agenda, startTime: state.info.startTime)
        var tables: [Int: [Int?]] = [:]
        let rounds = state.agenda.rounds
        for (index, round) in rounds.enumerated() {
            for table in state.seating(ofRound: round.round)?.tables ?? [] {
                for person in table.participants {
                    tables[person, default: [Int?](repeating: nil, count: rounds.count)][index] = table.table
                }
            }
        }
        tablesByPerson = tables
        quality =
            state.seatingQuality
            ?? AgendaSeating(agenda: state.agenda, participants: state.participants, seed: state.info.seed).quality(
                of: state.seating, fromRound: (state.lastStartedRound ?? 0) + 1)
    }

    var agenda: Agenda { state.agenda }

    /// The name of participant `id` (or `#id` if unknown).
    func name(_ id: Int) -> String { state.participant(id)?.name ?? "#\(id)" }

    func text(_ localized: LocalizedText) -> String { localized.text(in: language) }

    /// `09:10` with a start time, `0:10` (from the start) without.
    func startText(_ entry: AgendaSchedule.Entry) -> String {
        entry.clockStart ?? AgendaSchedule.offsetText(seconds: entry.start)
    }

    func endText(_ entry: AgendaSchedule.Entry) -> String {
        entry.clockEnd ?? AgendaSchedule.offsetText(seconds: entry.end)
    }

    /// The seating of a round (empty tables when none was planned).
    func seating(ofRound round: Int) -> RoundSeating {
        state.seating(ofRound: round)
            ?? RoundSeating(round: round, tables: agenda.tables.map { TableSeating(table: $0.number, participants: []) })
    }

    /// Tables of participant `id` per round, in round order (nil where not seated).
    func tables(of id: Int) -> [Int?] {
        tablesByPerson[id] ?? [Int?](repeating: nil, count: agenda.rounds.count)
    }

    // MARK: JSON

    /// The plan as JSON (schema in `docs/PLAN-FORMAT.md`), with the seating planner's figures
    /// under `quality`. Readers must ignore unknown keys.
    func json() -> JSONValue {
        let info = state.info
        let hostTables = agenda.hostTables
        let phases: [JSONValue] = schedule.entries.map { entry in
            let phase = agenda.phases[entry.phase]
            return [
                "index": .integer(entry.phase + 1),
                "kind": .string(phase.kind.rawValue),
                "title": .string(text(phase.title)),
                "purpose": phase.purpose.isEmpty ? .null : .string(text(phase.purpose)),
                "round": phase.round.map { .integer($0) } ?? .null,
                "minutes": .integer(phase.plannedMinutes),
                "seconds": .integer(phase.plannedSeconds),
                "offset": .integer(entry.start / 60),
                "start": entry.clockStart.map { .string($0) } ?? .null,
                "end": entry.clockEnd.map { .string($0) } ?? .null,
            ]
        }
        let rounds: [JSONValue] = agenda.rounds.map { round in
            let entry = schedule.entry(ofRound: round.round, in: agenda)
            let seating = seating(ofRound: round.round)
            return [
                "round": .integer(round.round),
                "phase": entry.map { .integer($0.phase + 1) } ?? .null,
                "start": entry?.clockStart.map { .string($0) } ?? .null,
                "end": entry?.clockEnd.map { .string($0) } ?? .null,
                "movement": .string(round.movement.rawValue),
                "mode": .string(round.mode.rawValue),
                "groupSize": round.groupSize.map { .integer($0) } ?? .null,
                "tables": .array(
                    round.assignments.sorted { $0.table < $1.table }.map { assignment in
                        let seated = seating.tables.first { $0.table == assignment.table }
                        let people = seated?.participants ?? []
                        var table: [(key: String, value: JSONValue)] = [
                            ("table", .integer(assignment.table)),
                            ("question", .integer(assignment.question)),
                            ("canvas", .string(assignment.canvas)),
                            ("participants", .array(people.map { .string(name($0)) })),
                            ("participantIds", .array(people.map { .integer($0) })),
                            ("hosts", .array(people.filter { hostTables[$0] == assignment.table }.map { .string(name($0)) })),
                        ]
                        if let groups = seated?.groups, !groups.isEmpty {
                            table.append(("groups", .array(groups.map { .array($0.map { .string(name($0)) }) })))
                        }
                        return .object(table)
                    }),
            ]
        }
        let voting: JSONValue =
            agenda.voting.map { voting in
                [
                    "rule": .string(voting.rule.rawValue),
                    "keep": .integer(voting.keep),
                    "dots": voting.dotsPerVoter.map { .integer($0) } ?? .null,
                    "questions": voting.questions.map { .array($0.map { .integer($0) }) } ?? .null,
                ]
            } ?? .null
        return [
            "format": "workshop-plan",
            "version": 1,
            "language": .string(language.rawValue),
            "session": [
                "title": .string(info.title),
                "date": info.date.map { .string($0) } ?? .null,
                "start": info.startTime.map { .string($0) } ?? .null,
                "place": info.place.map { .string($0) } ?? .null,
                "method": .string(info.method),
                "seed": .integer(info.seed),
            ],
            "duration": ["minutes": .integer((agenda.plannedSeconds + 59) / 60), "seconds": .integer(agenda.plannedSeconds)],
            "phases": .array(phases),
            "questions": .array(
                agenda.questions.map {
                    ["number": .integer($0.number), "title": .string(text($0.title)), "text": .string(text($0.text))]
                }),
            "canvases": .array(
                agenda.canvases.map { canvas in
                    [
                        "id": .string(canvas.id),
                        "title": .string(text(canvas.title)),
                        "sections": .array(
                            canvas.sections.map {
                                ["id": .string($0.id), "title": .string(text($0.title)), "prompt": .string(text($0.prompt))]
                            }),
                    ]
                }),
            "tables": .array(
                agenda.tables.map { table in
                    [
                        "table": .integer(table.number),
                        "name": .string(table.name),
                        "facilitator": table.facilitator.map { .string($0) } ?? .null,
                        "systematiser": table.systematiser.map { .string($0) } ?? .null,
                        "hosts": .array(table.hosts.map { .string(name($0)) }),
                    ]
                }),
            "rounds": .array(rounds),
            "participants": .array(
                state.participants.map { person in
                    [
                        "id": .integer(person.id),
                        "name": .string(person.name),
                        "institution": person.institution.isEmpty ? .null : .string(person.institution),
                        "status": .string(person.status.rawValue),
                        "hostOf": hostTables[person.id].map { .integer($0) } ?? .null,
                        "tables": .array(tables(of: person.id).map { $0.map { .integer($0) } ?? .null }),
                    ]
                }),
            "voting": voting,
            "quality": quality?.jsonValue ?? .null,
        ]
    }
}
