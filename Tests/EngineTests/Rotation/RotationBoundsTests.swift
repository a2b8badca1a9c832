import Testing

@testable import Rotation

@Suite struct RotationBoundsTests {
    /// All ways to split `people` into groups of the given sizes (as table assignments).
    static func partitions(_ people: [Int], sizes: [Int]) -> [[[Int]]] {
        guard let first = sizes.first else { return people.isEmpty ? [[]] : [] }
        var result: [[[Int]]] = []
        func choose(_ start: Int, _ chosen: [Int]) {
            if chosen.count == first {
                let rest = people.filter { !chosen.contains($0) }
                for tail in partitions(rest, sizes: Array(sizes.dropFirst())) { result.append([chosen] + tail) }
                return
            }
            guard start < people.count else { return }
            choose(start + 1, chosen + [people[start]])
            choose(start + 1, chosen)
        }
        choose(0, [])
        return result
    }

    /// Exhaustive optimum of repeated pairs for a tiny pure-mixing instance (first round fixed).
    static func bruteForceRepeats(people: Int, sizes: [Int], rounds: Int) -> Int {
        let all = partitions(Array(0..<people), sizes: sizes)
        let first =
            [Array(0..<sizes[0])]
            + Array(partitions(Array(sizes[0]..<people), sizes: Array(sizes.dropFirst())).prefix(1)).flatMap { $0 }
        var best = Int.max
        func extend(_ plan: [[[Int]]]) {
            if plan.count == rounds {
                best = min(best, RotationCheck.repeatedPairs(plan))
                return
            }
            for round in all { extend(plan + [round]) }
        }
        extend([first])
        return best
    }

    @Test(arguments: [(6, 2, 2), (6, 2, 3), (8, 2, 3), (6, 3, 3), (7, 2, 3), (9, 3, 2), (10, 2, 2)])
    func boundIsValidAndReachedOnTinyInstances(people: Int, tables: Int, rounds: Int) throws {
        let problem = SeatingProblem.mixing(people: people, tables: tables, rounds: rounds, seed: 1)
        let sizes = TableLayout(seated: people, hosts: Array(repeating: 0, count: tables), capacities: nil)
            .initialSizes()
        let optimum = Self.bruteForceRepeats(people: people, sizes: sizes, rounds: rounds)
        let plan = try SeatingPlanner().plan(problem)
        #expect(plan.report.repeatedPairsLowerBound <= optimum)
        #expect(plan.report.repeatedPairs == optimum)
    }

    @Test func pigeonholeForBigTables() throws {
        // 12 people at 3 tables of 4: round 2 tables take 4 people from 3 round-1 tables.
        let plan = try SeatingPlanner().mix(people: 12, groups: 3, rounds: 2)
        #expect(plan.report.repeatedPairsLowerBound == 3)
        #expect(plan.report.zeroRepeatsImpossible)
        #expect(plan.report.repeatedPairs == 3)
    }

    @Test func countingBound() throws {
        // 9 people, tables of 3, 5 rounds: 5 * 9 = 45 encounters, only 36 pairs.
        let plan = try SeatingPlanner().mix(people: 9, groups: 3, rounds: 5)
        #expect(plan.report.repeatedPairsLowerBound == 9)
        #expect(plan.report.repeatedPairsBoundReason.contains("counting"))
        #expect(plan.report.repeatedPairs >= 9)
        // Four rounds fit exactly (the affine plane AG(2,3)).
        #expect(try SeatingPlanner().mix(people: 9, groups: 3, rounds: 4).report.repeatedPairs == 0)
    }

    @Test func knownNonExistence() throws {
        // Kirkman's problem for 12 people has no solution: 4 groups of 3 cannot run 5 rounds.
        let plan = try SeatingPlanner().mix(people: 12, groups: 4, rounds: 5)
        #expect(plan.report.repeatedPairsLowerBound >= 1)
        #expect(plan.report.repeatedPairs >= 1)
        #expect(try SeatingPlanner().mix(people: 12, groups: 4, rounds: 4).report.repeatedPairsLowerBound == 0)
    }

