import Catalog
import Testing

@testable import Engine

/// Sessions for the voting and note tests, folded in memory like the journal folds them.
enum VotingFixture {
    static let start = Timestamp(year: 2026, month: 12, day: 1, hour: 12)

    /// Names written for these tests (accents, a shared first name, two people with the
    /// same name) followed by numbered people.
    static let names = [
        "José Núñez Pérez", "Josefa Muñoz Tapia", "María Soto Vera", "María Soto Vera", "Andrés Ibáñez Rojas",
        "Camila Rojas Fuentes", "Tomás Aravena Lagos", "Valentina Paz Olmos",
    ]

    /// A state planned with opsi-facets for `people` participants (the first ones named
    /// from ``names``), with `openBallots` as given.
    static func state(people: Int = 12, openBallots: Bool = false, keep: Int? = nil, dots: Int? = nil) throws -> SessionState {
        let participants = (1...people).map { id in
            Participant(
                id: id, name: id <= names.count ? names[id - 1] : "Persona \(id)", institution: "Servicio \(id % 5 + 1)")
        }
        let method = try Catalog.registry().require("opsi-facets")
        var raw: [(name: String, value: String)] = []
        if let keep { raw.append(("keep", String(keep))) }
        if let dots { raw.append(("dots", String(dots))) }
        let parameters = try MethodParameters(resolving: raw, for: method.description)
        let events = try SessionFactory.events(
            info: SessionInfo(title: "Prueba", method: "opsi-facets", openBallots: openBallots), method: method,
            participants: participants, parameters: parameters)
        var state = SessionState()
        apply(events, to: &state)
        return state
    }

    /// Folds `events` into `state` as the journal does.
    static func apply(_ events: [any JournalEvent], to state: inout SessionState) {
        for event in events {
            let context = EventContext(sequence: state.lastSequence + 1, at: start)
            event.apply(to: &state, context: context)
            state.lastSequence = context.sequence
            state.eventCount += 1
            state.lastEventAt = context.at
        }
    }

    /// Decides events against `state` and folds them, like ``Session/append(_:)``: when
    /// `decide` throws, nothing is applied.
    static func record(_ state: inout SessionState, _ decide: (SessionState) throws -> [any JournalEvent]) throws {
        let events = try decide(state)
        apply(events, to: &state)
    }

    /// Adds conclusions to `question` and returns their ids.
    @discardableResult
    static func conclusions(_ texts: [String], question: Int, in state: inout SessionState) throws -> [String] {
        var ids: [String] = []
        for text in texts {
            try record(&state) { [try ConclusionDraft(question: question, text: text).event(in: $0)] }
            ids.append(state.voting.conclusions.last?.id ?? "")
        }
        return ids
    }

    /// Casts a ballot by participant id.
    static func ballot(
        _ voter: Int, _ rule: VotingRule, _ marks: [BallotMark], question: Int, replace: Bool = false,
        in state: inout SessionState
    ) throws {
        try record(&state) {
            [try BallotDraft(question: question, voter: String(voter), rule: rule, marks: marks, replace: replace).event(in: $0)]
        }
    }

    /// `["C1": 2, "C3": 1]` as marks, in id order.
    static func marks(_ values: [String: Int]) -> [BallotMark] {
        values.sorted { $0.key < $1.key }.map { BallotMark(candidate: $0.key, value: $0.value) }
    }

    /// Sets a question's rule (and other settings) before its vote.
    static func configure(
        question: Int, rule: VotingRule? = nil, keep: Int? = nil, budget: Int? = nil, cap: Int? = nil,
        in state: inout SessionState
    ) throws {
        try record(&state) {
            [try VoteControl.configure(question: question, rule: rule, keep: keep, budget: budget, cap: cap, in: $0)]
        }
    }
}
