import Testing

@testable import Rotation

@Suite struct RotationErrorTests {
    static let five = (0..<5).map { _ in SeatingProblem.Person() }

    static func error(_ problem: SeatingProblem) -> SeatingError? {
        do {
            _ = try SeatingPlanner().plan(problem)
            return nil
        } catch {
            return error
        }
    }

    @Test func invalidInputsThrowAndQuoteTheValue() {
        var hosts = Self.five
        hosts[1].hostTable = 7
        var badInstitution = Self.five
        badInstitution[2].institution = -4
        let cases: [(SeatingProblem, SeatingError, String)] = [
            (SeatingProblem(people: Self.five, tableCount: 0, roundCount: 1), .invalidTableCount(0), "got 0"),
            (SeatingProblem(people: Self.five, tableCount: 2, roundCount: -1), .invalidRoundCount(-1), "got -1"),
            (
                SeatingProblem(people: hosts, tableCount: 2, roundCount: 1), .hostTableOutOfRange(person: 1, table: 7),
                "table 7"
            ),
            (
                SeatingProblem(people: badInstitution, tableCount: 2, roundCount: 1),
                .invalidInstitution(person: 2, value: -4), "-4"
            ),
            (
                SeatingProblem(people: Self.five, tableCount: 2, roundCount: 1, capacities: [2, 2]),
                .insufficientCapacity(people: 5, seats: 4), "only 4 seats"
            ),
            (
                SeatingProblem(people: Self.five, tableCount: 2, roundCount: 1, capacities: [9]),
                .capacityCountMismatch(expected: 2, got: 1), "got 1"
            ),
            (
                SeatingProblem(people: Self.five, tableCount: 2, roundCount: 2, questions: [[1, 2]]),
                .questionRoundCountMismatch(expected: 2, got: 1), "got 1"
            ),
            (
                SeatingProblem(people: Self.five, tableCount: 2, roundCount: 1, questions: [[1, 2, 3]]),
                .questionTableCountMismatch(round: 0, expected: 2, got: 3), "3 tables"
            ),
            (
                SeatingProblem(people: Self.five, tableCount: 2, roundCount: 1, finishedRounds: [[[0, 9], []]]),
                .unknownPersonInFinishedRound(round: 0, person: 9), "person 9"
            ),
            (
                SeatingProblem(people: Self.five, tableCount: 2, roundCount: 1, finishedRounds: [[[0, 1], [1]]]),
                .personSeatedTwice(round: 0, person: 1), "person 1"
            ),
            (
                SeatingProblem(people: Self.five, tableCount: 2, roundCount: 1, finishedRounds: [[[0]], [[1]]]),
                .tooManyFinishedRounds(finished: 2, rounds: 1), "2 finished"
            ),
        ]
        for (problem, expected, quote) in cases {
            let thrown = Self.error(problem)
            #expect(thrown == expected)
            #expect(thrown?.description.contains(quote) == true)
        }
        // Questions for every round and table are fine.
        #expect(
            Self.error(SeatingProblem(people: Self.five, tableCount: 2, roundCount: 1, questions: [[0, 1]])) == nil)
    }

    @Test func tooManyQuestions() {
        let row = Array(0..<65)
        let problem = SeatingProblem(people: Self.five, tableCount: 65, roundCount: 1, questions: [row])
        #expect(Self.error(problem) == .tooManyQuestions(65))
    }

    @Test func tooLarge() {
        let people = (0..<4000).map { SeatingProblem.Person(institution: $0, region: $0) }
        let problem = SeatingProblem(people: people, tableCount: 4000, roundCount: 10)
        #expect(Self.error(problem) == .problemTooLarge(rounds: 10, tables: 4000, kinds: 8000))
        #expect(
            Self.error(SeatingProblem(people: Self.five, tableCount: 5000, roundCount: 1)) == .invalidTableCount(5000))
    }

    @Test func mixRejectsEmptyInput() {
        #expect(throws: SeatingError.invalidMixing(people: 0, groups: 3)) {
            try SeatingPlanner().mix(people: 0, groups: 3, rounds: 2)
        }
    }
}
