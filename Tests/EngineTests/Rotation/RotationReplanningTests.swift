import Testing

@testable import Rotation

@Suite struct RotationReplanningTests {
    static let people = (0..<24).map { SeatingProblem.Person(institution: $0 % 6, region: $0 % 3) }

    @Test func finishedRoundsAreKeptAndCounted() throws {
        let first = try SeatingPlanner().plan(
            SeatingProblem(people: Self.people, tableCount: 6, roundCount: 5, seed: 9))
        let finished = Array(first.rounds.prefix(2))
        let again = SeatingProblem(
            people: Self.people, tableCount: 6, roundCount: 5, finishedRounds: finished, seed: 10)
        let plan = try SeatingPlanner().plan(again)
        #expect(Array(plan.rounds.prefix(2)) == finished)
        #expect(plan.report.plannedRounds == 3)
        #expect(RotationCheck.hardRuleViolations(again, plan.rounds) == [])
        // Encounters of the finished rounds count: the total over all five rounds is repeat-free.
        #expect(plan.report.repeatedPairs == RotationCheck.repeatedPairs(plan.rounds))
        #expect(plan.report.repeatedPairs == 0)
    }

    @Test func historyDecidesTheNextRound() throws {
        // 16 people sat in rows; the next round must mix them completely, which is only possible
        // if the planner knows the rows.
        let people = (0..<16).map { _ in SeatingProblem.Person() }
        let rows = [(0..<4).map { r in Array((4 * r)..<(4 * r + 4)) }]
        let plan = try SeatingPlanner().plan(
            SeatingProblem(people: people, tableCount: 4, roundCount: 2, finishedRounds: rows, seed: 1))
        #expect(plan.report.repeatedPairs == 0)
        for table in plan.rounds[1] { #expect(Set(table.map { $0 / 4 }).count == 4) }
    }

    @Test func walkInsAndNoShows() throws {
        let first = try SeatingPlanner().plan(
            SeatingProblem(people: Self.people, tableCount: 6, roundCount: 4, seed: 2))
        var people = Self.people
        people[3].isPresent = false
        people[7].isPresent = false
        people[5].hostTable = 2  // becomes a host after round 2
        people.append(SeatingProblem.Person(institution: 0))
        people.append(SeatingProblem.Person(institution: 99))
        let problem = SeatingProblem(
            people: people, tableCount: 6, roundCount: 4, finishedRounds: Array(first.rounds.prefix(2)), seed: 3)
        let plan = try SeatingPlanner().plan(problem)
        #expect(RotationCheck.hardRuleViolations(problem, plan.rounds) == [])
        for round in plan.rounds.suffix(2) {
            let seated = Set(round.flatMap { $0 })
            #expect(!seated.contains(3) && !seated.contains(7))
            #expect(seated.contains(24) && seated.contains(25))
            #expect(round[2].contains(5))
        }
        // The no-shows' past encounters still count.
        #expect(plan.report.repeatedPairs == RotationCheck.repeatedPairs(plan.rounds))
        let tableOfThree = try #require(first.rounds[0].first { $0.contains(3) })
        let neighbour = try #require(tableOfThree.first { $0 != 3 })
        #expect(plan.meetings(3, neighbour) >= 1)
    }

    @Test func pastRepeatsEnterTheBound() throws {
        let people = (0..<8).map { _ in SeatingProblem.Person() }
        let finished = [[[0, 1, 2, 3], [4, 5, 6, 7]], [[0, 1, 4, 5], [2, 3, 6, 7]]]
        let plan = try SeatingPlanner().plan(
            SeatingProblem(people: people, tableCount: 2, roundCount: 3, finishedRounds: finished))
        // Pairs {0,1}, {2,3}, {4,5}, {6,7} already met twice.
        #expect(plan.report.repeatedPairsLowerBound >= 4)
        #expect(plan.report.repeatedPairs >= 4)
        #expect(plan.report.repeatedPairsBoundReason.contains("finished"))
    }

    @Test func nothingLeftToPlan() throws {
        let finished = [[[0, 1], [2, 3]]]
        let people = (0..<4).map { _ in SeatingProblem.Person() }
        let plan = try SeatingPlanner().plan(
            SeatingProblem(people: people, tableCount: 2, roundCount: 1, finishedRounds: finished))
        #expect(plan.rounds == finished)
        #expect(plan.report.plannedRounds == 0)
    }
}
