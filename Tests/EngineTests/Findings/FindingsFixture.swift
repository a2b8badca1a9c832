import Catalog
import Testing

@testable import Engine

/// Sessions with notes, votes and timing for the findings tests, folded in memory like the
/// journal folds them (no file), each event at its own time.
struct FindingsFixture {
    static let start = Timestamp(year: 2026, month: 12, day: 1, hour: 12)

    var state = SessionState()
    /// Time of the next event.
    var now = FindingsFixture.start

    /// Written for these tests.
    static let names = [
        "Camila Rojas Fuentes", "José Núñez Pérez", "Valentina Paz Olmos", "Tomás Aravena Lagos", "Josefa Muñoz Tapia",
        "Camila Díaz Pino", "Ignacio Vera Soto", "Matías Fuentes Araya", "Fernanda Soto Ríos", "Benjamín Castro Leiva",
        "Antonia Reyes Mella", "Diego Sepúlveda Cruz",
    ]

    /// A session planned with opsi-facets for `people` participants (3 tables, 3 questions, 3
    /// rounds for 12 people), titled `title`.
    init(
        people: Int = 12, title: String = "Taller de prueba", place: String? = "Valparaíso", date: String? = "2026-12-01",
        language: Language = .es, openBallots: Bool = false, statuses: [Int: AttendanceStatus] = [:],
        questions: [String]? = nil
    ) throws {
        let participants = (1...people).map { id in
            Participant(
                id: id, name: id <= Self.names.count ? Self.names[id - 1] : "Persona \(id)",
                institution: "Servicio \(id % 4 + 1)", region: id % 2 == 0 ? "Valparaíso" : "Biobío",
                email: "p\(id)@ejemplo.cl", status: statuses[id] ?? .registered)
        }
        let method = try Catalog.registry().require("opsi-facets")
        var raw: [(name: String, value: String)] = []
        if let questions { raw.append(("questions", questions.joined(separator: "|"))) }
        let events = try SessionFactory.events(
            info: SessionInfo(
                title: title, date: date, startTime: "09:00", place: place, method: "opsi-facets", language: language,
                openBallots: openBallots),
            method: method, participants: participants, parameters: try MethodParameters(resolving: raw, for: method.description))
        apply(events)
    }

    /// Folds `events` at the current time.
    mutating func apply(_ events: [any JournalEvent]) {
        for event in events {
            let context = EventContext(sequence: state.lastSequence + 1, at: now)
            event.apply(to: &state, context: context)
            state.lastSequence = context.sequence
            state.eventCount += 1
            state.lastEventAt = context.at
        }
    }

    /// Decides events against the state and folds them, like ``Session/append(_:)``.
    mutating func record(_ decide: (SessionState) throws -> [any JournalEvent]) throws {
        apply(try decide(state))
    }

    /// Moves the clock on.
    mutating func wait(_ seconds: Int) { now = now.adding(seconds: seconds) }

    /// Adds a note at `table` in `round` (its question is the table's in that round) under
    /// `section`; returns its id.
    @discardableResult
    mutating func note(_ text: String, table: Int = 1, round: Int = 1, section: String? = "structures", author: String? = nil)
        -> Int
    {
        let question = state.assignment(table: table, round: round)?.question ?? 1
        apply([NoteAdded(table: table, round: round, question: question, section: section, author: author, text: text)])
        return state.lastSequence
    }

    /// The question table `table` holds in round `round`.
    func question(table: Int, round: Int) -> Int { state.assignment(table: table, round: round)?.question ?? 1 }

    /// A correction, checked like `workshop theme` does.
    mutating func correct(_ command: ThemeCurationDraft.Command) throws {
        let report = Self.report([self])
        try record { [try ThemeCurationDraft(command).event(in: $0, report: report)] }
    }

    /// This session as a findings source.
    func source(id: String = "fixture-1", file: String = "taller.workshop") -> FindingsSource {
        FindingsSource(state: state, sessionID: id, file: file)
    }

    /// The report of `sessions` (ids `fixture-1`, `fixture-2`...).
    static func report(
        _ sessions: [FindingsFixture], language: Language = .es, similarity: Double? = nil, anonymise: Bool = false
    ) -> FindingsReport {
        FindingsBuilder(options: FindingsOptions(language: language, similarity: similarity, anonymise: anonymise))
            .build(sessions.enumerated().map { $1.source(id: "fixture-\($0 + 1)", file: "taller-\($0 + 1).workshop") })
    }

    /// Notes about budget (near duplicates), training (near duplicates) and a lone one, all at
    /// table 1 in round 1 under "structures"; returns their ids.
    mutating func budgetAndTraining() -> (budget: [Int], training: [Int], lone: Int) {
        let budget = [
            note("Falta presupuesto estable para innovar"), note("No hay presupuesto estable para innovar"),
            note("Presupuesto estable para innovar en los servicios"),
        ]
        let training = [
            note("Capacitación en diseño de servicios para los equipos"),
            note("Más capacitación en diseño de servicios para los equipos"),
        ]
        let lone = note("Cambios de autoridad cortan los proyectos a medio camino")
        return (budget, training, lone)
    }
}

extension FindingsReport {
    /// The theme holding note `note` of session 1.
    func themeOf(_ note: Int, session: Int = 1) -> FindingsTheme? {
        theme(containing: NoteReference(session: session, note: note))
    }
}
