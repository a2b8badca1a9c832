import Foundation
import Testing

@testable import Rotation

@Suite struct RotationReportTests {
    @Test func jsonRoundTrip() throws {
        let plan = try SeatingPlanner().mix(people: 12, groups: 3, rounds: 3, seed: 5)
        let data = try plan.report.jsonData()
        let decoded = try JSONDecoder().decode(SeatingReport.self, from: data)
        #expect(decoded == plan.report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"repeatedPairsLowerBound\""))
        #expect(text.contains("\"zeroRepeatsImpossible\" : true"))
    }

    @Test func entriesShowTheBoundWhenZeroIsImpossible() throws {
        let impossible = try SeatingPlanner().mix(people: 12, groups: 3, rounds: 2)
        let value = impossible.report.entries.first { $0.key == "repeated_pairs" }?.value ?? ""
        #expect(value.contains("lower bound 3"))
        let possible = try SeatingPlanner().mix(people: 12, groups: 4, rounds: 2)
        #expect(possible.report.entries.first { $0.key == "repeated_pairs" }?.value == "0")
        #expect(Set(possible.report.entries.map(\.key)).count == possible.report.entries.count)
    }

    @Test func evaluateFindsBrokenRules() throws {
        var people = (0..<6).map { _ in SeatingProblem.Person() }
        people[0].hostTable = 0
        people[5].isPresent = false
        let problem = SeatingProblem(
            people: people, tableCount: 2, roundCount: 2, finishedRounds: [[[0, 1, 2], [3, 4, 5]]])
        let broken = [[[0, 1, 2], [3, 4, 5]], [[1, 2, 3], [0, 4, 5]]]
        let report = try SeatingPlanner.evaluate(problem, rounds: broken)
        #expect(report.hardRuleViolations.contains { $0.contains("host 0") })
        #expect(report.hardRuleViolations.contains { $0.contains("person 5") })
        let changed = [[[0, 1, 3], [2, 4, 5]], [[0, 2, 4], [1, 3]]]
        #expect(
            try SeatingPlanner.evaluate(problem, rounds: changed).hardRuleViolations.contains {
                $0.contains("finished round 0")
            })
        let fine = [[[0, 1, 2], [3, 4, 5]], [[0, 3, 4], [1, 2]]]
        let good = try SeatingPlanner.evaluate(problem, rounds: fine)
        #expect(good.hardRuleViolations.isEmpty)
        #expect(good.repeatedPairs == 2)  // {1, 2} and {3, 4} met twice
        #expect(good.maximumMeetings == 2)
        #expect(good.newContactsMinimum == 2)  // 1 and 2 only ever met 0 and each other
    }
}
