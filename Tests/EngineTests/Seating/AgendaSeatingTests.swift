import Testing

@testable import Engine

@Suite struct AgendaSeatingTests {
    /// Hard rules as properties: random rosters (absences included), tables, movements, hosts,
    /// sub-groups and seeds, through the same path sessions use.
    @Test(arguments: 0..<30)
    func hardRulesHoldForRandomSessions(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 100)
        let count = Int.random(in: 6...40, using: &generator)
        let absent = Int.random(in: 0...(count / 5), using: &generator)
        let people = SeatingFixtures.roster(
            count: count, institutions: Int.random(in: 1...8, using: &generator), absent: absent, generator: &generator)
        let present = people.filter { $0.status.isSeated }
        let tables = Int.random(in: 1...max(1, min(6, present.count / 2)), using: &generator)
        let roundCount = Int.random(in: 1...5, using: &generator)
        let movements: [RoundMovement] = (0..<roundCount).map { index in
            index == 0 ? .rotate : [RoundMovement.rotate, .rotate, .stay, .home].randomElement(using: &generator) ?? .rotate
        }
        let withHosts = Bool.random(using: &generator)
        let hosts = withHosts ? present.shuffled(using: &generator).prefix(tables).map { [$0.id] } : []
        let groupSizes: [Int?] = movements.map { _ in Int.random(in: 0..<4, using: &generator) == 0 ? 2 : nil }
        let agenda = SeatingFixtures.agenda(
            tables: tables, movements: movements, questions: Int.random(in: 1...3, using: &generator),
            perTable: Bool.random(using: &generator), hosts: hosts, groupSizes: groupSizes)
        let outcome = try AgendaSeating(agenda: agenda, participants: people, seed: seed).plan()
        #expect(SeatingFixtures.violations(outcome.rounds, agenda: agenda, participants: people) == [])
        // The methods' own rule book agrees.
        let plan = MethodPlan(agenda: agenda, seating: outcome.rounds)
        #expect(PlanRules.seating(plan, participants: present.map(\.id)).isEmpty)
        // The report counts what the seating holds.
        #expect(outcome.quality.repeatedPairs == SeatingFixtures.repeatedPairs(outcome.rounds, agenda: agenda))
        #expect(
            outcome.quality.sameInstitutionPairs
                == SeatingFixtures.sameInstitutionPairs(outcome.rounds, agenda: agenda, participants: people))
        #expect(outcome.quality.repeatedPairs >= outcome.quality.repeatedPairsLowerBound)
        #expect(outcome.quality.hardRuleViolations.isEmpty)
    }

    @Test func sameSeedSameSeatingAndTheSeedMatters() throws {
        var generator = SeededGenerator(seed: 5)
        let people = SeatingFixtures.roster(count: 30, institutions: 6, generator: &generator)
        let agenda = SeatingFixtures.agenda(tables: 5, movements: [.rotate, .rotate, .rotate], questions: 5)
        let first = try AgendaSeating(agenda: agenda, participants: people, seed: 3).plan()
        let again = try AgendaSeating(agenda: agenda, participants: people, seed: 3).plan()
        #expect(first == again)
        let seeds = try (4...8).map { try AgendaSeating(agenda: agenda, participants: people, seed: $0).plan().rounds }
        #expect(seeds.contains { $0 != first.rounds })
    }

    /// The reference workshop with its question rotation: the proven minimum of repeats, every
    /// question met by everyone, and no two people of one institution at a table.
    @Test func theReferenceWorkshopIsOptimalOnRepeatsAndMixesInstitutions() throws {
        let sizes = [6, 6, 5, 5, 4, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1]
        var people: [Participant] = []
        for (institution, size) in sizes.enumerated() {
            for _ in 0..<size {
                people.append(Participant(id: people.count + 1, name: "P\(people.count + 1)", institution: "Inst \(institution)"))
            }
        }
        let agenda = SeatingFixtures.agenda(tables: 6, movements: [.rotate, .rotate, .rotate], questions: 3)
        let outcome = try AgendaSeating(agenda: agenda, participants: people, seed: 1).plan()
        #expect(outcome.quality.repeatedPairsLowerBound == 80)
        #expect(outcome.quality.repeatedPairs == 80)
        #expect(outcome.quality.sameInstitutionPairs == 0)
        #expect(SeatingFixtures.sameInstitutionPairs(outcome.rounds, agenda: agenda, participants: people) == 0)
        for person in people {
            let questions = zip(outcome.rounds, agenda.rounds).compactMap { round, plan in
                round.table(of: person.id).flatMap { plan.assignment(forTable: $0)?.question }
            }
            #expect(Set(questions).count == 3, "person \(person.id) meets \(questions)")
        }
    }

    /// When every round holds one question everywhere (World Café), people visit new tables.
    @Test func oneQuestionPerRoundSendsPeopleToNewTables() throws {
        var generator = SeededGenerator(seed: 11)
        let people = SeatingFixtures.roster(count: 24, institutions: 5, generator: &generator)
        let hosts = (0..<4).map { [people[$0 * 6].id] }
        let agenda = SeatingFixtures.agenda(
            tables: 4, movements: [.rotate, .rotate, .rotate, .rotate], questions: 2, perTable: false, hosts: hosts)
        let outcome = try AgendaSeating(agenda: agenda, participants: people, seed: 2).plan()
        #expect(SeatingFixtures.violations(outcome.rounds, agenda: agenda, participants: people) == [])
        let hostIDs = Set(hosts.joined())
        for person in people where !hostIDs.contains(person.id) {
            let visited = outcome.rounds.compactMap { $0.table(of: person.id) }
            #expect(Set(visited).count == 4, "guest \(person.id) visits \(visited)")
        }
    }

    @Test func capacitiesAreRespected() throws {
        var generator = SeededGenerator(seed: 3)
        let people = SeatingFixtures.roster(count: 20, institutions: 4, generator: &generator)
        let agenda = SeatingFixtures.agenda(
            tables: 4, movements: [.rotate, .rotate], questions: 2, capacities: [3, nil, 8, 8])
        let outcome = try AgendaSeating(agenda: agenda, participants: people, seed: 1).plan()
        #expect(SeatingFixtures.violations(outcome.rounds, agenda: agenda, participants: people) == [])
        for round in outcome.rounds { #expect(round.participants(atTable: 1).count <= 3) }
        let small = SeatingFixtures.agenda(tables: 2, movements: [.rotate], questions: 1, capacities: [5, 5])
        #expect(throws: SeatingError.insufficientCapacity(people: 20, seats: 10)) {
            try AgendaSeating(agenda: small, participants: people, seed: 1).plan()
        }
    }

    @Test func institutionsAreComparedWithoutCaseOrAccents() throws {
        let people = (1...8).map { id in
            Participant(
                id: id, name: "P\(id)",
                institution: id <= 4 ? ["Dirección", "direccion", "DIRECCIÓN ", "Dirección"][id - 1] : "Otra \(id)")
        }
        let agenda = SeatingFixtures.agenda(tables: 4, movements: [.rotate], questions: 1)
        let outcome = try AgendaSeating(agenda: agenda, participants: people, seed: 1).plan()
        // Four people of one institution at four tables: one each.
        for table in outcome.rounds[0].tables { #expect(table.participants.filter { $0 <= 4 }.count == 1) }
        #expect(outcome.quality.sameInstitutionPairs == 0)
    }

    @Test func subGroupsSpreadInstitutions() {
        let institution: (Int) -> String = { $0 <= 3 ? "A" : "B\($0)" }
        let groups = SubGroups.split([1, 2, 3, 4, 5, 6, 7], size: 2, institution: institution)
        #expect(groups.count == 3)
        #expect(groups.flatMap { $0 }.sorted() == Array(1...7))
        #expect(groups.allSatisfy { group in group.filter { $0 <= 3 }.count == 1 })
        #expect(SubGroups.split([1, 2, 3], size: 1, institution: institution) == [[1], [2], [3]])
        #expect(SubGroups.split([1, 2, 3], size: 4, institution: institution) == [[1, 2, 3]])
        #expect(SubGroups.split([], size: 2, institution: institution) == [])
    }

    @Test func qualityOfAnyRecordedSeating() throws {
        var generator = SeededGenerator(seed: 9)
        let people = SeatingFixtures.roster(count: 12, institutions: 3, generator: &generator)
        // One question per round for all tables: the question rule is about visiting new tables.
        let agenda = SeatingFixtures.agenda(tables: 3, movements: [.rotate, .rotate], questions: 2, perTable: false)
        // Everyone at the same tables twice: every pair at a table repeats once, and everybody
        // returns to a table they know while two others are new.
        let fixed = (1...2).map { round in
            RoundSeating(
                round: round, tables: (1...3).map { TableSeating(table: $0, participants: Array((($0 - 1) * 4 + 1)...($0 * 4))) })
        }
        let quality = try #require(AgendaSeating(agenda: agenda, participants: people, seed: 1).quality(of: fixed))
        #expect(quality.repeatedPairs == 18)
        #expect(quality.maximumMeetings == 2)
        #expect(quality.coverageViolations == 12)
    }
}
