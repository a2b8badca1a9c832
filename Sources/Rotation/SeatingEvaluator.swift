/// Scores a complete seating against a problem from scratch, independent of the search's
/// incremental bookkeeping, and checks the hard rules.
enum SeatingEvaluator {
    static func report(
        context: PlanningContext,
        bounds: SeatingBounds,
        rounds: [[[Int]]],
        method: String
    ) -> SeatingReport {
        let problem = context.problem
        let n = problem.people.count
        let first = problem.finishedRounds.count
        var violations: [String] = []
        if rounds.count != problem.roundCount {
            violations.append("plan has \(rounds.count) rounds, expected \(problem.roundCount)")
        }
        for (round, finished) in problem.finishedRounds.enumerated() where round < rounds.count {
            if rounds[round] != finished { violations.append("finished round \(round) was changed") }
        }
        var meet = Array(repeating: UInt16(0), count: n * n)
        var sameInstitution = 0
        var sameRegion = 0
        var spread = 0
        var overCapacity = 0
        var coverageViolations = 0
        var visited = context.coverage?.visitedBefore ?? []
        for (round, tables) in rounds.enumerated() {
            var seen = Array(repeating: 0, count: n)
            for group in tables {
                var institutions: [Int: Int] = [:]
                var regions: [Int: Int] = [:]
                for (i, a) in group.enumerated() where (0..<n).contains(a) {
                    seen[a] += 1
                    if let k = problem.people[a].institution { institutions[k, default: 0] += 1 }
                    if let k = problem.people[a].region { regions[k, default: 0] += 1 }
                    for b in group[(i + 1)...] where (0..<n).contains(b) && b != a {
                        meet[a * n + b] &+= 1
                        meet[b * n + a] &+= 1
                    }
                }
                for c in institutions.values { sameInstitution += c * (c - 1) / 2 }
                for c in regions.values { sameRegion += c * (c - 1) / 2 }
            }
            guard round >= first else { continue }
            if tables.count != problem.tableCount {
                violations.append("round \(round) has \(tables.count) tables, expected \(problem.tableCount)")
                continue
            }
            for p in 0..<n {
                let expected = problem.people[p].isPresent ? 1 : 0
                if seen[p] != expected {
                    violations.append("round \(round) seats person \(p) \(seen[p]) times, expected \(expected)")
                }
            }
            for group in tables {
                for a in group where !(0..<n).contains(a) {
                    violations.append("round \(round) seats unknown person \(a)")
                }
            }
            for p in 0..<n {
                if let host = problem.hostTable(of: p), !tables[host].contains(p) {
                    violations.append("round \(round) moves host \(p) away from table \(host)")
                }
            }
            let sizes = tables.map(\.count)
            spread = max(spread, (sizes.max() ?? 0) - (sizes.min() ?? 0))
            if let capacities = problem.capacities {
                for (t, size) in sizes.enumerated() where size > capacities[t] { overCapacity += 1 }
            }
            if let coverage = context.coverage {
                for (t, group) in tables.enumerated() {
                    let bit = coverage.bit(round: round, table: t)
                    for p in group where (0..<n).contains(p) {
                        if context.movable[p], coverage.isViolation(round: round, bit: bit, visited: visited[p]) {
                            coverageViolations += 1
                        }
                    }
                }
                for (t, group) in tables.enumerated() {
                    for p in group where (0..<n).contains(p) { visited[p] |= coverage.bit(round: round, table: t) }
                }
            }
        }
        var repeats = 0
        var maximum = 0
        var squares = 0
        for a in 0..<n {
            for b in (a + 1)..<max(a + 1, n) {
                let m = Int(meet[a * n + b])
                repeats += max(0, m - 1)
                maximum = max(maximum, m)
                squares += m * m
            }
        }
        var contactsMin = Int.max
        var contactsTotal = 0
        for p in context.present {
            var distinct = 0
            for q in 0..<n where q != p && meet[p * n + q] > 0 { distinct += 1 }
            contactsMin = min(contactsMin, distinct)
            contactsTotal += distinct
        }
        let presentCount = context.present.count
        return SeatingReport(
            repeatedPairs: repeats,
            repeatedPairsLowerBound: bounds.repeatedPairs,
            repeatedPairsBoundReason: bounds.repeatedPairsReason,
            maximumMeetings: maximum,
            sumOfSquaredMeetings: squares,
            sameInstitutionPairs: sameInstitution,
            sameInstitutionPairsLowerBound: bounds.institutionPairs,
            sameRegionPairs: sameRegion,
            sameRegionPairsLowerBound: bounds.regionPairs,
            newContactsMinimum: presentCount == 0 ? 0 : contactsMin,
            newContactsMean: presentCount == 0 ? 0 : (Double(contactsTotal) / Double(presentCount) * 100).rounded() / 100,
            tableSizeSpread: spread,
            capacityViolations: overCapacity,
            coverageViolations: coverageViolations,
            hardRuleViolations: violations,
            plannedRounds: max(0, rounds.count - first),
            method: method
        )
    }
}
