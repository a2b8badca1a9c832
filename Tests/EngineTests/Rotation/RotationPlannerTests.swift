import Testing

@testable import Rotation

@Suite struct RotationPlannerTests {
    /// A random but well-formed workshop: sizes, institutions, regions, hosts, capacities,
    /// question rotations and finished rounds with no-shows and walk-ins all vary with the seed.
    static func randomProblem(seed: UInt64) -> SeatingProblem {
        var g = SeededGenerator(seed: seed)
        let tables = Int.random(in: 2...7, using: &g)
        let n = Int.random(in: tables...(tables * 6), using: &g)
        let roundCount = Int.random(in: 1...5, using: &g)
        let institutions = Int.random(in: 1...max(1, n / 3), using: &g)
        var people = (0..<n).map { _ in
            SeatingProblem.Person(
                institution: Int.random(in: 0..<10, using: &g) == 0 ? nil : Int.random(in: 0..<institutions, using: &g),
                region: Bool.random(using: &g) ? Int.random(in: 0..<3, using: &g) : nil)
        }
        var finished: [[[Int]]] = []
        if roundCount > 1 && Bool.random(using: &g) {
            let count = Int.random(in: 1..<roundCount, using: &g)
            for _ in 0..<count {
                var round = Array(repeating: [Int](), count: tables)
                for p in (0..<n).shuffled(using: &g).prefix(max(1, n - 2)) {
                    round[Int.random(in: 0..<tables, using: &g)].append(p)
                }
                finished.append(round)
            }
            // No-shows and walk-ins.
            for p in 0..<n where Int.random(in: 0..<8, using: &g) == 0 { people[p].isPresent = false }
            for _ in 0..<Int.random(in: 0...3, using: &g) {
                people.append(SeatingProblem.Person(institution: Int.random(in: 0..<institutions, using: &g)))
            }
        }
        let present = people.indices.filter { people[$0].isPresent }
        if present.count >= tables && Int.random(in: 0..<3, using: &g) == 0 {
            // One host at some tables.
            for (t, p) in present.shuffled(using: &g).prefix(Int.random(in: 1...tables, using: &g)).enumerated() {
                people[p].hostTable = t
            }
        }
        var capacities: [Int]?
        if Int.random(in: 0..<3, using: &g) == 0 {
            let even = (present.count + tables - 1) / tables
            var caps = (0..<tables).map { _ in max(1, even + Int.random(in: -1...3, using: &g)) }
            for t in 0..<tables {
                caps[t] = max(caps[t], people.filter { $0.isPresent && $0.hostTable == t }.count)
            }
            while caps.reduce(0, +) < present.count { caps[Int.random(in: 0..<tables, using: &g)] += 1 }
            capacities = caps
        }
        var questions: [[Int]]?
        if Bool.random(using: &g) {
            let q = Int.random(in: 2...4, using: &g)
            let fixed = Bool.random(using: &g)
            let base = (0..<tables).map { _ in Int.random(in: 0..<q, using: &g) }
            questions = (0..<roundCount).map { _ in
                fixed ? base : (0..<tables).map { _ in Int.random(in: 0..<q, using: &g) + 100 }
            }
        }
        return SeatingProblem(
            people: people, tableCount: tables, roundCount: roundCount, capacities: capacities,
            questions: questions, finishedRounds: finished, seed: seed)
    }

