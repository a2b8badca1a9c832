/// Facts derived once from a validated ``SeatingProblem`` and shared by every planning stage.
struct PlanningContext: Sendable {
    let problem: SeatingProblem
    let layout: TableLayout
    /// `movable[p]`: present and not a host.
    let movable: [Bool]
    let movableList: [Int]
    let present: [Int]
    /// `hosts[t]`: present hosts of table `t`.
    let hosts: [[Int]]
    let institution: [Int32]
    let institutionKinds: Int
    let region: [Int32]
    let regionKinds: Int
    /// Per region, the largest count at one table that a perfectly even spread needs.
    let regionLimit: [Int32]
    let coverage: QuestionCoverage?
    /// Meeting counts from finished rounds, `n * n`.
    let historyMeetings: [UInt16]

    init(problem: SeatingProblem) {
        self.problem = problem
        let n = problem.people.count
        var hosts = Array(repeating: [Int](), count: problem.tableCount)
        var movable = Array(repeating: false, count: n)
        var present: [Int] = []
        for p in 0..<n where problem.people[p].isPresent {
            present.append(p)
            if let t = problem.hostTable(of: p) { hosts[t].append(p) } else { movable[p] = true }
        }
        self.hosts = hosts
        self.movable = movable
        self.present = present
        movableList = present.filter { movable[$0] }
        layout = TableLayout(seated: present.count, hosts: hosts.map(\.count), capacities: problem.capacities)

        // Dense indices 0..<kinds for the institutions and regions that occur.
        func dense(_ values: [Int?]) -> ([Int32], Int) {
            var index: [Int: Int32] = [:]
            for value in values.compactMap({ $0 }).sorted() where index[value] == nil {
                index[value] = Int32(index.count)
            }
            return (values.map { $0.flatMap { index[$0] } ?? -1 }, index.count)
        }
        (institution, institutionKinds) = dense(problem.people.map(\.institution))
        (region, regionKinds) = dense(problem.people.map(\.region))
        var regionTotals = Array(repeating: 0, count: regionKinds)
        for p in present where region[p] >= 0 { regionTotals[Int(region[p])] += 1 }
        let tables = problem.tableCount
        regionLimit = regionTotals.map { Int32(($0 + tables - 1) / tables) }
        coverage = QuestionCoverage(problem: problem)

        var meetings = Array(repeating: UInt16(0), count: n * n)
        for round in problem.finishedRounds {
            for group in round {
                for i in group.indices {
                    for j in group.indices where j > i {
                        meetings[group[i] * n + group[j]] &+= 1
                        meetings[group[j] * n + group[i]] &+= 1
                    }
                }
            }
        }
        historyMeetings = meetings
    }
}
