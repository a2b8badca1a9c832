import Testing

@testable import Rotation

@Suite struct RotationRelabellingTests {
    /// Relabelling and group flips never worsen the terms above institutions, keep the hard
    /// rules, and never end worse on institutions and regions than they started.
    @Test(arguments: 0..<12)
    func higherTermsAreNeverWorse(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 7)
        let tables = Int.random(in: 2...6, using: &generator)
        let count = Int.random(in: tables * 2...tables * 6, using: &generator)
        let people = (0..<count).map { index in
            SeatingProblem.Person(
                institution: Int.random(in: 0..<5, using: &generator), region: Int.random(in: 0..<3, using: &generator),
                hostTable: index < tables && seed % 3 == 0 ? index : nil)
        }
        let rounds = Int.random(in: 2...4, using: &generator)
        let questions = seed % 2 == 0 ? Array(repeating: (0..<tables).map { $0 % 2 }, count: rounds) : nil
        let problem = SeatingProblem(people: people, tableCount: tables, roundCount: rounds, questions: questions, seed: 1)
        let context = PlanningContext(problem: problem)
        let initial = GreedySeating.seat(context: context, rounds: rounds, prefix: [], generator: &generator)
        let before = SearchState(context: context, assignment: initial).score
        let relabelling = ItineraryRelabelling(
            institutionBound: 0, regionBound: 0, iterations: 400)
        guard let result = relabelling.run(context: context, assignment: initial, generator: &generator) else { return }
        let after = SearchState(context: context, assignment: result).score
        #expect(after.coverage <= before.coverage)
        #expect((after.repeats, after.squares) <= (before.repeats, before.squares))
        #expect(after < before)
        let seating = (0..<rounds).map { r in
            (0..<tables).map { t in (0..<count).filter { result[r][$0] == t } }
        }
        #expect(RotationCheck.hardRuleViolations(problem, seating) == [])
        #expect(after.institution == RotationCheck.sameKindPairs(seating) { people[$0].institution })
    }
}
