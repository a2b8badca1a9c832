import Testing

@testable import Engine

@Suite struct ConclusionTests {
    @Test func idsAreAssignedInOrderAcrossQuestions() throws {
        var state = try VotingFixture.state()
        let first = try VotingFixture.conclusions(["uno", "dos"], question: 2, in: &state)
        let second = try VotingFixture.conclusions(["tres"], question: 1, in: &state)
        #expect(first == ["C1", "C2"])
        #expect(second == ["C3"])
        #expect(state.voting.conclusion("c2")?.text == "dos")
        #expect(state.voting.conclusion("3")?.question == 1)
        #expect(state.voting.conclusion("C9") == nil)
        #expect(state.voting.conclusion("X1") == nil)
    }

    @Test func textIsCleanedAndChecked() throws {
        let state = try VotingFixture.state()
        let event = try ConclusionDraft(question: 1, text: "  Lenguaje   claro\nen formularios ", table: 2).event(in: state)
        #expect(event.text == "Lenguaje claro en formularios")
        #expect(event.tables == [2])
        #expect(throws: VoteError.emptyConclusion) { try ConclusionDraft(question: 1, text: "  \n ").event(in: state) }
        #expect(throws: VoteError.conclusionTooLong(length: 1001, limit: 1000)) {
            try ConclusionDraft(question: 1, text: String(repeating: "a", count: 1001)).event(in: state)
        }
        #expect(throws: VoteError.unknownTable(table: 9, tables: [1, 2, 3])) {
            try ConclusionDraft(question: 1, text: "x", table: 9).event(in: state)
        }
        #expect(throws: VoteError.unknownQuestion(question: 4, known: [1, 2, 3])) {
            try ConclusionDraft(question: 4, text: "x").event(in: state)
        }
    }

    @Test func sameTextTwiceIsRefused() throws {
        var state = try VotingFixture.state()
        try VotingFixture.conclusions(["Capacitación continua"], question: 1, in: &state)
        #expect(throws: VoteError.duplicateConclusion(existing: "C1")) {
            try ConclusionDraft(question: 1, text: "capacitacion  CONTINUA.").event(in: state)
        }
        // The same text on another question is another conclusion.
        _ = try ConclusionDraft(question: 2, text: "Capacitación continua").event(in: state)
    }

    @Test func mergeGathersTablesAndCanReword() throws {
        var state = try VotingFixture.state()
        for (text, table) in [("Co-diseño con usuarios", 1), ("Codiseñar con las personas", 2), ("Lenguaje claro", 3)] {
            try VotingFixture.record(&state) { [try ConclusionDraft(question: 1, text: text, table: table).event(in: $0)] }
        }
        try VotingFixture.record(&state) {
            [
                try ConclusionRevision.merge(
                    into: "c1", from: ["C2"], text: "Co-diseñar los servicios con las personas usuarias", in: $0)
            ]
        }
        let merged = try #require(state.voting.conclusion("C1"))
        #expect(merged.tables == [1, 2])
        #expect(merged.mergedFrom == ["C2"])
        #expect(merged.text == "Co-diseñar los servicios con las personas usuarias")
        #expect(merged.previousTexts == ["Co-diseño con usuarios"])
        #expect(state.voting.conclusion("C2")?.status == .merged(into: "C1"))
        #expect(state.voting.candidates(question: 1).map(\.id) == ["C1", "C3"])
    }

    @Test func mergeRefusals() throws {
        var state = try VotingFixture.state()
        try VotingFixture.conclusions(["uno", "dos"], question: 1, in: &state)
        try VotingFixture.conclusions(["tres"], question: 2, in: &state)
        #expect(throws: VoteError.mergeWithItself(id: "C1")) { try ConclusionRevision.merge(into: "C1", from: ["c1"], in: state) }
        #expect(throws: VoteError.mergeAcrossQuestions(id: "C1", question: 1, other: "C3", otherQuestion: 2)) {
            try ConclusionRevision.merge(into: "C1", from: ["C3"], in: state)
        }
        #expect(throws: VoteError.unknownConclusion(id: "C8")) {
            try ConclusionRevision.merge(into: "C8", from: ["C1"], in: state)
        }
        try VotingFixture.record(&state) { [try ConclusionRevision.withdraw("C2", in: $0)] }
        #expect(throws: VoteError.inactiveCandidate(id: "C2", mergedInto: nil)) {
            try ConclusionRevision.merge(into: "C1", from: ["C2"], in: state)
        }
        #expect(throws: VoteError.inactiveCandidate(id: "C2", mergedInto: nil)) {
            try ConclusionRevision.withdraw("C2", in: state)
        }
    }

    @Test func editKeepsEarlierWordingEvenAfterVotes() throws {
        var state = try VotingFixture.state()
        try VotingFixture.conclusions(["Falta presupuesto"], question: 1, in: &state)
        try VotingFixture.ballot(1, .dots, VotingFixture.marks(["C1": 1]), question: 1, in: &state)
        try VotingFixture.record(&state) { [try ConclusionRevision.edit("C1", text: "Falta presupuesto estable", in: $0)] }
        #expect(state.voting.conclusion("C1")?.text == "Falta presupuesto estable")
        #expect(state.voting.conclusion("C1")?.previousTexts == ["Falta presupuesto"])
        #expect(throws: VoteError.unchangedConclusion(id: "C1")) {
            try ConclusionRevision.edit("C1", text: " Falta presupuesto estable ", in: state)
        }
    }
}