    @Test func questionPathsForceRepeats() throws {
        // Two questions at one table each, two rounds: the three people starting at question A
        // all move to question B together, so their three pairs repeat, and likewise for B.
        let people = (0..<6).map { _ in SeatingProblem.Person() }
        let problem = SeatingProblem(
            people: people, tableCount: 2, roundCount: 2, questions: [[0, 1], [0, 1]], seed: 1)
        let plan = try SeatingPlanner().plan(problem)
        #expect(plan.report.coverageViolations == 0)
        #expect(plan.report.repeatedPairsLowerBound == 6)
        #expect(plan.report.repeatedPairs == 6)
    }

    /// The seeds' workshop: 56 people, 6 tables, 3 rounds. Zero repeats is impossible with or
    /// without the question rotation (tables of 9-10 > 6 tables), and the bounds are as derived
    /// by hand in docs/SEATING.md.
    @Test func seedsWorkshopCannotAvoidRepeats() throws {
        let sizes = [6, 6, 5, 5, 4, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1]
        let people = sizes.enumerated().flatMap { institution, count in
            Array(repeating: SeatingProblem.Person(institution: institution), count: count)
        }
        #expect(people.count == 56)
        let plain = SeatingProblem(people: people, tableCount: 6, roundCount: 3, seed: 7)
        let context = PlanningContext(problem: plain)
        let bounds = SeatingBounds(context: context)
        // Sizes 10, 10, 9, 9, 9, 9; each later-round table holds >= 4 resp. 3 pairs from the
        // previous round: 2 * (2 * 4 + 4 * 3) = 40.
        #expect(bounds.repeatedPairs == 40)
        #expect(bounds.institutionPairs == 0)
        let rotating = SeatingProblem(
            people: people, tableCount: 6, roundCount: 3, questions: Array(repeating: [0, 0, 1, 1, 2, 2], count: 3),
            seed: 7)
        // Six question orders share 56 people. People of one order sit, every round, at one of
        // the 2 tables of their question: a person is a 3-bit vector (which table per round) and
        // two people meet where their bits agree. The fewest repeats for 8, 9, 10 people on
        // 3-bit vectors are 8, 12, 16 (e.g. 9 people as 3, 2, 2, 2 on the four even-weight
        // vectors, which pairwise agree in one round: 2 * (3 + 1 + 1 + 1) repeats); the
        // convex envelope at 56 / 6 people per order gives 4 * 12 + 2 * 16 = 80.
        #expect(SeatingBounds.exactClassRepeats(people: 9, tables: [2, 2, 2]) == 12)
        #expect(SeatingBounds.exactClassRepeats(people: 10, tables: [2, 2, 2]) == 16)
        #expect(SeatingBounds.exactClassRepeats(people: 4, tables: [2, 2, 2]) == 0)
        #expect(SeatingBounds(context: PlanningContext(problem: rotating)).repeatedPairs == 80)
    }

    @Test func institutionPigeonhole() throws {
        // One institution of 5 at 3 tables: at best 2 + 2 + 1 per round, i.e. 2 pairs, twice.
        var people = (0..<30).map { SeatingProblem.Person(institution: 100 + $0) }
        for p in 0..<5 { people[p].institution = 1 }
        let plan = try SeatingPlanner().plan(SeatingProblem(people: people, tableCount: 3, roundCount: 2, seed: 2))
        #expect(plan.report.sameInstitutionPairsLowerBound == 4)
        #expect(plan.report.sameInstitutionPairs == 4)
    }

    @Test func convexEnvelope() {
        let hull = SeatingBounds.lowerConvexHull([0, 0, 2, 3, 6, 8, 12, 15])
        #expect(hull[2] <= 2 && hull[3] <= 3)
        for x in 1..<(hull.count - 1) { #expect(hull[x] * 2 <= hull[x - 1] + hull[x + 1] + 1e-9) }
        #expect(SeatingBounds.minimumPairs(people: 10, tables: 3) == 3 + 3 + 6)
        #expect(SeatingBounds.minimumPairs(people: 2, tables: 3) == 0)
    }
}
