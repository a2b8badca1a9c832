/// Provable lower bounds on the planner's objective terms for a problem (all rounds counted,
/// finished ones included). Every bound is a relaxation argument, documented in
/// `docs/SEATING.md`; the largest applicable one is reported together with its reason.
struct SeatingBounds: Sendable, Hashable {
    /// Lower bound on repeated pairs over the whole workshop.
    var repeatedPairs = 0
    /// Repeated pairs already present in the finished rounds.
    var historyRepeatedPairs = 0
    /// Human-readable argument behind `repeatedPairs`.
    var repeatedPairsReason = "no argument needed: zero is possible"
    /// Lower bound on same-institution pairs at one table, summed over rounds.
    var institutionPairs = 0
    /// Lower bound on same-region pairs at one table, summed over rounds.
    var regionPairs = 0

    /// Known non-existence results for pure G-S-R mixing (all groups of size S, N = G * S):
    /// `(groups, size, first impossible round count)`.
    /// 4-3-5: no resolvable 3-GDD of type 2^6 (no Kirkman design for 12 points);
    /// 5-4-6: no resolvable 4-GDD of type 2^10; 6-6-4: would need two orthogonal Latin
    /// squares of order 6 (Tarry 1900). See Colbourn & Dinitz, Handbook of Combinatorial Designs.
    static let knownImpossible: [(groups: Int, size: Int, rounds: Int)] = [(4, 3, 5), (5, 4, 6), (6, 6, 4)]

    init() {}

    init(context: PlanningContext) {
        let problem = context.problem
        let n = problem.people.count
        let layout = context.layout
        let planned = problem.plannedRoundCount
        let history = context.historyMeetings
        for a in 0..<n {
            for b in (a + 1)..<max(a + 1, n) where history[a * n + b] > 1 {
                historyRepeatedPairs += Int(history[a * n + b]) - 1
            }
        }
        // Sizes of the planned tables: the layout fixes the multiset.
        let sizes = layout.initialSizes()
        var candidates: [(Int, String)] = [(0, "")]
        if planned > 0 && !context.present.isEmpty {
            // Counting: everybody meets (size - 1) people per round but has only so many
            // people left to meet for the first time.
            var unmet = 0
            for p in context.present {
                var met = 0
                for q in context.present where q != p && history[p * n + q] > 0 { met += 1 }
                unmet += context.present.count - 1 - met
            }
            let meetingsPerRound = sizes.reduce(0) { $0 + $1 * ($1 - 1) }
            let excess = planned * meetingsPerRound - unmet
            if excess > 0 {
                candidates.append(
                    (
                        (excess + 1) / 2,
                        "counting: \(planned) rounds give \(planned * meetingsPerRound / 2) encounters but only \(unmet / 2) pairs are still unmet"
                    ))
            }
            // Pigeonhole on consecutive rounds: a table with more people than the previous round
            // had tables holds people who just sat together.
            let everyoneStayed =
                problem.finishedRounds.last.map { last in
                    let previous = Set(last.joined())
                    return context.present.allSatisfy(previous.contains)
                } ?? true
            var pigeon = 0
            for round in 0..<planned where round > 0 || (!problem.finishedRounds.isEmpty && everyoneStayed) {
                for size in sizes { pigeon += Self.minimumPairs(people: size, tables: problem.tableCount) }
            }
            if pigeon > 0 {
                candidates.append(
                    (
                        pigeon,
                        "pigeonhole: a table of more than \(problem.tableCount) people repeats pairs from the previous round"
                    ))
            }
            if let paths = Self.questionPathBound(context: context) {
                candidates.append(paths)
            }
            if problem.finishedRounds.isEmpty, problem.questions == nil,
                context.hosts.allSatisfy(\.isEmpty), let size = sizes.first, sizes.allSatisfy({ $0 == size })
            {
                for known in Self.knownImpossible
                where known.groups == problem.tableCount && known.size == size && planned >= known.rounds {
                    candidates.append(
                        (
                            1,
                            "known non-existence: \(known.groups)-\(known.size)-\(known.rounds) has no solution without repeats"
                        ))
                }
            }
        }
        let bestBound = candidates.max { $0.0 < $1.0 } ?? (0, "")
        repeatedPairs = historyRepeatedPairs + bestBound.0
        if historyRepeatedPairs > 0 && bestBound.0 == 0 {
            repeatedPairsReason = "finished rounds already hold \(historyRepeatedPairs) repeats"
        } else if bestBound.0 > 0 {
            repeatedPairsReason =
                bestBound.1
                + (historyRepeatedPairs > 0 ? "; plus \(historyRepeatedPairs) repeats in finished rounds" : "")
        }
        institutionPairs = Self.groupingBound(
            context: context, kinds: context.institutionKinds, of: context.institution)
        regionPairs = Self.groupingBound(context: context, kinds: context.regionKinds, of: context.region)
    }

