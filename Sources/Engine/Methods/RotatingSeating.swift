/// A simple, fast seating that satisfies the hard rules for any agenda (the default before the
/// seating planner, ``AgendaSeating``, which methods now get; kept as a baseline):
///
/// - every participant sits at exactly one table in every round;
/// - table sizes (hosts included) differ by at most one in every round;
/// - hosts (``WorkshopTable/hosts``) sit at their table in every round;
/// - rounds that ``RoundMovement/stay`` keep the previous round's tables, and rounds that go
///   ``RoundMovement/home`` restore round 1's.
///
/// Round 1 deals people over the tables in roster order (a roster grouped by institution
/// comes out mixed). In each later round that rotates, people with the same history of
/// questions are sent, as groups, to the tables whose questions they have discussed least
/// (a minimum-cost transport), so that when tables hold different questions everyone meets
/// a new question each round whenever the seats allow it; within a group, people who sat
/// together are spread over different tables and nobody returns to a table they sat at
/// before when a swap avoids it. Which tables take one extra person moves on every round, so that over
/// the rounds each question's tables receive their fair share of people.
///
/// The encounter-maximising planner (`Sources/Rotation`, through ``AgendaSeating``) improves on
/// this; the rules stay the same.
public enum RotatingSeating {
    /// Seats `participants` (ids) for every round of `agenda`.
    public static func plan(participants: [Int], agenda: Agenda) -> [RoundSeating] {
        let tables = agenda.tables.map(\.number)
        guard !tables.isEmpty else { return [] }
        var seen: Set<Int> = []
        let people = participants.filter { seen.insert($0).inserted }
        let order = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1, $0) })

        // Hosts who are present, each at one table only.
        var hostSet: Set<Int> = []
        let hosts: [[Int]] = agenda.tables.map { table in
            table.hosts.filter { order[$0] != nil && hostSet.insert($0).inserted }
        }
        let movable = people.filter { !hostSet.contains($0) }
        let questionIndex = Dictionary(
            uniqueKeysWithValues: Set(agenda.rounds.flatMap { $0.assignments.map(\.question) }).sorted().enumerated().map {
                ($1, $0)
            })

        var visits = [[Int]](repeating: [Int](repeating: 0, count: questionIndex.count), count: movable.count)
        var previousTable = [Int](repeating: -1, count: movable.count)
        var visitedTables = [Set<Int>](repeating: [], count: movable.count)
        var seats: [[Int]]? = nil  // movable indices per table index
        var firstSeats: [[Int]]? = nil
        var rotations = 0
        var result: [RoundSeating] = []

        for round in agenda.rounds {
            let questions = tables.map { number in round.assignment(forTable: number).flatMap { questionIndex[$0.question] } }
            if round.movement == .home, let firstSeats {
                seats = firstSeats
            } else if round.movement == .rotate || seats == nil {
                let sizes = balancedSizes(total: people.count, hosts: hosts.map(\.count), shift: rotations)
                let capacities = zip(sizes, hosts).map { max(0, $0 - $1.count) }
                if seats == nil {
                    seats = deal(count: movable.count, capacities: capacities)
                } else {
                    seats = rotate(
                        visits: visits, previousTable: previousTable, visitedTables: visitedTables, questions: questions,
                        capacities: capacities)
                }
                rotations += 1
            }
            let current = seats ?? []
            if firstSeats == nil { firstSeats = current }
            for (table, members) in current.enumerated() {
                for member in members {
                    if let question = questions[table] { visits[member][question] += 1 }
                    previousTable[member] = table
                    visitedTables[member].insert(table)
                }
            }
            result.append(
                RoundSeating(
                    round: round.round,
                    tables: tables.indices.map { table in
                        let members = (current.indices.contains(table) ? current[table] : []).sorted().map { movable[$0] }
                        return TableSeating(table: tables[table], participants: hosts[table] + members)
                    }))
        }
        return result
    }

    /// Table sizes for `total` people that differ by at most one, at least each table's
    /// hosts; the tables taking the extra person move on by `shift` rounds.
    static func balancedSizes(total: Int, hosts: [Int], shift: Int) -> [Int] {
        let count = hosts.count
        let base = total / count
        let extra = total % count
        var sizes = [Int](repeating: base, count: count)
        // Tables whose hosts need the extra seat come first; then a window that moves on
        // by `extra` tables every round.
        let start = extra == 0 ? 0 : (shift * extra) % count
        func rank(_ table: Int) -> (Int, Int) { (hosts[table] > base ? 0 : 1, (table - start + count) % count) }
        let order = (0..<count).sorted { rank($0) < rank($1) }
        for table in order.prefix(extra) { sizes[table] += 1 }
        // More hosts than seats at a table (a method bug): keep the hosts, take from others.
        for table in 0..<count where sizes[table] < hosts[table] {
            while sizes[table] < hosts[table] {
                guard let donor = (0..<count).filter({ $0 != table && sizes[$0] > hosts[$0] }).max(by: { sizes[$0] < sizes[$1] })
                else { break }
                sizes[donor] -= 1
                sizes[table] += 1
            }
        }
        return sizes
    }

    /// Round 1: people in roster order, one table after the other.
    private static func deal(count: Int, capacities: [Int]) -> [[Int]] {
        var seats = [[Int]](repeating: [], count: capacities.count)
        let slots = interleavedSlots(capacities)
        for person in 0..<min(count, slots.count) { seats[slots[person]].append(person) }
        return seats
    }

    /// Table indices, one per seat, taking one seat from each table in turn.
    private static func interleavedSlots(_ capacities: [Int]) -> [Int] {
        var slots: [Int] = []
        var pass = 0
        while slots.count < capacities.reduce(0, +) {
            for (table, capacity) in capacities.enumerated() where capacity > pass { slots.append(table) }
            pass += 1
        }
        return slots
    }

    /// A later round: groups of people with the same history go where their questions are
    /// least discussed; within a group, tablemates are spread.
    private static func rotate(
        visits: [[Int]], previousTable: [Int], visitedTables: [Set<Int>], questions: [Int?], capacities: [Int]
    ) -> [[Int]] {
        // Targets: the tables of each question held this round (a table without a question
        // is a target of its own). Costs only depend on the question, so people with the
        // same visits of these questions form one class.
        var targets: [(question: Int?, tables: [Int])] = []
        for (table, question) in questions.enumerated() {
            if let question, let index = targets.firstIndex(where: { $0.question == question }) {
                targets[index].tables.append(table)
            } else {
                targets.append((question, [table]))
            }
        }
        let held = targets.compactMap(\.question)
        var classIndex: [[Int]: Int] = [:]
        var classes: [[Int]] = []
        for (person, history) in visits.enumerated() {
            let key = held.map { history[$0] }
            if let index = classIndex[key] {
                classes[index].append(person)
            } else {
                classIndex[key] = classes.count
                classes.append([person])
            }
        }
        let costs = classes.map { members in
            targets.map { target in target.question.map { visits[members[0]][$0] * 1000 } ?? 0 }
        }
        let flow = TransportFlow.solve(
            supplies: classes.map(\.count), capacities: targets.map { $0.tables.reduce(0) { $0 + capacities[$1] } },
            costs: costs)

        // Each class's members, tablemates apart, dealt over its targets.
        var members = [[Int]](repeating: [], count: targets.count)
        for (index, people) in classes.enumerated() {
            let sorted = people.sorted { (previousTable[$0], $0) < (previousTable[$1], $1) }
            for (person, target) in zip(sorted, interleavedSlots(flow[index])) { members[target].append(person) }
        }

        var seats = [[Int]](repeating: [], count: capacities.count)
        let count = capacities.count
        for (target, people) in members.enumerated() {
            // People who sat together start their search at different tables, one after
            // their old table, so they scatter; nobody goes back to a table they sat at
            // while another table of the question is free.
            var remaining = [Int](repeating: 0, count: count)
            for table in targets[target].tables { remaining[table] = capacities[table] }
            var next: [Int: Int] = [:]
            var placed: [(person: Int, table: Int)] = []
            for person in people.sorted(by: { (previousTable[$0], $0) < (previousTable[$1], $1) }) {
                let old = previousTable[person]
                let start = next[old] ?? (old + 1)
                let order = (0..<count).map { (start + $0) % count }
                guard
                    let table = order.first(where: { remaining[$0] > 0 && !visitedTables[person].contains($0) })
                        ?? order.first(where: { remaining[$0] > 0 })
                else { continue }
                remaining[table] -= 1
                next[old] = table + 1
                placed.append((person, table))
            }
            // Someone left at a table they know swaps with another person of the question
            // when both gain.
            for i in placed.indices where visitedTables[placed[i].person].contains(placed[i].table) {
                if let j = placed.indices.first(where: {
                    placed[$0].table != placed[i].table && !visitedTables[placed[i].person].contains(placed[$0].table)
                        && !visitedTables[placed[$0].person].contains(placed[i].table)
                }) {
                    let table = placed[i].table
                    placed[i].table = placed[j].table
                    placed[j].table = table
                }
            }
            for (person, table) in placed { seats[table].append(person) }
        }
        return seats
    }
}
