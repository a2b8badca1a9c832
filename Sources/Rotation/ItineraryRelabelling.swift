/// Tabu search on the last two objective terms (same-institution and same-region pairs) that
/// never worsens the terms above them, for plans without history.
///
/// The planned seating is a set of *itineraries* (one table per round each); the search changes
/// who follows which itinerary, and reshapes the itineraries only in ways that keep repeats and
/// squared meeting counts:
///
/// - **relabelling**: the people of two itineraries exchange them. Who meets whom keeps its
///   structure, so repeats, squared meeting counts and question paths are untouched while
///   institutions and regions move;
/// - **group flips**: in one round, the people of one *group* at table `X` and those of the same
///   group at table `Y` exchange tables, where `X` and `Y` hold the same question (so coverage is
///   kept) and the table sizes stay in the layout. A group is everybody with the same question
///   sequence (with questions) or with the same table in another round. Such a flip changes who
///   meets whom across groups; it is taken only when repeats and squared counts do not grow.
///   Flips reach structures that relabelling alone cannot (for the seeds' workshop: whether a
///   question order's people use the even- or the odd-weight table vectors, which decides by a
///   parity argument whether an institution of six can be spread at all).
///
/// The seating defines weights `w(a, b)`: the planned rounds in which itineraries `a` and `b`
/// share a table. Without history the repeats are `sum max(0, w - 1)`, the squares `sum w^2`,
/// and same-institution pairs `sum w(a, b)` over pairs of one institution (likewise regions).
/// For every itinerary `x` and institution `k` the search keeps `S[x][k]`, the weight between
/// `x` and the itineraries held by institution `k`, so a relabelling is scored in O(1) and
/// applied in O(people), a flip scored and applied in O(moved people x table size).
/// Hosts keep their itineraries (they count in the weights, never move).
struct ItineraryRelabelling {
    /// Stop when both terms reach these.
    var institutionBound: Int
    var regionBound: Int
    /// Iteration budget.
    var iterations: Int
    /// Itineraries with a conflict examined per iteration at most.
    var candidatesPerIteration = 16
    /// Group flips sampled per iteration.
    var flipsPerIteration = 8

    /// The largest number of seated people the weight matrix is built for.
    static let maximumSeated = 1500

    /// Whether the search keeps every higher objective term: no finished rounds (nobody has a
    /// history) and a roster small enough for the weight matrix.
    static func applies(to context: PlanningContext) -> Bool {
        context.problem.finishedRounds.isEmpty && context.present.count <= maximumSeated
            && context.movableList.count >= 2 && (context.institutionKinds > 0 || context.regionKinds > 0)
    }

