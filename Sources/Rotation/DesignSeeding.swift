/// Starts a plan from an algebraic design ("construct, then relabel").
///
/// With `N` present people at `t` tables, take a design for `t` groups of `S = ceil(N / t)`
/// and turn its `t * S` points into people:
/// 1. `t * S - N` *ghost* points are dropped. They are chosen pairwise never meeting, so every
///    group loses at most one and table sizes differ by at most one.
/// 2. Each host gets a point never meeting the other hosts' points; in every round the group
///    holding that point goes to the host's table.
/// 3. The other people are assigned to points institution by institution, largest first, each
///    to the free point meeting the fewest points already given to their institution (then
///    region), followed by a hill-climb swapping two people's points. Swapping points permutes
///    the design, so it never creates a repeat.
enum DesignSeeding {
    /// The planned rounds seated from a design (possibly fewer rounds than planned), or `nil`
    /// when no design with at least two rounds fits the problem.
    static func seed(
        context: PlanningContext,
        planned: Int,
        generator: inout SeededGenerator
    ) -> (assignment: [[Int]], name: String)? {
        let problem = context.problem
        let tables = problem.tableCount
        let people = context.present.count
        guard problem.finishedRounds.isEmpty, problem.questions == nil, planned >= 1, people >= 2 else { return nil }
        let size = (people + tables - 1) / tables
        let ghosts = tables * size - people
        guard size >= 2, context.hosts.allSatisfy({ $0.count <= 1 }) else { return nil }
        let layout = context.layout
        for t in 0..<tables {
            if ghosts > 0 {
                guard layout.low[t] == size - 1 && layout.high[t] == size else { return nil }
            } else {
                guard layout.low[t] <= size && size <= layout.high[t] else { return nil }
            }
        }
        guard let design = DesignLibrary.design(groups: tables, size: size, rounds: planned),
            design.rounds.count >= 2 || planned == 1
        else { return nil }
        let rounds = design.rounds
        let points = design.points

        // Adjacency of points over the used rounds, as bit sets.
        let words = (points + 63) / 64
        var adjacent = [UInt64](repeating: 0, count: points * words)
        for round in rounds {
            for group in round {
                for a in group {
                    for b in group where b != a { adjacent[a * words + b / 64] |= 1 << UInt64(b % 64) }
                }
            }
        }
        func meets(_ a: Int, _ b: Int) -> Bool { adjacent[a * words + b / 64] & (1 << UInt64(b % 64)) != 0 }
        func independent(_ count: Int, from pool: [Int], avoiding fixed: [Int]) -> [Int]? {
            var chosen: [Int] = []
            for p in pool where chosen.count < count {
                if chosen.allSatisfy({ !meets($0, p) }) && fixed.allSatisfy({ $0 != p && !meets($0, p) }) {
                    chosen.append(p)
                }
            }
            return chosen.count == count ? chosen : nil
        }
        let order = Array(0..<points).shuffled(using: &generator)
        guard let ghostPoints = independent(ghosts, from: order, avoiding: []) else { return nil }
        let hostPeople = (0..<tables).compactMap { context.hosts[$0].first }
        let ghostSet = Set(ghostPoints)
        guard
            let hostPoints = independent(hostPeople.count, from: order.filter { !ghostSet.contains($0) }, avoiding: [])
        else { return nil }

        var personAt = [Int](repeating: -1, count: points)  // -1: free, -2: ghost
        for g in ghostPoints { personAt[g] = -2 }
        for (h, p) in zip(hostPeople, hostPoints) { personAt[p] = h }

        // Institutions, largest first; then people without one.
        let institution = context.institution
        let region = context.region
        var byInstitution: [Int32: [Int]] = [:]
        for p in context.movableList { byInstitution[institution[p], default: []].append(p) }
        let orderedPeople = byInstitution.sorted { lhs, rhs in
            if (lhs.key < 0) != (rhs.key < 0) { return rhs.key < 0 }
            return lhs.value.count != rhs.value.count ? lhs.value.count > rhs.value.count : lhs.key < rhs.key
        }.flatMap { $0.value }
        var pointOf = [Int](repeating: -1, count: problem.people.count)
        for (h, p) in zip(hostPeople, hostPoints) { pointOf[h] = p }
        var free = order.filter { personAt[$0] == -1 }
        var placedOfInstitution: [Int32: [Int]] = [:]
        var placedOfRegion: [Int32: [Int]] = [:]
        for h in hostPeople {
            if institution[h] >= 0 { placedOfInstitution[institution[h], default: []].append(pointOf[h]) }
            if region[h] >= 0 { placedOfRegion[region[h], default: []].append(pointOf[h]) }
        }
        func clashes(_ point: Int, _ others: [Int]?) -> Int {
            guard let others else { return 0 }
            return others.reduce(0) { $0 + (meets($1, point) ? 1 : 0) }
        }
        for p in orderedPeople {
            let sameInstitution = institution[p] >= 0 ? placedOfInstitution[institution[p]] : nil
            let sameRegion = region[p] >= 0 ? placedOfRegion[region[p]] : nil
            var bestIndex = 0
            var bestKey = (Int.max, Int.max)
            for (index, point) in free.enumerated() {
                let key = (clashes(point, sameInstitution), clashes(point, sameRegion))
                if key < bestKey {
                    bestKey = key
                    bestIndex = index
                    if key == (0, 0) { break }
                }
            }
            let point = free.remove(at: bestIndex)
            personAt[point] = p
            pointOf[p] = point
            if institution[p] >= 0 { placedOfInstitution[institution[p], default: []].append(point) }
            if region[p] >= 0 { placedOfRegion[region[p], default: []].append(point) }
        }

        // Hill-climb: swap the points of two movable people when it lowers (institution, region) clashes.
        let movable = context.movableList
        if movable.count >= 2 && (context.institutionKinds > 0 || context.regionKinds > 0) {
            var members: [Int32: [Int]] = placedOfInstitution
            var regionMembers: [Int32: [Int]] = placedOfRegion
            func cost(_ p: Int, at point: Int, excluding other: Int) -> (Int, Int) {
                var c = (0, 0)
                if institution[p] >= 0, let list = members[institution[p]] {
                    for q in list where q != pointOf[p] && q != other && meets(q, point) { c.0 += 1 }
                }
                if region[p] >= 0, let list = regionMembers[region[p]] {
                    for q in list where q != pointOf[p] && q != other && meets(q, point) { c.1 += 1 }
                }
                return c
            }
            let attempts = 30 * movable.count
            for _ in 0..<attempts {
                let a = movable[Int.random(in: 0..<movable.count, using: &generator)]
                let b = movable[Int.random(in: 0..<movable.count, using: &generator)]
                guard a != b, institution[a] != institution[b] || region[a] != region[b] else { continue }
                let pa = pointOf[a]
                let pb = pointOf[b]
                let before = cost(a, at: pa, excluding: pb)
                let beforeB = cost(b, at: pb, excluding: pa)
                let after = cost(a, at: pb, excluding: pa)
                let afterB = cost(b, at: pa, excluding: pb)
                let old = (before.0 + beforeB.0, before.1 + beforeB.1)
                let new = (after.0 + afterB.0, after.1 + afterB.1)
                guard new < old else { continue }
                pointOf[a] = pb
                pointOf[b] = pa
                personAt[pa] = b
                personAt[pb] = a
                if institution[a] >= 0 { members[institution[a]] = members[institution[a]]?.map { $0 == pa ? pb : $0 } }
                if institution[b] >= 0 { members[institution[b]] = members[institution[b]]?.map { $0 == pb ? pa : $0 } }
                if region[a] >= 0 { regionMembers[region[a]] = regionMembers[region[a]]?.map { $0 == pa ? pb : $0 } }
                if region[b] >= 0 { regionMembers[region[b]] = regionMembers[region[b]]?.map { $0 == pb ? pa : $0 } }
            }
        }

        // Groups to tables: host groups to their tables, the rest in order.
        var assignment: [[Int]] = []
        for round in rounds {
            var row = [Int](repeating: -1, count: problem.people.count)
            var tableOfGroup = [Int](repeating: -1, count: round.count)
            var taken = [Bool](repeating: false, count: tables)
            for (g, group) in round.enumerated() {
                for point in group where personAt[point] >= 0 {
                    let person = personAt[point]
                    if let host = problem.hostTable(of: person) {
                        tableOfGroup[g] = host
                        taken[host] = true
                    }
                }
            }
            var nextTable = 0
            for g in round.indices where tableOfGroup[g] < 0 {
                while nextTable < tables && taken[nextTable] { nextTable += 1 }
                tableOfGroup[g] = nextTable
                taken[nextTable] = true
            }
            for (g, group) in round.enumerated() {
                for point in group where personAt[point] >= 0 { row[personAt[point]] = tableOfGroup[g] }
            }
            assignment.append(row)
        }
        return (assignment, design.name)
    }
}
