import Foundation
import Testing

@testable import Engine

/// Every voting and note event survives the journal: written, read back, same state.
@Suite struct VotingJournalTests {
    @Test func eventsRoundTripThroughTheJournal() throws {
        var state = try VotingFixture.state(openBallots: true)
        var events: [any JournalEvent] = []
        func add(_ decide: (SessionState) throws -> [any JournalEvent]) throws {
            let decided = try decide(state)
            VotingFixture.apply(decided, to: &state)
            events += decided
        }
        try add { [try NoteDraft(table: 1, section: "2", author: "Ana", text: "Idea \"uno\"\ncon salto").event(in: $0)] }
        let note = state.lastSequence
        try add { [try NoteRevision.edit(note, text: "Idea corregida", in: $0)] }
        try add { [try NoteRevision.retract(note, in: $0)] }
        try add { [try NoteRevision.restore(note, in: $0)] }
        try add { [try VoteControl.configure(question: 1, rule: .dots, keep: 2, budget: 3, cap: 2, in: $0)] }
        try add { [try ConclusionDraft(question: 1, text: "Uno", table: 1).event(in: $0)] }
        try add { [try ConclusionDraft(question: 1, text: "Dos", table: 2).event(in: $0)] }
        try add { [try ConclusionDraft(question: 1, text: "Tres").event(in: $0)] }
        try add { [try ConclusionDraft(question: 1, text: "Cuatro").event(in: $0)] }
        try add { [try ConclusionRevision.merge(into: "C1", from: ["C2"], text: "Uno y dos", in: $0)] }
        try add { [try ConclusionRevision.edit("C3", text: "Tres, mejor dicho", in: $0)] }
        try add { [try ConclusionRevision.withdraw("C4", in: $0)] }
        try add {
            [try BallotDraft(question: 1, voter: "1", rule: .dots, marks: VotingFixture.marks(["C1": 2, "C3": 1])).event(in: $0)]
        }
        try add {
            [
                try BallotDraft(question: 1, voter: "1", rule: .dots, marks: VotingFixture.marks(["C3": 2]), replace: true).event(
                    in: $0)
            ]
        }
        try add { [try BallotDraft(question: 1, voter: "2", rule: .dots, marks: VotingFixture.marks(["C1": 2])).event(in: $0)] }
        try add { [try TallyDraft(question: 1, counts: VotingFixture.marks(["C1": 3, "C3": 5])).event(in: $0)] }
        try add { [try VoteControl.close(question: 1, in: $0)] }
        try add { [try VoteControl.reopen(question: 1, in: $0)] }
        try add { [try VoteControl.configure(question: 2, rule: .borda, keep: 1, in: $0)] }
        try add { [try ConclusionDraft(question: 2, text: "A").event(in: $0)] }
        try add { [try ConclusionDraft(question: 2, text: "B").event(in: $0)] }
        try add {
            [try BallotDraft(question: 2, voter: "3", rule: .borda, marks: BallotDraft.ranking(["C6", "C5"])).event(in: $0)]
        }
        try add {
            [try BallotDraft(question: 2, voter: "4", rule: .borda, marks: BallotDraft.ranking(["C5", "C6"])).event(in: $0)]
        }
        try add { [try TieBreakDraft(question: 2, order: ["C6"]).event(in: $0)] }
        try add { [try VoteControl.reset(question: 2, in: $0)] }
        try add { [try TallyDraft(question: 2, counts: VotingFixture.marks(["C5": 1, "C6": 1])).event(in: $0)] }
        try add { [try TieBreakDraft(question: 2, keepAll: true).event(in: $0)] }

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voting-journal-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/s.workshop"
        var all = try VotingFixture.allPlanningEvents(openBallots: true)
        all += events
        let session = try Session.create(at: path, events: all, clock: ManualTimeSource(start: VotingFixture.start))
        let reopened = try Session.open(at: path)
        #expect(reopened.state.voting == state.voting)
        #expect(reopened.state.notes == state.notes)
        #expect(session.state.voting == state.voting)
        #expect(reopened.state.voteCount == 4)
        #expect(QuestionResults.compute(question: 2, in: reopened.state).kept == ["C5", "C6"])
    }
}

extension VotingFixture {
    /// The planning events of ``state(people:openBallots:keep:dots:)`` (for journals).
    static func allPlanningEvents(openBallots: Bool) throws -> [any JournalEvent] {
        let fresh = try state(openBallots: openBallots)
        return [
            SessionCreated(info: fresh.info), ParticipantsRegistered(participants: fresh.participants),
            AgendaPlanned(agenda: fresh.agenda),
            SeatingPlanned(fromRound: 1, rounds: fresh.seating),
        ]
    }
}