    @Test(arguments: Array(UInt64(1)...UInt64(60)))
    func hardRulesHoldForRandomWorkshops(seed: UInt64) throws {
        let problem = Self.randomProblem(seed: seed)
        let plan = try SeatingPlanner(options: .init(iterationLimit: 300)).plan(problem)
        #expect(RotationCheck.hardRuleViolations(problem, plan.rounds) == [])
        #expect(plan.report.hardRuleViolations == [])
        // The report agrees with an independent count, and respects its own lower bounds.
        #expect(plan.report.repeatedPairs == RotationCheck.repeatedPairs(plan.rounds))
        #expect(
            plan.report.sameInstitutionPairs
                == RotationCheck.sameKindPairs(plan.rounds) { problem.people[$0].institution })
        #expect(plan.report.sameRegionPairs == RotationCheck.sameKindPairs(plan.rounds) { problem.people[$0].region })
        #expect(plan.report.coverageViolations == RotationCheck.coverageViolations(problem, plan.rounds))
        #expect(plan.report.repeatedPairs >= plan.report.repeatedPairsLowerBound || plan.report.coverageViolations > 0)
        #expect(plan.report.sameInstitutionPairs >= plan.report.sameInstitutionPairsLowerBound)
        #expect(plan.report.sameRegionPairs >= plan.report.sameRegionPairsLowerBound)
        #expect(plan.report.plannedRounds == problem.plannedRoundCount)
    }

    @Test(arguments: [UInt64(3), 17, 99])
    func sameSeedSamePlan(seed: UInt64) throws {
        let problem = Self.randomProblem(seed: seed)
        let planner = SeatingPlanner(options: .init(iterationLimit: 400))
        #expect(try planner.plan(problem) == planner.plan(problem))
    }

    @Test func differentSeedsGiveDifferentPlans() throws {
        let people = (0..<30).map { SeatingProblem.Person(institution: $0 % 7) }
        let plans = try (1...4).map { seed in
            try SeatingPlanner().plan(SeatingProblem(people: people, tableCount: 5, roundCount: 3, seed: UInt64(seed)))
                .rounds
        }
        #expect(Set(plans.map { "\($0)" }).count > 1)
    }

    /// Questions rotating World-Café style with room for everybody: nobody repeats a question.
    @Test(arguments: [(3, 2, 5), (4, 2, 4), (5, 2, 3)])
    func questionRotationCoversEveryQuestion(questions: Int, tablesPerQuestion: Int, tableSize: Int) throws {
        let tables = questions * tablesPerQuestion
        let people = (0..<(tables * tableSize)).map { SeatingProblem.Person(institution: $0 % 9) }
        let rows = (0..<questions).map { _ in (0..<tables).map { $0 % questions } }
        let problem = SeatingProblem(
            people: people, tableCount: tables, roundCount: questions, questions: rows, seed: 5)
        let plan = try SeatingPlanner().plan(problem)
        #expect(plan.report.coverageViolations == 0)
        for p in people.indices {
            let visited = (0..<questions).compactMap { r in plan.table(of: p, inRound: r).map { rows[r][$0] } }
            #expect(Set(visited).count == questions)
        }
        #expect(RotationCheck.hardRuleViolations(problem, plan.rounds) == [])
    }

    @Test func hostsNeverMoveAndCountAsEncounters() throws {
        var people = (0..<24).map { SeatingProblem.Person(institution: $0 % 5) }
        people[0].hostTable = 0
        people[1].hostTable = 3
        let problem = SeatingProblem(people: people, tableCount: 4, roundCount: 4, seed: 11)
        let plan = try SeatingPlanner().plan(problem)
        for round in plan.rounds {
            #expect(round[0].contains(0))
            #expect(round[3].contains(1))
        }
        // Host 0 meets everybody who passes table 0, and the report counts those encounters.
        let metByHost = Set(plan.rounds.flatMap { $0[0] }).subtracting([0])
        #expect(plan.report.newContactsMinimum <= metByHost.count)
        #expect(plan.meetings(0, 1) == 0)
        #expect(RotationCheck.hardRuleViolations(problem, plan.rounds) == [])
    }

    @Test func hostsInsideADesign() throws {
        // 25 people at 5 tables: the design's groups are routed so that hosts stay put.
        var people = (0..<25).map { SeatingProblem.Person(institution: $0 % 5) }
        people[7].hostTable = 0
        people[19].hostTable = 3
        let problem = SeatingProblem(people: people, tableCount: 5, roundCount: 4, seed: 6)
        let plan = try SeatingPlanner().plan(problem)
        #expect(plan.report.method.contains("AG(2,5)"))
        #expect(plan.report.repeatedPairs == 0)
        #expect(plan.rounds.allSatisfy { $0[0].contains(7) && $0[3].contains(19) })
        #expect(RotationCheck.hardRuleViolations(problem, plan.rounds) == [])
    }

    @Test func capacitiesAreRespected() throws {
        let people = (0..<20).map { _ in SeatingProblem.Person() }
        let problem = SeatingProblem(people: people, tableCount: 3, roundCount: 2, capacities: [3, 10, 10], seed: 1)
        let plan = try SeatingPlanner().plan(problem)
        for round in plan.rounds.suffix(2) {
            #expect(round.map(\.count) == [3, 9, 8] || round.map(\.count) == [3, 8, 9])
        }
    }

    @Test func pureMixingUsesConstructions() throws {
        let plan = try SeatingPlanner().mix(people: 32, groups: 8, rounds: 10, seed: 4)
        #expect(plan.report.repeatedPairs == 0)
        #expect(plan.report.newContactsMinimum == 30)
        #expect(plan.report.method.contains("spreads"))
        #expect(plan.rounds.allSatisfy { $0.allSatisfy { $0.count == 4 } })
    }

    @Test func unevenMixingDropsNonMeetingPoints() throws {
        // 23 people at 5 tables: five rounds of AG(2,5) with two never-meeting points dropped.
        let plan = try SeatingPlanner().mix(people: 23, groups: 5, rounds: 5, seed: 2)
        #expect(plan.report.repeatedPairs == 0)
        #expect(plan.report.method.contains("AG(2,5)"))
        #expect(
            plan.rounds.allSatisfy { round in (round.map(\.count).max() ?? 0) - (round.map(\.count).min() ?? 0) <= 1 })
    }

    /// Same-institution people are spread over tables whenever the design allows it.
    @Test func institutionsAreSeparated() throws {
        // 60 people from 12 institutions of 5, 10 tables of 6, 4 rounds: zero clashes possible.
        let people = (0..<60).map { SeatingProblem.Person(institution: $0 / 5) }
        let plan = try SeatingPlanner().plan(SeatingProblem(people: people, tableCount: 10, roundCount: 4, seed: 8))
        #expect(plan.report.repeatedPairs == 0)
        #expect(plan.report.sameInstitutionPairs == 0)
        #expect(plan.report.sameInstitutionPairsLowerBound == 0)
    }

    @Test func regionsAreMixed() throws {
        // 4 regions of 6 people, 6 tables of 4: one person per region at every table is possible.
        let people = (0..<24).map { SeatingProblem.Person(region: $0 % 4) }
        let plan = try SeatingPlanner().plan(SeatingProblem(people: people, tableCount: 6, roundCount: 3, seed: 3))
        #expect(plan.report.sameRegionPairs == plan.report.sameRegionPairsLowerBound)
        #expect(plan.report.sameRegionPairsLowerBound == 0)
        #expect(plan.report.repeatedPairs == 0)
    }

    @Test func timeLimitStillGivesAValidPlan() throws {
        let problem = Self.randomProblem(seed: 42)
        let plan = try SeatingPlanner(options: .init(timeLimit: .milliseconds(1))).plan(problem)
        #expect(RotationCheck.hardRuleViolations(problem, plan.rounds) == [])
    }

    @Test func edgeCases() throws {
        // More tables than people, sparse institution ids, nobody present, zero rounds.
        let sparse = (0..<5).map { SeatingProblem.Person(institution: $0 * 1_000_000) }
        let plan = try SeatingPlanner().plan(SeatingProblem(people: sparse, tableCount: 8, roundCount: 3, seed: 1))
        #expect(plan.report.repeatedPairs == 0)
        #expect(plan.rounds.allSatisfy { $0.allSatisfy { $0.count <= 1 } })
        let absent = (0..<4).map { _ in SeatingProblem.Person(isPresent: false) }
        let empty = try SeatingPlanner().plan(SeatingProblem(people: absent, tableCount: 2, roundCount: 2))
        #expect(empty.rounds == [[[], []], [[], []]])
        let none = try SeatingPlanner().plan(SeatingProblem(people: sparse, tableCount: 2, roundCount: 0))
        #expect(none.rounds.isEmpty)
        let single = try SeatingPlanner().mix(people: 7, groups: 1, rounds: 3)
        #expect(single.report.repeatedPairs == 2 * 21)
        #expect(single.report.repeatedPairsLowerBound == 2 * 21)
    }
}
