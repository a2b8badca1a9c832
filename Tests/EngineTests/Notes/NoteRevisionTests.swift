import Testing

@testable import Engine

@Suite struct NoteRevisionTests {
    private func stateWithNote() throws -> (SessionState, Int) {
        var state = try VotingFixture.state()
        try VotingFixture.record(&state) {
            [try NoteDraft(table: 2, section: "capacities", text: "Falta presupuesto").event(in: $0)]
        }
        return (state, state.lastSequence)
    }

    @Test func editsKeepEveryEarlierText() throws {
        var (state, id) = try stateWithNote()
        try VotingFixture.record(&state) { [try NoteRevision.edit(id, text: "Falta presupuesto estable", in: $0)] }
        try VotingFixture.record(&state) {
            [try NoteRevision.edit(id, text: "  Falta presupuesto estable para innovar ", in: $0)]
        }
        let note = try #require(state.notes.note(id))
        #expect(note.text == "Falta presupuesto estable para innovar")
        #expect(note.previousTexts == ["Falta presupuesto", "Falta presupuesto estable"])
        #expect(note.editedAt != nil)
        #expect(state.notes.current.map(\.text) == ["Falta presupuesto estable para innovar"])
    }

    @Test func retractAndRestore() throws {
        var (state, id) = try stateWithNote()
        try VotingFixture.record(&state) { [try NoteRevision.retract(id, in: $0)] }
        #expect(state.notes.count == 0)
        #expect(state.notes.current.isEmpty)
        #expect(state.notes.all.count == 1)
        #expect(throws: NoteError.retracted(id)) { try NoteRevision.edit(id, text: "otra", in: state) }
        #expect(throws: NoteError.retracted(id)) { try NoteRevision.retract(id, in: state) }
        try VotingFixture.record(&state) { [try NoteRevision.restore(id, in: $0)] }
        #expect(state.notes.count == 1)
        #expect(throws: NoteError.notRetracted(id)) { try NoteRevision.restore(id, in: state) }
    }

    @Test func refusals() throws {
        let (state, id) = try stateWithNote()
        #expect(throws: NoteError.unknownNote(999)) { try NoteRevision.edit(999, text: "x", in: state) }
        #expect(throws: NoteError.otherTable(id: id, table: 2, expected: 3)) {
            try NoteRevision.edit(id, text: "x", table: 3, in: state)
        }
        #expect(throws: NoteError.unchanged(id)) { try NoteRevision.edit(id, text: " Falta presupuesto", in: state) }
        #expect(throws: NoteError.empty) { try NoteRevision.edit(id, text: "   ", in: state) }
        #expect(throws: NoteError.tooLong(length: 10_001)) {
            try NoteRevision.edit(id, text: String(repeating: "x", count: 10_001), in: state)
        }
    }

    @Test func draftCanTargetTheRoundThePromptShowed() throws {
        var state = try VotingFixture.state()
        guard let round2 = state.agenda.phaseIndex(ofRound: 2) else {
            Issue.record("opsi-facets plans round 2")
            return
        }
        VotingFixture.apply([PhaseStarted(phase: round2)], to: &state)
        #expect(try NoteDraft(table: 1, text: "tarde").event(in: state).round == 2)
        #expect(try NoteDraft(table: 1, text: "tarde", round: 1).event(in: state).round == 1)
        #expect(throws: NoteError.unknownTable(table: 1, tables: [1, 2, 3])) {
            try NoteDraft(table: 1, text: "x", round: 9).event(in: state)
        }
    }
}
