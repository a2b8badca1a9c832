@testable import Rotation

/// Independent re-implementations of the quantities the planner reports, for cross-checking.
enum RotationCheck {
    /// Meeting count of every pair `(a, b)`, `a < b`, over the given rounds.
    static func meetings(_ rounds: [[[Int]]]) -> [Pair: Int] {
        var result: [Pair: Int] = [:]
        for round in rounds {
            for group in round {
                for a in group {
                    for b in group where a < b { result[Pair(a, b), default: 0] += 1 }
                }
            }
        }
        return result
    }

    static func repeatedPairs(_ rounds: [[[Int]]]) -> Int {
        meetings(rounds).values.reduce(0) { $0 + max(0, $1 - 1) }
    }

    static func sameKindPairs(_ rounds: [[[Int]]], kind: (Int) -> Int?) -> Int {
        var total = 0
        for round in rounds {
            for group in round {
                for a in group {
                    for b in group where a < b {
                        if let ka = kind(a), let kb = kind(b), ka == kb { total += 1 }
                    }
                }
            }
        }
        return total
    }

    /// Hard-rule violations of `plan` for `problem`, checked from first principles.
    static func hardRuleViolations(_ problem: SeatingProblem, _ rounds: [[[Int]]]) -> [String] {
        var problems: [String] = []
        if rounds.count != problem.roundCount { problems.append("round count \(rounds.count)") }
        for (r, finished) in problem.finishedRounds.enumerated() where r < rounds.count && rounds[r] != finished {
            problems.append("finished round \(r) changed")
        }
        let present = Set(problem.people.indices.filter { problem.people[$0].isPresent })
        for r in problem.finishedRounds.count..<rounds.count {
            let round = rounds[r]
            if round.count != problem.tableCount { problems.append("round \(r): \(round.count) tables") }
            let seated = round.flatMap { $0 }
            if seated.count != Set(seated).count { problems.append("round \(r): someone seated twice") }
            if Set(seated) != present { problems.append("round \(r): seated set differs from present set") }
            for (p, person) in problem.people.enumerated() where person.isPresent {
                if let host = person.hostTable, !(round.indices.contains(host) && round[host].contains(p)) {
                    problems.append("round \(r): host \(p) moved")
                }
            }
            // As even as possible: a person could move from table i to table j unless table j
            // is full or table i holds only hosts.
            let sizes = round.map(\.count)
            for i in sizes.indices {
                if let capacities = problem.capacities, sizes[i] > capacities[i] {
                    problems.append("round \(r): table \(i) over capacity")
                }
                for j in sizes.indices where sizes[i] > sizes[j] + 1 {
                    let full = problem.capacities.map { sizes[j] >= $0[j] } ?? false
                    if !full && hostCount(problem, i) < sizes[i] {
                        problems.append("round \(r): uneven sizes \(sizes)")
                    }
                }
            }
        }
        return problems
    }

    static func hostCount(_ problem: SeatingProblem, _ table: Int) -> Int {
        problem.people.filter { $0.isPresent && $0.hostTable == table }.count
    }

    /// Question-coverage violations in planned rounds, by the rule's wording.
    static func coverageViolations(_ problem: SeatingProblem, _ rounds: [[[Int]]]) -> Int {
        guard let questions = problem.questions else { return 0 }
        var visited = Array(repeating: Set<Int>(), count: problem.people.count)
        var count = 0
        for (r, round) in rounds.enumerated() {
            let held = Set(questions[r])
            for (t, group) in round.enumerated() {
                let q = questions[r][t]
                for p in group {
                    let isHost = problem.people[p].isPresent && problem.people[p].hostTable != nil
                    if r >= problem.finishedRounds.count, !isHost, visited[p].contains(q),
                        !held.subtracting(visited[p]).isEmpty
                    {
                        count += 1
                    }
                }
            }
            for (t, group) in round.enumerated() { for p in group { visited[p].insert(questions[r][t]) } }
        }
        return count
    }
}

/// An unordered pair of people, stored with `a < b`.
struct Pair: Hashable {
    let a: Int
    let b: Int
    init(_ x: Int, _ y: Int) {
        a = min(x, y)
        b = max(x, y)
    }
}