    /// The improved assignment (`assignment[r][p]`, planned rounds), or `nil` when nothing
    /// improved.
    func run(context: PlanningContext, assignment: [[Int]], generator: inout SeededGenerator) -> [[Int]]? {
        guard !assignment.isEmpty else { return nil }
        var state = State(context: context, assignment: assignment)
        guard state.m >= 2, state.movable.count >= 2 else { return nil }
        let bounds = (institutionBound, regionBound)
        let start = state.score
        var best = start
        var bestOwner = state.owner
        var bestTables = state.tableOf
        var tabuUntil = [Int](repeating: 0, count: state.m)
        var lastImprovement = 0
        let stallLimit = max(200, 4 * state.movable.count)
        var conflicted: [Int] = []
        var iteration = 0
        while iteration < iterations, iteration - lastImprovement <= stallLimit {
            if state.score.institution <= bounds.0 && state.score.region <= bounds.1 { break }
            // Regions are the last criterion: give up on them sooner.
            if state.score.institution <= bounds.0, iteration - lastImprovement > stallLimit / 4 { break }
            iteration += 1
            // Itineraries whose person shares a table with somebody of the same institution
            // (or, once institutions are at their bound, the same region).
            let focus = state.score.institution > bounds.0 ? 0 : 1
            conflicted.removeAll(keepingCapacity: true)
            for a in state.movable where state.conflict(a, term: focus) { conflicted.append(a) }
            if conflicted.isEmpty { break }
            let take = min(candidatesPerIteration, conflicted.count)
            for i in 0..<take {
                conflicted.swapAt(i, Int.random(in: i..<conflicted.count, using: &generator))
            }

            var chosen: (move: Move, delta: Score)?
            var ties = 0
            func consider(_ move: Move, _ delta: Score, tabu: Bool) {
                if tabu && !(state.score + delta < best) { return }
                if let current = chosen, !(delta < current.delta) {
                    guard delta == current.delta else { return }
                    ties += 1
                    if Int.random(in: 0..<ties, using: &generator) == 0 { chosen = (move, delta) }
                } else {
                    chosen = (move, delta)
                    ties = 1
                }
            }
            // Every exchange of a sampled itinerary's person with another person, scored in O(1)
            // from the per-label sums (the hot loop: flat copies, no nested lookups).
            let (label0, label1, sums0, sums1) = (state.labels[0], state.labels[1], state.sums[0], state.sums[1])
            let (kinds0, kinds1, m) = (state.kinds[0], state.kinds[1], state.m)
            for a in conflicted.prefix(take) {
                let (a0, a1) = (label0[a], label1[a])
                for b in state.movable where b != a {
                    let (b0, b1) = (label0[b], label1[b])
                    if a0 == b0 && a1 == b1 { continue }
                    let w = Int(state.weight[a * m + b])
                    var delta = Score()
                    if a0 != b0 {
                        if a0 >= 0 { delta.institution += Int(sums0[b * kinds0 + a0]) - w - Int(sums0[a * kinds0 + a0]) }
                        if b0 >= 0 { delta.institution += Int(sums0[a * kinds0 + b0]) - w - Int(sums0[b * kinds0 + b0]) }
                    }
                    if a1 != b1 {
                        if a1 >= 0 { delta.region += Int(sums1[b * kinds1 + a1]) - w - Int(sums1[a * kinds1 + a1]) }
                        if b1 >= 0 { delta.region += Int(sums1[a * kinds1 + b1]) - w - Int(sums1[b * kinds1 + b1]) }
                    }
                    consider(.relabel(a, b), delta, tabu: tabuUntil[a] > iteration || tabuUntil[b] > iteration)
                }
            }
            for _ in 0..<flipsPerIteration {
                guard let flip = state.randomFlip(generator: &generator) else { continue }
                let delta = state.flipDelta(flip)
                // Never trade the higher terms for the lower ones.
                guard delta.repeats < 0 || (delta.repeats == 0 && delta.squares <= 0) else { continue }
                let tabu = (flip.moving + flip.staying).contains { tabuUntil[$0] > iteration }
                consider(.flip(flip), delta, tabu: tabu)
            }
            guard let chosen else { continue }
            let tenure = 2 + Int.random(in: 0..<5, using: &generator)
            switch chosen.move {
            case .relabel(let a, let b):
                state.relabel(a, b)
                tabuUntil[a] = iteration + tenure
                tabuUntil[b] = iteration + tenure
            case .flip(let flip):
                state.apply(flip)
                for x in flip.moving + flip.staying { tabuUntil[x] = iteration + tenure }
            }
            if state.score < best {
                best = state.score
                bestOwner = state.owner
                bestTables = state.tableOf
                lastImprovement = iteration
            }
        }
        guard best < start else { return nil }
        var result = assignment
        for (i, person) in bestOwner.enumerated() {
            for r in assignment.indices { result[r][person] = Int(bestTables[r * state.m + i]) }
        }
        return result
    }

    private enum Move {
        case relabel(Int, Int)
        case flip(Flip)
    }

    /// In round `round`, the group's itineraries at `from` (`moving`) go to `to` and those at
    /// `to` (`staying`, they stay in the group) go to `from`.
    struct Flip {
        var round: Int
        var from: Int
        var to: Int
        var moving: [Int]
        var staying: [Int]
    }

    /// The four terms the search tracks, compared lexicographically.
    struct Score: Comparable {
        var repeats = 0
        var squares = 0
        var institution = 0
        var region = 0

        static func < (lhs: Score, rhs: Score) -> Bool {
            (lhs.repeats, lhs.squares, lhs.institution, lhs.region) < (rhs.repeats, rhs.squares, rhs.institution, rhs.region)
        }

        static func + (lhs: Score, rhs: Score) -> Score {
            Score(
                repeats: lhs.repeats + rhs.repeats, squares: lhs.squares + rhs.squares,
                institution: lhs.institution + rhs.institution, region: lhs.region + rhs.region)
        }
    }

    /// Itineraries (local indices `0..<m` over the seated people), their tables, weights and the
    /// per-label weight sums.
    private struct State {
        let m: Int
        let rounds: Int
        let tables: Int
        let movable: [Int]
        let isMovable: [Bool]
        let layout: TableLayout
        let coverage: QuestionCoverage?
        let firstRound: Int
        /// `owner[i]`: the person following itinerary `i`.
        var owner: [Int]
        /// `tableOf[r * m + i]`: the table of itinerary `i` in planned round `r` (-1: not seated).
        var tableOf: [Int32]
        /// `members[r * tables + t]`: itineraries at table `t` in round `r`.
        var members: [[Int]]
        var weight: [Int32]
        /// Labels per itinerary (institution and region of its person), -1 for none.
        var labels: [[Int]]
        let kinds: [Int]
        /// `sums[term][x * kinds + k]`.
        var sums: [[Int32]]
        /// Group keys for flips: `groupKeys[key][i]` (question sequence, then table in each round).
        let groupKeys: [[Int]]
        var score: Score

