import Testing

@testable import Engine

@Suite struct RotatingSeatingTests {
    /// An agenda of `tables` tables over `questions` questions spread evenly, for `rounds` rounds.
    static func agenda(
        tables: Int, questions: Int, rounds: Int, hosts: [Int: Int] = [:], movements: [RoundMovement] = []
    ) -> Agenda {
        Agenda(
            tables: (1...tables).map { number in
                WorkshopTable(
                    number: number, name: String(number), hosts: hosts.filter { $0.value == number }.map(\.key).sorted())
            },
            questions: (1...questions).map {
                Question(number: $0, title: LocalizedText("Q\($0)"), text: LocalizedText("Q\($0)"))
            },
            canvases: [Canvas(id: "c", title: LocalizedText("C"), sections: [CanvasSection(id: "s", title: LocalizedText("S"))])],
            phases: (1...rounds).map { Phase(kind: .round, title: LocalizedText("R\($0)"), plannedSeconds: 600, round: $0) },
            rounds: (1...rounds).map { round in
                RoundPlan(
                    round: round,
                    assignments: (1...tables).map {
                        TableAssignment(
                            table: $0, question: Question.spread(table: $0, round: round, tables: tables, count: questions),
                            canvas: "c")
                    },
                    movement: round - 1 < movements.count ? movements[round - 1] : .rotate)
            },
            voting: nil)
    }

    static func violations(_ agenda: Agenda, people: Int) -> [PlanViolation] {
        let ids = Array(1...people)
        return PlanRules.violations(
            of: MethodPlan(agenda: agenda, seating: RotatingSeating.plan(participants: ids, agenda: agenda)), participants: ids)
    }

    @Test(arguments: [(1, 1), (2, 1), (6, 3), (7, 3), (12, 5), (20, 6), (56, 6), (57, 6), (59, 12), (100, 9)])
    func hardRulesHold(people: Int, tables: Int) {
        for questions in [1, 2, 3] {
            for rounds in [1, 3, 4] {
                let agenda = Self.agenda(tables: tables, questions: questions, rounds: rounds)
                #expect(
                    Self.violations(agenda, people: people).isEmpty,
                    "\(people) people, \(tables) tables, \(questions) questions, \(rounds) rounds")
            }
        }
    }

    @Test(arguments: Array(18...80))
    func everyoneMeetsEveryQuestionWhenTablesAreAMultipleOfTheQuestions(people: Int) {
        for (tables, questions) in [(3, 3), (6, 3), (6, 2), (8, 4), (9, 3)] where people >= tables {
            let agenda = Self.agenda(tables: tables, questions: questions, rounds: questions)
            let seating = RotatingSeating.plan(participants: Array(1...people), agenda: agenda)
            var met: [Int: Set<Int>] = [:]
            for (round, seats) in zip(agenda.rounds, seating) {
                for table in seats.tables {
                    for person in table.participants {
                        met[person, default: []].insert(round.assignment(forTable: table.table)?.question ?? 0)
                    }
                }
            }
            let missing = met.filter { $0.value.count != questions }.keys.sorted()
            #expect(missing.isEmpty, "\(people) people at \(tables) tables, \(questions) questions: \(missing.count) miss some")
        }
    }

    @Test func hostsStayAndCountInTheTableSize() {
        let hosts = [5: 1, 9: 2, 13: 3, 40: 4]
        let agenda = Self.agenda(tables: 4, questions: 1, rounds: 3, hosts: hosts)
        let seating = RotatingSeating.plan(participants: Array(1...41), agenda: agenda)
        for round in seating {
            for (host, table) in hosts { #expect(round.table(of: host) == table) }
            let sizes = round.tables.map(\.participants.count)
            #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
            #expect(round.tables.allSatisfy { $0.participants.first.map { hosts[$0] != nil } ?? false }, "hosts are listed first")
        }
        #expect(Self.violations(agenda, people: 41).isEmpty)
        // An absent host leaves the table to the others.
        let present = Array(1...41).filter { $0 != 9 }
        let withoutHost = RotatingSeating.plan(participants: present, agenda: agenda)
        #expect(PlanRules.violations(of: MethodPlan(agenda: agenda, seating: withoutHost), participants: present).isEmpty)
    }

    @Test func stayKeepsTablesAndHomeRestoresTheFirstRound() {
        let agenda = Self.agenda(tables: 5, questions: 1, rounds: 4, movements: [.rotate, .stay, .rotate, .home])
        let seating = RotatingSeating.plan(participants: Array(1...31), agenda: agenda)
        #expect(seating[1].tables == seating[0].tables)
        #expect(seating[2].tables != seating[1].tables)
        #expect(seating[3].tables == seating[0].tables)
        #expect(Self.violations(agenda, people: 31).isEmpty)
    }

    @Test func guestsMoveOnAndTablematesScatter() {
        let agenda = Self.agenda(tables: 6, questions: 1, rounds: 3)
        let seating = RotatingSeating.plan(participants: Array(1...56), agenda: agenda)
        for person in 1...56 {
            let tables = seating.map { $0.table(of: person) }
            #expect(Set(tables).count == 3, "participant \(person) sat at \(tables)")
        }
        // Round 1 tablemates are spread: about two of them (never more than three) meet
        // again at one table.
        var together: [Int] = []
        for table in seating[0].tables {
            for later in seating[1].tables where later.table != table.table {
                together.append(Set(table.participants).intersection(later.participants).count)
            }
        }
        #expect(together.allSatisfy { $0 <= 3 }, "\(together)")
        #expect(together.filter { $0 == 3 }.count <= 4, "\(together)")
    }

    @Test func balancedSizesMoveTheExtraSeats() {
        #expect(RotatingSeating.balancedSizes(total: 56, hosts: [0, 0, 0, 0, 0, 0], shift: 0) == [10, 10, 9, 9, 9, 9])
        #expect(RotatingSeating.balancedSizes(total: 56, hosts: [0, 0, 0, 0, 0, 0], shift: 1) == [9, 9, 10, 10, 9, 9])
        #expect(RotatingSeating.balancedSizes(total: 10, hosts: [0, 0, 4], shift: 0) == [3, 3, 4])
        #expect(RotatingSeating.balancedSizes(total: 3, hosts: [0, 0, 0, 0], shift: 0) == [1, 1, 1, 0])
    }
}
