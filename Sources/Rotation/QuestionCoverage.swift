/// The question-coverage rule: nobody sits at a question they already visited while a question
/// held in that round is still unvisited by them. Hosts are exempt (they never move).
///
/// Questions are mapped to bits of a `UInt64`, so at most 64 distinct question ids are supported.
struct QuestionCoverage: Sendable {
    /// `tableBit[round * tables + table]`: the question bit held at that table.
    let tableBit: [UInt64]
    /// `held[round]`: all questions held in that round.
    let held: [UInt64]
    /// Questions visited by each person during finished rounds.
    let visitedBefore: [UInt64]
    /// Distinct question ids, in bit order.
    let questionIDs: [Int]
    let tables: Int

    init?(problem: SeatingProblem) {
        guard let questions = problem.questions else { return nil }
        var ids: [Int] = []
        var bitOf: [Int: Int] = [:]
        for row in questions {
            for id in row where bitOf[id] == nil {
                bitOf[id] = ids.count
                ids.append(id)
            }
        }
        tables = problem.tableCount
        questionIDs = ids
        var tableBit: [UInt64] = []
        var held: [UInt64] = []
        for row in questions {
            var mask: UInt64 = 0
            for id in row {
                let bit: UInt64 = 1 << UInt64(bitOf[id] ?? 0)
                tableBit.append(bit)
                mask |= bit
            }
            held.append(mask)
        }
        self.tableBit = tableBit
        self.held = held
        var visited = Array(repeating: UInt64(0), count: problem.people.count)
        for (round, seating) in problem.finishedRounds.enumerated() {
            for (table, people) in seating.enumerated() {
                for person in people { visited[person] |= tableBit[round * tables + table] }
            }
        }
        visitedBefore = visited
    }

    /// The question bit of `table` in (absolute) `round`.
    @inline(__always)
    func bit(round: Int, table: Int) -> UInt64 { tableBit[round * tables + table] }

    /// Whether sitting at a question with bit `bit` in `round`, having visited `visited`, breaks the rule.
    @inline(__always)
    func isViolation(round: Int, bit: UInt64, visited: UInt64) -> Bool {
        (visited & bit) != 0 && (held[round] & ~visited) != 0
    }

    /// Violations of the rule along one person's tables in consecutive rounds starting at `firstRound`.
    func violations(person: Int, firstRound: Int, tables seats: [Int]) -> Int {
        var visited = visitedBefore[person]
        var count = 0
        for (offset, table) in seats.enumerated() where table >= 0 {
            let round = firstRound + offset
            let bit = self.bit(round: round, table: table)
            if isViolation(round: round, bit: bit, visited: visited) { count += 1 }
            visited |= bit
        }
        return count
    }
}
