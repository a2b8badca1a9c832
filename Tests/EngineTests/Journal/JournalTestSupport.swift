import Foundation
import Testing

@testable import Engine

/// A fresh temporary directory per test, removed at the end.
final class TemporaryDirectory {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "workshop-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }
}

/// A small session: 12 participants, 3 tables, 3 rounds.
enum SampleSession {
    static let start = Timestamp(year: 2026, month: 12, day: 1, hour: 12)

    static var agenda: Agenda {
        let canvas = Canvas(
            id: "dims", title: LocalizedText("Dimensiones"),
            sections: [
                CanvasSection(id: "structures", title: LocalizedText("Estructuras")),
                CanvasSection(id: "capacities", title: LocalizedText("Capacidades")),
            ])
        let tables = (1...3).map { WorkshopTable(number: $0, name: "\($0)") }
        let questions = (1...3).map {
            Question(number: $0, title: LocalizedText("P\($0)"), text: LocalizedText("¿Pregunta \($0)?"))
        }
        let assignments = tables.map { TableAssignment(table: $0.number, question: $0.number, canvas: "dims") }
        return Agenda(
            tables: tables, questions: questions, canvases: [canvas],
            phases: [Phase(kind: .other, title: LocalizedText("Inicio"), plannedSeconds: 300)]
                + (1...3).map { (round: Int) in
                    Phase(kind: .round, title: LocalizedText("Ronda \(round)"), plannedSeconds: 1200, round: round)
                }
                + [Phase(kind: .vote, title: LocalizedText("Votación"), plannedSeconds: 600)],
            rounds: (1...3).map { RoundPlan(round: $0, assignments: assignments) },
            voting: VotingPlan(rule: .dots, keep: 3))
    }

    static var events: [any JournalEvent] {
        let participants = (1...12).map { Participant(id: $0, name: "Persona \($0)", institution: "Inst \($0 % 4)") }
        let agenda = Self.agenda
        return [
            SessionCreated(info: SessionInfo(title: "Prueba", method: "test")),
            ParticipantsRegistered(participants: participants),
            AgendaPlanned(agenda: agenda),
            SeatingPlanned(fromRound: 1, rounds: RotatingSeating.plan(participants: participants.map(\.id), agenda: agenda)),
        ]
    }

    static func create(at path: String, clock: ManualTimeSource = ManualTimeSource(start: start)) throws -> Session {
        try Session.create(at: path, events: events, clock: clock, sessionID: "test")
    }
}

/// Collects journal warnings from any thread.
final class WarningLog: @unchecked Sendable {
    private let lock = SpinLock()
    private var items: [JournalWarning] = []
    func add(_ warning: JournalWarning) { lock.withLock { items.append(warning) } }
    var warnings: [JournalWarning] { lock.withLock { items } }
}
