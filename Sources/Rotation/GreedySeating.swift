/// A fast constructive start: round by round, every movable person takes the table that adds
/// the least to the objective, after hosts are placed and (with questions) after each group of
/// people with the same visited questions was split evenly over the questions still new to them.
enum GreedySeating {
    /// The cost of seating one person at one table, compared lexicographically.
    private struct Key: Comparable {
        var coverage = 0
        var offTarget = 0
        var repeats = 0
        var squares = 0
        var institution = 0
        var region = 0
        var fill = 0

        static func < (lhs: Key, rhs: Key) -> Bool {
            let left = (lhs.coverage, lhs.offTarget, lhs.repeats, lhs.squares)
            let right = (rhs.coverage, rhs.offTarget, rhs.repeats, rhs.squares)
            if left != right { return left < right }
            return (lhs.institution, lhs.region, lhs.fill) < (rhs.institution, rhs.region, rhs.fill)
        }
    }

    /// Seats planned rounds `start..<rounds` given `prefix` (the already seated planned rounds,
    /// `prefix[r][p]`). Returns all planned rounds.
    static func seat(
        context: PlanningContext,
        rounds: Int,
        prefix: [[Int]] = [],
        generator: inout SeededGenerator
    ) -> [[Int]] {
        let problem = context.problem
        let n = problem.people.count
        let tables = problem.tableCount
        let layout = context.layout
        let first = problem.finishedRounds.count
        var meet = context.historyMeetings
        var visited = context.coverage?.visitedBefore ?? Array(repeating: 0, count: n)
        var result = prefix

        func record(_ assignment: [Int], round absolute: Int) {
            var groups = Array(repeating: [Int](), count: tables)
            for p in 0..<n where assignment[p] >= 0 { groups[assignment[p]].append(p) }
            for group in groups {
                for i in group.indices {
                    for j in group.indices where j > i {
                        meet[group[i] * n + group[j]] &+= 1
                        meet[group[j] * n + group[i]] &+= 1
                    }
                }
            }
            if let coverage = context.coverage {
                for p in 0..<n where assignment[p] >= 0 {
                    visited[p] |= coverage.bit(round: absolute, table: assignment[p])
                }
            }
        }
        for (r, assignment) in prefix.enumerated() { record(assignment, round: first + r) }

        for r in prefix.count..<rounds {
            let absolute = first + r
            var assignment = Array(repeating: -1, count: n)
            var members = Array(repeating: [Int](), count: tables)
            var institutionAt = Array(repeating: [Int: Int](), count: tables)
            var regionAt = Array(repeating: [Int: Int](), count: tables)
            func place(_ p: Int, _ t: Int) {
                assignment[p] = t
                members[t].append(p)
                if context.institution[p] >= 0 { institutionAt[t][Int(context.institution[p]), default: 0] += 1 }
                if context.region[p] >= 0 { regionAt[t][Int(context.region[p]), default: 0] += 1 }
            }
            for t in 0..<tables { for h in context.hosts[t] { place(h, t) } }
            var extrasLeft = layout.extraSeats
            for t in 0..<tables where members[t].count > layout.low[t] { extrasLeft -= 1 }

            let target = context.coverage.map {
                targetQuestions(context: context, coverage: $0, round: absolute, visited: visited)
            }
            let order = context.movableList.shuffled(using: &generator)
            for p in order {
                var best = -1
                var bestKey = Key()
                var ties = 0
                for t in 0..<tables {
                    let count = members[t].count
                    if count >= layout.high[t] { continue }
                    if count >= layout.low[t] && extrasLeft <= 0 { continue }
                    var key = Key()
                    if let coverage = context.coverage {
                        let bit = coverage.bit(round: absolute, table: t)
                        key.coverage = coverage.isViolation(round: absolute, bit: bit, visited: visited[p]) ? 1 : 0
                        key.offTarget = (target?[p] ?? 0) & Int(truncatingIfNeeded: bit) != 0 ? 0 : 1
                    }
                    for x in members[t] {
                        let m = Int(meet[p * n + x])
                        if m >= 1 { key.repeats += 1 }
                        key.squares += 2 * m + 1
                    }
                    let i = Int(context.institution[p])
                    key.institution = i >= 0 ? institutionAt[t][i, default: 0] : 0
                    let g = Int(context.region[p])
                    key.region = g >= 0 ? regionAt[t][g, default: 0] : 0
                    key.fill = count - layout.low[t]
                    if best < 0 || key < bestKey {
                        best = t
                        bestKey = key
                        ties = 1
                    } else if key == bestKey {
                        ties += 1
                        if Int.random(in: 0..<ties, using: &generator) == 0 { best = t }
                    }
                }
                // A table always has room: seats sum to the number of people.
                guard best >= 0 else { continue }
                if members[best].count >= layout.low[best] { extrasLeft -= 1 }
                place(p, best)
            }
            record(assignment, round: absolute)
            result.append(assignment)
        }
        return result
    }

    /// For each movable person, a bit mask (as `Int`) of the question they should take in
    /// `round`: people with the same visited set are split evenly over their unvisited
    /// questions, filling the questions with the most free seats first.
    private static func targetQuestions(
        context: PlanningContext,
        coverage: QuestionCoverage,
        round: Int,
        visited: [UInt64]
    ) -> [Int] {
        let tables = context.problem.tableCount
        var free: [UInt64: Int] = [:]
        for t in 0..<tables {
            free[coverage.bit(round: round, table: t), default: 0] += context.layout.high[t] - context.hosts[t].count
        }
        var groups: [UInt64: [Int]] = [:]
        for p in context.movableList { groups[visited[p], default: []].append(p) }
        let ordered = groups.sorted { lhs, rhs in
            lhs.value.count != rhs.value.count ? lhs.value.count > rhs.value.count : lhs.key < rhs.key
        }
        var target = Array(repeating: 0, count: context.problem.people.count)
        let held = coverage.held[round]
        for (mask, people) in ordered {
            var allowed = held & ~mask
            if allowed == 0 { allowed = held }
            var bits: [UInt64] = []
            var rest = allowed
            while rest != 0 {
                let bit = rest & (~rest &+ 1)
                bits.append(bit)
                rest &= rest &- 1
            }
            for p in people {
                var choice = bits[0]
                for bit in bits where free[bit, default: 0] > free[choice, default: 0] { choice = bit }
                free[choice, default: 0] -= 1
                target[p] = Int(truncatingIfNeeded: choice)
            }
        }
        return target
    }
}
