import Foundation

@testable import Engine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small agenda and helpers for the timing tests: a welcome, two 20-minute rounds and a
/// plenary, folded by applying events directly (no journal) or through a real session file.
enum TimingFixtures {
    static let start = Timestamp(year: 2026, month: 12, day: 1, hour: 12, minute: 30)

    static let agenda = Agenda(
        tables: [WorkshopTable(number: 1, name: "1"), WorkshopTable(number: 2, name: "2")],
        questions: [
            Question(number: 1, title: LocalizedText("Buenas prácticas"), text: LocalizedText("¿Qué funciona?")),
            Question(number: 2, title: LocalizedText("Barreras"), text: LocalizedText("¿Qué frena?")),
        ],
        canvases: [],
        phases: [
            Phase(kind: .other, title: LocalizedText("Bienvenida"), plannedSeconds: 600),
            Phase(kind: .round, title: LocalizedText("Ronda 1"), plannedSeconds: 1200, round: 1),
            Phase(kind: .round, title: LocalizedText("Ronda 2"), plannedSeconds: 1200, round: 2),
            Phase(kind: .plenary, title: LocalizedText("Plenario"), plannedSeconds: 900),
        ],
        rounds: [
            RoundPlan(
                round: 1,
                assignments: [
                    TableAssignment(table: 1, question: 1, canvas: "c"), TableAssignment(table: 2, question: 2, canvas: "c"),
                ]),
            RoundPlan(
                round: 2,
                assignments: [
                    TableAssignment(table: 1, question: 1, canvas: "c"), TableAssignment(table: 2, question: 2, canvas: "c"),
                ]),
        ],
        voting: nil)

    /// A state with the agenda planned.
    static func plannedState() -> SessionState {
        var state = SessionState()
        AgendaPlanned(agenda: agenda).apply(to: &state, context: EventContext(sequence: 1, at: start))
        state.lastSequence = 1
        return state
    }

    /// Applies `event` at `time` as the journal would.
    static func apply(_ event: any JournalEvent, at time: Timestamp, to state: inout SessionState) {
        let sequence = state.lastSequence + 1
        event.apply(to: &state, context: EventContext(sequence: sequence, at: time))
        state.lastSequence = sequence
    }

    /// A fresh directory for session files, inside one directory per test process that is
    /// removed when the process exits.
    static func temporaryDirectory() -> String {
        var template = Array((timingTestRoot + "/XXXXXX").utf8CString)
        let path = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
            return String(cString: base)
        }
        return path ?? timingTestRoot
    }

    /// The events that create a session with the fixture agenda.
    static var creationEvents: [any JournalEvent] {
        [SessionCreated(info: SessionInfo(title: "Prueba de tiempos", method: "test")), AgendaPlanned(agenda: agenda)]
    }
}

/// The directory of this test process's session files, removed at exit.
let timingTestRoot: String = {
    var template = Array("/tmp/workshop-timing-XXXXXX".utf8CString)
    let path =
        template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
            return String(cString: base)
        } ?? "/tmp"
    if path != "/tmp" { atexit { try? FileManager.default.removeItem(atPath: timingTestRoot) } }
    return path
}()
