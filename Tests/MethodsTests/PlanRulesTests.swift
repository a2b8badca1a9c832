import Engine
import Testing

@Suite struct PlanRulesTests {
    static let agenda = RotatingSeatingTests.agenda(tables: 3, questions: 3, rounds: 2, hosts: [1: 1])

    static func rules(_ seating: [RoundSeating], agenda: Agenda = agenda, people: Int = 9) -> [PlanViolation.Rule] {
        PlanRules.violations(of: MethodPlan(agenda: agenda, seating: seating), participants: Array(1...people)).map(\.rule)
    }

    static func round(_ number: Int, _ tables: [[Int]]) -> RoundSeating {
        RoundSeating(round: number, tables: tables.enumerated().map { TableSeating(table: $0 + 1, participants: $1) })
    }

    @Test func aValidPlanPasses() {
        #expect(
            Self.rules([
                Self.round(1, [[1, 2, 3], [4, 5, 6], [7, 8, 9]]), Self.round(2, [[1, 5, 9], [2, 6, 7], [3, 4, 8]]),
            ]).isEmpty)
    }

    @Test func brokenSeatingsAreCaught() {
        // Someone without a table, someone at two, a stranger.
        #expect(
            Self.rules([Self.round(1, [[1, 2, 3], [4, 5, 6], [7, 8]]), Self.round(2, [[1, 5, 9], [2, 6, 7], [3, 4, 8]])])
                .contains(.seating))
        #expect(
            Self.rules([
                Self.round(1, [[1, 2, 3], [4, 5, 6], [7, 8, 9, 2]]), Self.round(2, [[1, 5, 9], [2, 6, 7], [3, 4, 8]]),
            ]).contains(.seating))
        #expect(
            Self.rules([
                Self.round(1, [[1, 2, 3], [4, 5, 6], [7, 8, 99]]), Self.round(2, [[1, 5, 9], [2, 6, 7], [3, 4, 8]]),
            ]).contains(.seating))
        // Sizes 4, 3, 2.
        #expect(
            Self.rules([
                Self.round(1, [[1, 2, 3, 4], [5, 6, 7], [8, 9]]), Self.round(2, [[1, 5, 9], [2, 6, 7], [3, 4, 8]]),
            ]) == [.seating])
        // The host moves.
        #expect(
            Self.rules([
                Self.round(1, [[1, 2, 3], [4, 5, 6], [7, 8, 9]]), Self.round(2, [[2, 5, 9], [1, 6, 7], [3, 4, 8]]),
            ]) == [.hosts])
        // A missing round.
        #expect(Self.rules([Self.round(1, [[1, 2, 3], [4, 5, 6], [7, 8, 9]])]) == [.seating])
    }

    @Test func brokenAgendasAreCaught() {
        var agenda = Self.agenda
        agenda.phases[0].plannedSeconds = 0
        #expect(Self.rules([], agenda: agenda).contains(.durations))
        agenda = Self.agenda
        agenda.rounds[1].assignments.removeLast()
        #expect(Self.rules([], agenda: agenda).contains(.tables))
        agenda = Self.agenda
        agenda.rounds[0].assignments[0].canvas = "missing"
        #expect(Self.rules([], agenda: agenda).contains(.tables))
        agenda = Self.agenda
        agenda.voting = VotingPlan(rule: .dots, keep: 3)
        #expect(Self.rules([], agenda: agenda).contains(.voting))
        agenda = Self.agenda
        agenda.tables[1].hosts = [1]
        #expect(Self.rules([], agenda: agenda).contains(.hosts))
        // An absent host is no violation: the table goes to the others.
        agenda = Self.agenda
        agenda.tables[1].hosts = [42]
        #expect(!Self.rules([], agenda: agenda).contains(.hosts))
    }

    @Test func staysAndSubGroupsAreChecked() {
        var agenda = Self.agenda
        agenda.rounds[1].movement = .stay
        agenda.tables[0].hosts = []
        let moved = [Self.round(1, [[1, 2, 3], [4, 5, 6], [7, 8, 9]]), Self.round(2, [[1, 5, 9], [2, 6, 7], [3, 4, 8]])]
        #expect(Set(Self.rules(moved, agenda: agenda)) == [.seating])
        agenda.rounds[1].movement = .rotate
        agenda.rounds[1].groupSize = 2
        var grouped = moved
        grouped[1].tables[0].groups = [[1, 5], [9]]
        grouped[1].tables[1].groups = [[2, 6], [7]]
        grouped[1].tables[2].groups = [[3, 4], [4]]
        #expect(Self.rules(grouped, agenda: agenda) == [.seating])
    }
}