        init(context: PlanningContext, assignment: [[Int]]) {
            let seated = context.present
            let m = seated.count
            let rounds = assignment.count
            let firstRound = context.problem.finishedRounds.count
            self.m = m
            self.rounds = rounds
            tables = context.problem.tableCount
            layout = context.layout
            coverage = context.coverage
            self.firstRound = firstRound
            movable = seated.indices.filter { context.movable[seated[$0]] }
            isMovable = seated.map { context.movable[$0] }
            owner = seated
            var tableOf = [Int32](repeating: -1, count: rounds * m)
            var members = [[Int]](repeating: [], count: rounds * tables)
            for r in 0..<rounds {
                for (i, p) in seated.enumerated() where assignment[r][p] >= 0 {
                    tableOf[r * m + i] = Int32(assignment[r][p])
                    members[r * tables + assignment[r][p]].append(i)
                }
            }
            self.tableOf = tableOf
            self.members = members
            var weight = [Int32](repeating: 0, count: m * m)
            for group in members {
                for x in group.indices {
                    for y in group.indices where y > x {
                        weight[group[x] * m + group[y]] += 1
                        weight[group[y] * m + group[x]] += 1
                    }
                }
            }
            self.weight = weight
            labels = [seated.map { Int(context.institution[$0]) }, seated.map { Int(context.region[$0]) }]
            self.kinds = [context.institutionKinds, context.regionKinds]
            let kinds = [context.institutionKinds, context.regionKinds]
            var sums = kinds.map { [Int32](repeating: 0, count: m * max(1, $0)) }
            let labels = self.labels
            var score = Score()
            for term in 0..<2 {
                var total = 0
                for x in 0..<m {
                    for c in 0..<m where c != x && labels[term][c] >= 0 {
                        sums[term][x * kinds[term] + labels[term][c]] += weight[x * m + c]
                    }
                    if labels[term][x] >= 0 { total += Int(sums[term][x * kinds[term] + labels[term][x]]) }
                }
                if term == 0 { score.institution = total / 2 } else { score.region = total / 2 }
            }
            self.sums = sums
            for x in 0..<m {
                for y in (x + 1)..<max(x + 1, m) {
                    let w = Int(weight[x * m + y])
                    score.repeats += max(0, w - 1)
                    score.squares += w * w
                }
            }
            self.score = score
            // Flip groups: the question sequence (with questions), then the table in each round.
            var keys: [[Int]] = []
            if let coverage = context.coverage {
                var ids: [[UInt64]: Int] = [:]
                keys.append(
                    (0..<m).map { i in
                        let sequence = (0..<rounds).map { r -> UInt64 in
                            let t = Int(tableOf[r * m + i])
                            return t >= 0 ? coverage.bit(round: firstRound + r, table: t) : 0
                        }
                        if let id = ids[sequence] { return id }
                        ids[sequence] = ids.count
                        return ids.count - 1
                    })
            }
            groupKeys = keys
        }

        func conflict(_ a: Int, term: Int) -> Bool {
            let k = labels[term][a]
            return k >= 0 && sums[term][a * kinds[term] + k] > 0
        }

        // MARK: Relabelling

        func relabelDelta(_ a: Int, _ b: Int) -> Score {
            Score(institution: labelDelta(0, a, b), region: labelDelta(1, a, b))
        }

        private func labelDelta(_ term: Int, _ a: Int, _ b: Int) -> Int {
            let k = labels[term][a]
            let l = labels[term][b]
            guard k != l else { return 0 }
            let w = Int(weight[a * m + b])
            let kinds = self.kinds[term]
            var delta = 0
            if k >= 0 { delta += Int(sums[term][b * kinds + k]) - w - Int(sums[term][a * kinds + k]) }
            if l >= 0 { delta += Int(sums[term][a * kinds + l]) - w - Int(sums[term][b * kinds + l]) }
            return delta
        }

        mutating func relabel(_ a: Int, _ b: Int) {
            score = score + relabelDelta(a, b)
            for term in 0..<2 {
                let k = labels[term][a]
                let l = labels[term][b]
                guard k != l else { continue }
                let kinds = self.kinds[term]
                for x in 0..<m {
                    let change = weight[x * m + b] - weight[x * m + a]
                    if k >= 0 { sums[term][x * kinds + k] += change }
                    if l >= 0 { sums[term][x * kinds + l] -= change }
                }
                labels[term][a] = l
                labels[term][b] = k
            }
            owner.swapAt(a, b)
        }

