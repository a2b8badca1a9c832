import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

@Suite struct DemoVotingTests {
    @Test func demoVotesAndWritesResults() throws {
        let scratch = try Scratch()
        let directory = scratch.file("demo")
        let run = runCLI(["demo", "--out", directory])
        #expect(run.status == 0, "\(run.error)")
        let state = try Session.open(at: directory + "/demo.workshop").state
        let results = try JSONValue(parsing: String(contentsOfFile: directory + "/results.json", encoding: .utf8))
        let questions = try #require(results.arrayValue)
        #expect(questions.count == 3)
        for (offset, question) in questions.enumerated() {
            let number = offset + 1
            let candidates = state.voting.candidates(question: number)
            // Two tables per question, three proposals each; everyone in the room voted.
            #expect(candidates.count == 6)
            #expect(question["question"] == .integer(number))
            #expect(question["rule"] == "dots")
            #expect(question["status"] == "closed")
            #expect(question["ballots"] == .integer(state.seatedParticipants.count))
            #expect(question["kept"]?.arrayValue?.count == 3)
            #expect(question["tied"] == [])
            // The totals are the dots cast: 2 per voter with 6 candidates.
            let totals = question["totals"]?.objectValue?.compactMap { $0.value.intValue }.reduce(0, +)
            #expect(totals == 2 * state.seatedParticipants.count)
            #expect(question["byVoter"] == nil)
            // The file agrees with what the results command computes from the journal.
            #expect(question["kept"] == .array(QuestionResults.compute(question: number, in: state).kept.map { .string($0) }))
        }
        #expect(state.voteCount == 3 * state.seatedParticipants.count)
        #expect(run.output.contains(directory + "/results.json"))
        #expect(run.output.contains("Question 1: conclusions: 6, ballots: 56; kept: "))
    }
}
