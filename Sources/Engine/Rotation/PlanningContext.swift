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

        institution = problem.people.map { Int32($0.institution ?? -1) }
        institutionKinds = Int(institution.max() ?? -1) + 1
        region = problem.people.map { Int32($0.region ?? -1) }
        regionKinds = Int(region.max() ?? -1) + 1
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