    /// Fewest pairs sharing a table when `people` people sit at `tables` tables: `C(x, 2)`
    /// summed over the most even split.
    static func minimumPairs(people: Int, tables: Int) -> Int {
        guard tables > 0, people > 0 else { return 0 }
        let base = people / tables
        let extra = people % tables
        return extra * (base + 1) * base / 2 + (tables - extra) * base * (base - 1) / 2
    }

    /// Pairs of the same kind (institution or region) at one table: the finished rounds as they
    /// are, plus, per planned round and kind, the hosts where they sit and the movable people
    /// spread as evenly as possible (greedily onto the tables with the fewest of their kind).
    static func groupingBound(context: PlanningContext, kinds: Int, of kind: [Int32]) -> Int {
        guard kinds > 0 else { return 0 }
        let problem = context.problem
        var total = 0
        for round in problem.finishedRounds {
            for group in round {
                var counts: [Int32: Int] = [:]
                for p in group where kind[p] >= 0 { counts[kind[p], default: 0] += 1 }
                for c in counts.values { total += c * (c - 1) / 2 }
            }
        }
        guard problem.plannedRoundCount > 0 else { return total }
        let tables = problem.tableCount
        var perRound = 0
        var movableOfKind = Array(repeating: 0, count: kinds)
        for p in context.movableList where kind[p] >= 0 { movableOfKind[Int(kind[p])] += 1 }
        var hostsOfKind = Array(repeating: [Int](), count: kinds)
        for k in 0..<kinds { hostsOfKind[k] = Array(repeating: 0, count: tables) }
        for t in 0..<tables {
            for h in context.hosts[t] where kind[h] >= 0 { hostsOfKind[Int(kind[h])][t] += 1 }
        }
        for k in 0..<kinds {
            var counts = hostsOfKind[k]
            for _ in 0..<movableOfKind[k] {
                var smallest = 0
                for t in 1..<max(1, tables) where counts[t] < counts[smallest] { smallest = t }
                counts[smallest] += 1
            }
            for c in counts { perRound += c * (c - 1) / 2 }
        }
        return total + perRound * problem.plannedRoundCount
    }

    /// The question-path bound. People who take the same sequence of questions in the planned
    /// rounds sit, in every round, among the tables holding one question; if `k` of them share a
    /// sequence, they produce at least `sum over rounds of minimumPairs(k, tables of that question)`
    /// encounters among only `C(k, 2)` pairs. Movable people are grouped by the questions they
    /// already visited; for each group the valid sequences are enumerated and the people spread
    /// over them as evenly as a convex lower envelope allows.
    static func questionPathBound(context: PlanningContext) -> (Int, String)? {
        guard let coverage = context.coverage else { return nil }
        let problem = context.problem
        let first = problem.finishedRounds.count
        let planned = problem.plannedRoundCount
        guard planned >= 2 else { return nil }
        var tablesHolding: [[UInt64: Int]] = []
        for r in 0..<planned {
            var counts: [UInt64: Int] = [:]
            for t in 0..<problem.tableCount { counts[coverage.bit(round: first + r, table: t), default: 0] += 1 }
            tablesHolding.append(counts)
        }
        var groups: [UInt64: Int] = [:]
        for p in context.movableList { groups[coverage.visitedBefore[p], default: 0] += 1 }
        var total = 0
        var pathCount = 0
        for (visited, people) in groups.sorted(by: { $0.key < $1.key }) {
            // Enumerate valid question sequences (each as the list of table counts per round).
            var profiles: [[Int]] = []
            var overflow = false
            func extend(_ round: Int, _ seen: UInt64, _ profile: [Int]) {
                if overflow { return }
                if round == planned {
                    profiles.append(profile)
                    if profiles.count > 20_000 { overflow = true }
                    return
                }
                let held = coverage.held[first + round]
                let fresh = held & ~seen
                var options = fresh != 0 ? fresh : held
                while options != 0 {
                    let bit = options & (~options &+ 1)
                    options &= options &- 1
                    extend(round + 1, seen | bit, profile + [tablesHolding[round][bit, default: 0]])
                }
            }
            extend(0, visited, [])
            if overflow || profiles.isEmpty { return nil }
            pathCount += profiles.count
            // g(k): forced repeats for k people on the cheapest sequence profile: exact for small
            // classes, the counting argument otherwise (both are valid lower bounds).
            // The exact count is only needed around the even spread, where the envelope is read.
            let distinct = Array(Set(profiles)).sorted { $0.lexicographicallyPrecedes($1) }
            let spread = people / profiles.count
            let exactRange = max(0, spread - 2)...(spread + 3)
            let cheapest = { (k: Int) -> Int in
                distinct.map { profile in
                    let counting = max(
                        0, profile.reduce(0) { $0 + minimumPairs(people: k, tables: $1) } - k * (k - 1) / 2)
                    guard exactRange.contains(k) else { return counting }
                    return max(counting, exactClassRepeats(people: k, tables: profile) ?? 0)
                }.min() ?? 0
            }
            let values = (0...people).map(cheapest)
            let hull = lowerConvexHull(values)
            total += evenSpread(people: people, slots: profiles.count, hull: hull)
        }
        guard total > 0 else { return nil }
        return (
            total,
            "question paths: people following the same question sequence (\(pathCount) possible) stay at the same question's tables every round"
        )
    }

