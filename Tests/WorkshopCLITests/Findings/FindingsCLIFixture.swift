import Catalog
import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

/// Session files with notes and a vote for the findings command tests, written through the
/// engine (fast) rather than one CLI run per note.
enum FindingsCLIFixture {
    static let start = Timestamp(year: 2026, month: 12, day: 1, hour: 12)

    /// Notes of the fixture: (table, section, text); the question is the table's in round 1.
    static let notes: [(Int, String, String)] = [
        (1, "structures", "Falta presupuesto estable para innovar"),
        (1, "structures", "No hay presupuesto estable para innovar"),
        (1, "capacities", "Capacitación en diseño de servicios para los equipos"),
        (1, "capacities", "Como dijo Camila Rojas, más capacitación en diseño de servicios"),
        (2, "interactions", "Lenguaje claro en los formularios"),
        (2, "interactions", "=HYPERLINK(\"http://x.example\",\"clic\")"),
        (3, "methods", "<script>alert(1)</script> prototipos rápidos"),
    ]

    /// A session planned with opsi-facets for the voting fixture's 12 people, with the notes
    /// above and a closed vote on question 1. Returns its path.
    @discardableResult
    static func session(
        in scratch: Scratch, name: String = "taller.workshop", place: String = "Santiago", language: Language = .es
    ) throws -> String {
        let participants = VotingCLIFixture.names.enumerated().map { offset, name in
            Participant(id: offset + 1, name: name, institution: "Servicio \(offset % 4 + 1)", region: "Región \(offset % 2 + 1)")
        }
        let method = try Catalog.registry().require("opsi-facets")
        let events = try SessionFactory.events(
            info: SessionInfo(
                title: "Taller de prueba", date: "2026-12-01", startTime: "09:00", place: place, method: "opsi-facets",
                language: language),
            method: method, participants: participants, parameters: try MethodParameters(resolving: [], for: method.description))
        let path = scratch.file(name)
        let session = try Session.create(at: path, events: events, clock: ManualTimeSource(start: start))
        try session.append { state in
            notes.map { table, section, text in
                NoteAdded(
                    table: table, round: 1, question: state.assignment(table: table, round: 1)?.question ?? 1, section: section,
                    author: nil, text: text)
            }
        }
        for text in ["Presupuesto estable", "Capacitación continua"] {
            try session.append { state in [try ConclusionDraft(question: 1, text: text).event(in: state)] }
        }
        try session.append { state in
            [
                try BallotDraft(question: 1, voter: "1", rule: .dots, marks: [BallotMark(candidate: "C1", value: 1)]).event(
                    in: state)
            ]
        }
        return path
    }

    /// The id of the fixture's note with `text`.
    static func noteID(_ text: String, in path: String) throws -> Int {
        try #require(try Session.open(at: path).state.notes.current.first { $0.text == text }?.id)
    }
}