        // MARK: Group flips

        /// A random flip: a round, two tables holding the same question, and the group of a
        /// random movable itinerary at one of them; `nil` when the draw gives nothing to flip
        /// or sizes that leave the layout.
        func randomFlip(generator: inout SeededGenerator) -> Flip? {
            guard rounds > 0, tables > 1 else { return nil }
            let r = Int.random(in: 0..<rounds, using: &generator)
            let from = Int.random(in: 0..<tables, using: &generator)
            var to = Int.random(in: 0..<(tables - 1), using: &generator)
            if to >= from { to += 1 }
            if let coverage, coverage.bit(round: firstRound + r, table: from) != coverage.bit(round: firstRound + r, table: to) {
                return nil
            }
            let pool = members[r * tables + from] + members[r * tables + to]
            let candidates = pool.filter { isMovable[$0] }
            guard let pivot = candidates.randomElement(using: &generator) else { return nil }
            // The group: same question sequence, or same table in another round.
            let choices = groupKeys.count + max(0, rounds - 1)
            guard choices > 0 else { return nil }
            let choice = Int.random(in: 0..<choices, using: &generator)
            let sameGroup: (Int) -> Bool
            if choice < groupKeys.count {
                let key = groupKeys[choice]
                sameGroup = { key[$0] == key[pivot] }
            } else {
                var other = choice - groupKeys.count
                if other >= r { other += 1 }
                let m = self.m
                let tableOf = self.tableOf
                sameGroup = { tableOf[other * m + $0] == tableOf[other * m + pivot] }
            }
            let moving = members[r * tables + from].filter { isMovable[$0] && sameGroup($0) }
            let staying = members[r * tables + to].filter { isMovable[$0] && sameGroup($0) }
            let newFrom = members[r * tables + from].count - moving.count + staying.count
            let newTo = members[r * tables + to].count - staying.count + moving.count
            guard !(moving.isEmpty && staying.isEmpty),
                (layout.low[from]...layout.high[from]).contains(newFrom), (layout.low[to]...layout.high[to]).contains(newTo)
            else { return nil }
            return Flip(round: r, from: from, to: to, moving: moving, staying: staying)
        }

        /// Every pair whose weight the flip changes, with the change (each pair at most once).
        private func changes(_ flip: Flip, _ body: (Int, Int, Int32) -> Void) {
            let r = flip.round
            let atFrom = members[r * tables + flip.from]
            let atTo = members[r * tables + flip.to]
            let moving = Set(flip.moving)
            let staying = Set(flip.staying)
            let restFrom = atFrom.filter { !moving.contains($0) }
            let restTo = atTo.filter { !staying.contains($0) }
            for p in flip.moving {
                for x in restFrom { body(p, x, -1) }
                for y in restTo { body(p, y, 1) }
            }
            for q in flip.staying {
                for y in restTo { body(q, y, -1) }
                for x in restFrom { body(q, x, 1) }
            }
        }

        func flipDelta(_ flip: Flip) -> Score {
            var delta = Score()
            changes(flip) { a, b, change in
                let w = Int(weight[a * m + b])
                if change > 0 {
                    if w >= 1 { delta.repeats += 1 }
                    delta.squares += 2 * w + 1
                } else {
                    if w >= 2 { delta.repeats -= 1 }
                    delta.squares -= 2 * w - 1
                }
                let c = Int(change)
                if labels[0][a] >= 0 && labels[0][a] == labels[0][b] { delta.institution += c }
                if labels[1][a] >= 0 && labels[1][a] == labels[1][b] { delta.region += c }
            }
            return delta
        }

        mutating func apply(_ flip: Flip) {
            score = score + flipDelta(flip)
            var updates: [(Int, Int, Int32)] = []
            changes(flip) { updates.append(($0, $1, $2)) }
            for (a, b, change) in updates {
                weight[a * m + b] += change
                weight[b * m + a] += change
                for term in 0..<2 {
                    let kinds = self.kinds[term]
                    if labels[term][b] >= 0 { sums[term][a * kinds + labels[term][b]] += change }
                    if labels[term][a] >= 0 { sums[term][b * kinds + labels[term][a]] += change }
                }
            }
            let r = flip.round
            let moving = Set(flip.moving)
            let staying = Set(flip.staying)
            members[r * tables + flip.from] = members[r * tables + flip.from].filter { !moving.contains($0) } + flip.staying
            members[r * tables + flip.to] = members[r * tables + flip.to].filter { !staying.contains($0) } + flip.moving
            for p in flip.moving { tableOf[r * m + p] = Int32(flip.to) }
            for q in flip.staying { tableOf[r * m + q] = Int32(flip.from) }
        }
    }
}