    /// The fewest repeats among `people` people who, in round `r`, all sit at one of `tables[r]`
    /// tables (and nowhere else): each person is a vector of table choices, two people meet in
    /// the rounds where their vectors agree. Minimised exactly over all multisets of vectors by
    /// depth-first search; `nil` when the space or the search is too big.
    static func exactClassRepeats(people: Int, tables: [Int], nodeLimit: Int = 200_000) -> Int? {
        let rounds = tables.count
        var vectorCount = 1
        for t in tables {
            vectorCount *= max(1, t)
            if vectorCount > 16 { return nil }
        }
        guard people <= 16, rounds >= 1 else { return nil }
        // penalty[i][j]: repeats between one person on vector i and one on vector j.
        let vectors = (0..<vectorCount).map { code -> [Int] in
            var rest = code
            return tables.map { t in
                defer { rest /= max(1, t) }
                return rest % max(1, t)
            }
        }
        let penalty = vectors.map { a in
            vectors.map { b in max(0, zip(a, b).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) } - 1) }
        }
        var counts = Array(repeating: 0, count: vectorCount)
        var best = Int.max
        var nodes = 0
        // Vectors are filled in order, branch and bound on the cost so far.
        func place(_ vector: Int, _ left: Int, _ cost: Int) {
            nodes += 1
            if cost >= best || nodes > nodeLimit { return }
            if left == 0 {
                best = cost
                return
            }
            guard vector < vectorCount else { return }
            for c in stride(from: left, through: 0, by: -1) {
                var added = c * (c - 1) / 2 * penalty[vector][vector]
                for j in 0..<vector where counts[j] > 0 { added += c * counts[j] * penalty[vector][j] }
                counts[vector] = c
                place(vector + 1, left - c, cost + added)
                counts[vector] = 0
            }
        }
        place(0, people, 0)
        return nodes > nodeLimit || best == Int.max ? nil : best
    }

    /// Lower convex envelope of `values` (indexed 0...), as values at every integer point.
    static func lowerConvexHull(_ values: [Int]) -> [Double] {
        guard values.count > 2 else { return values.map(Double.init) }
        var hull: [Int] = []
        for x in values.indices {
            while hull.count >= 2 {
                let a = hull[hull.count - 2]
                let b = hull[hull.count - 1]
                // Remove b if it lies on or above the segment a-x.
                let cross = (values[b] - values[a]) * (x - a) - (values[x] - values[a]) * (b - a)
                if cross >= 0 { hull.removeLast() } else { break }
            }
            hull.append(x)
        }
        var result = Array(repeating: 0.0, count: values.count)
        for index in 0..<(hull.count - 1) {
            let a = hull[index]
            let b = hull[index + 1]
            for x in a...b {
                result[x] = Double(values[a]) + Double(values[b] - values[a]) * Double(x - a) / Double(b - a)
            }
        }
        return result
    }

    /// Minimum of `sum hull(k_i)` over `slots` non-negative integers summing to `people`,
    /// for a convex `hull`: the most even split. Rounded up.
    static func evenSpread(people: Int, slots: Int, hull: [Double]) -> Int {
        guard slots > 0 else { return 0 }
        let base = people / slots
        let extra = people % slots
        let value = Double(extra) * hull[min(base + 1, hull.count - 1)] + Double(slots - extra) * hull[base]
        return Int((value - 1e-9).rounded(.up))
    }
}
