/// The mutable seating of the planned rounds plus everything needed to score a change in
/// O(table size): the meeting-count matrix (history included), per-table institution and
/// region counts, and per-person question-coverage violations.
///
/// Rounds here are *planned* rounds, `0..<rounds`; absolute round `firstRound + r`.
struct SearchState {
    let n: Int
    let rounds: Int
    let firstRound: Int
    let tables: Int
    /// `slotStart[r * tables + t]`: where table `t` of round `r` starts in `members`; every table
    /// reserves as many slots as its largest allowed size.
    private let slotStart: [Int]
    let layout: TableLayout
    let movable: [Bool]
    /// Movable present people.
    let movableList: [Int]
    let institution: [Int32]
    let institutionKinds: Int
    let region: [Int32]
    let regionKinds: Int
    /// Same-region count above which a person counts as badly spread.
    let regionLimit: [Int32]
    let coverage: QuestionCoverage?

    /// `table[r * n + p]`: the table of person `p` in planned round `r`, or -1.
    private(set) var table: [Int32]
    private var slot: [Int32]
    private var members: [Int32]
    private(set) var size: [Int32]
    /// `meet[p * n + q]`: how often `p` and `q` sat together (finished and planned rounds).
    private(set) var meet: [UInt16]
    private var institutionCount: [Int32]
    private var regionCount: [Int32]
    private var violations: [Int32]
    private(set) var score: SeatingScore

    /// Builds the state. `assignment[r][p]` is the table of `p` in planned round `r` (or -1).
    init(context: PlanningContext, assignment: [[Int]]) {
        let problem = context.problem
        n = problem.people.count
        rounds = assignment.count
        firstRound = problem.finishedRounds.count
        tables = problem.tableCount
        layout = context.layout
        var starts: [Int] = []
        var offset = 0
        for _ in 0..<assignment.count {
            for t in 0..<problem.tableCount {
                starts.append(offset)
                offset += max(context.layout.high[t], context.hosts[t].count)
            }
        }
        slotStart = starts
        movable = context.movable
        movableList = context.movableList
        institution = context.institution
        institutionKinds = context.institutionKinds
        region = context.region
        regionKinds = context.regionKinds
        regionLimit = context.regionLimit
        coverage = context.coverage

        table = Array(repeating: -1, count: rounds * n)
        slot = Array(repeating: -1, count: rounds * n)
        members = Array(repeating: -1, count: offset)
        size = Array(repeating: 0, count: rounds * tables)
        meet = context.historyMeetings
        institutionCount = Array(repeating: 0, count: rounds * tables * institutionKinds)
        regionCount = Array(repeating: 0, count: rounds * tables * regionKinds)
        violations = Array(repeating: 0, count: n)
        score = .zero

        for r in 0..<rounds {
            for p in 0..<n where assignment[r][p] >= 0 {
                let t = assignment[r][p]
                let cell = r * tables + t
                let position = Int(size[cell])
                members[slotStart[cell] + position] = Int32(p)
                size[cell] += 1
                table[r * n + p] = Int32(t)
                slot[r * n + p] = Int32(position)
                if institution[p] >= 0 { institutionCount[cell * institutionKinds + Int(institution[p])] += 1 }
                if region[p] >= 0 { regionCount[cell * regionKinds + Int(region[p])] += 1 }
            }
            for t in 0..<tables {
                let cell = r * tables + t
                let count = Int(size[cell])
                for i in 0..<count {
                    let a = Int(members[slotStart[cell] + i])
                    for j in (i + 1)..<max(i + 1, count) {
                        let b = Int(members[slotStart[cell] + j])
                        meet[a * n + b] &+= 1
                        meet[b * n + a] &+= 1
                    }
                }
            }
        }
        score = recomputeScore()
    }

    // MARK: Scoring from scratch

    /// The full score, computed without incremental bookkeeping (also resets violations).
    mutating func recomputeScore() -> SeatingScore {
        var result = SeatingScore()
        for a in 0..<n {
            for b in (a + 1)..<max(a + 1, n) {
                let m = Int(meet[a * n + b])
                if m > 1 { result.repeats += m - 1 }
                result.squares += m * m
            }
        }
        for cell in 0..<(rounds * tables) {
            for k in 0..<institutionKinds {
                let c = Int(institutionCount[cell * institutionKinds + k])
                result.institution += c * (c - 1) / 2
            }
            for k in 0..<regionKinds {
                let c = Int(regionCount[cell * regionKinds + k])
                result.region += c * (c - 1) / 2
            }
        }
        if coverage != nil {
            for p in movableList {
                let v = coverageViolations(of: p, round: -1, table: -1)
                violations[p] = Int32(v)
                result.coverage += v
            }
        }
        return result
    }

    // MARK: Queries

    @inline(__always)
    func tableOf(_ person: Int, round r: Int) -> Int { Int(table[r * n + person]) }

    @inline(__always)
    func sizeOf(round r: Int, table t: Int) -> Int { Int(size[r * tables + t]) }

    /// The people at table `t` in planned round `r`.
    func people(round r: Int, table t: Int) -> [Int] {
        let cell = r * tables + t
        return (0..<Int(size[cell])).map { Int(members[slotStart[cell] + $0]) }
    }

    @inline(__always)
    func member(round r: Int, table t: Int, index i: Int) -> Int {
        Int(members[slotStart[r * tables + t] + i])
    }

    /// Whether all people at table `t` of round `r` can move (no host sits there).
    func isMovableTable(round r: Int, table t: Int) -> Bool {
        let cell = r * tables + t
        for i in 0..<Int(size[cell]) where !movable[Int(members[slotStart[cell] + i])] { return false }
        return true
    }

    /// Question-coverage violations of `person` over the planned rounds, optionally pretending
    /// that they sit at `table` in planned round `round`.
    func coverageViolations(of person: Int, round overrideRound: Int, table overrideTable: Int) -> Int {
        guard let coverage, movable[person] else { return 0 }
        var visited = coverage.visitedBefore[person]
        var count = 0
        for r in 0..<rounds {
            let t = r == overrideRound ? overrideTable : Int(table[r * n + person])
            if t < 0 { continue }
            let absolute = firstRound + r
            let bit = coverage.bit(round: absolute, table: t)
            if coverage.isViolation(round: absolute, bit: bit, visited: visited) { count += 1 }
            visited |= bit
        }
        return count
    }

    /// Whether `person` breaks the coverage rule in planned round `r`.
    func violatesCoverage(_ person: Int, round r: Int) -> Bool {
        guard let coverage, movable[person], violations[person] > 0 else { return false }
        var visited = coverage.visitedBefore[person]
        for rr in 0..<r {
            let t = Int(table[rr * n + person])
            if t >= 0 { visited |= coverage.bit(round: firstRound + rr, table: t) }
        }
        let t = Int(table[r * n + person])
        guard t >= 0 else { return false }
        let absolute = firstRound + r
        return coverage.isViolation(round: absolute, bit: coverage.bit(round: absolute, table: t), visited: visited)
    }

    /// The objective terms person `p` in round `r` takes part in and that could improve, as a
    /// bit set: 1 coverage, 2 repeats, 4 institution, 8 region; 0 when not conflicted.
    func conflicts(_ p: Int, round r: Int) -> Int {
        let t = Int(table[r * n + p])
        guard t >= 0, movable[p] else { return 0 }
        var result = 0
        let cell = r * tables + t
        let count = Int(size[cell])
        for i in 0..<count {
            let x = Int(members[slotStart[cell] + i])
            if x != p && meet[p * n + x] >= 2 {
                result |= 2
                break
            }
        }
        if institution[p] >= 0 && institutionCount[cell * institutionKinds + Int(institution[p])] >= 2 { result |= 4 }
        if region[p] >= 0 {
            let k = Int(region[p])
            if regionCount[cell * regionKinds + k] > regionLimit[k] { result |= 8 }
        }
        if violatesCoverage(p, round: r) { result |= 1 }
        return result
    }

    // MARK: Deltas

    /// Repeats and squares change when `a` (in `cellA`) and `b` (in `cellB`) trade places:
    /// `a` leaves everybody at its table and joins `b`'s table mates, and vice versa.
    @inline(__always)
    private func meetingDelta(cellA: Int, a: Int, cellB: Int, b: Int) -> (Int, Int) {
        let sizeA = Int(size[cellA])
        let sizeB = Int(size[cellB])
        let n = self.n
        return members.withUnsafeBufferPointer { group in
            meet.withUnsafeBufferPointer { meet in
                var repeats = 0
                var squares = 0
                let rowA = a * n
                let rowB = b * n
                let startA = slotStart[cellA]
                for i in startA..<(startA + sizeA) {
                    let x = Int(group[i])
                    if x == a { continue }
                    let leave = Int(meet[rowA + x])
                    let join = Int(meet[rowB + x])
                    repeats += (join >= 1 ? 1 : 0) - (leave >= 2 ? 1 : 0)
                    squares += 2 * (join - leave) + 2
                }
                let startB = slotStart[cellB]
                for i in startB..<(startB + sizeB) {
                    let y = Int(group[i])
                    if y == b { continue }
                    let leave = Int(meet[rowB + y])
                    let join = Int(meet[rowA + y])
                    repeats += (join >= 1 ? 1 : 0) - (leave >= 2 ? 1 : 0)
                    squares += 2 * (join - leave) + 2
                }
                return (repeats, squares)
            }
        }
    }

    /// Change of question-coverage violations if `person` sat at `table` in planned round `r`.
    func coverageDelta(_ person: Int, round r: Int, table t: Int) -> Int {
        guard coverage != nil else { return 0 }
        return coverageViolations(of: person, round: r, table: t) - Int(violations[person])
    }

    /// Change of the score if `a` and `b` (at different tables of round `r`) swap seats.
    /// `coverageOfA`, if known, is `coverageDelta(a, round: r, table: table of b)`.
    func swapDelta(round r: Int, _ a: Int, _ b: Int, coverageOfA: Int? = nil) -> SeatingScore {
        let ta = Int(table[r * n + a])
        let tb = Int(table[r * n + b])
        var delta = SeatingScore()
        let cellA = r * tables + ta
        let cellB = r * tables + tb
        let (repeats, squares) = meetingDelta(cellA: cellA, a: a, cellB: cellB, b: b)
        delta.repeats = repeats
        delta.squares = squares
        let ia = institution[a]
        let ib = institution[b]
        if ia != ib {
            if ia >= 0 {
                delta.institution -= Int(institutionCount[cellA * institutionKinds + Int(ia)]) - 1
                delta.institution += Int(institutionCount[cellB * institutionKinds + Int(ia)])
            }
            if ib >= 0 {
                delta.institution -= Int(institutionCount[cellB * institutionKinds + Int(ib)]) - 1
                delta.institution += Int(institutionCount[cellA * institutionKinds + Int(ib)])
            }
        }
        let ga = region[a]
        let gb = region[b]
        if ga != gb {
            if ga >= 0 {
                delta.region -= Int(regionCount[cellA * regionKinds + Int(ga)]) - 1
                delta.region += Int(regionCount[cellB * regionKinds + Int(ga)])
            }
            if gb >= 0 {
                delta.region -= Int(regionCount[cellB * regionKinds + Int(gb)]) - 1
                delta.region += Int(regionCount[cellA * regionKinds + Int(gb)])
            }
        }
        if let coverage,
            coverage.bit(round: firstRound + r, table: ta) != coverage.bit(round: firstRound + r, table: tb)
        {
            delta.coverage += coverageOfA ?? coverageDelta(a, round: r, table: tb)
            delta.coverage += coverageDelta(b, round: r, table: ta)
        }
        return delta
    }

    /// Whether `a` may move alone from its table to `target` in round `r` (sizes stay in layout).
    func canMove(round r: Int, _ a: Int, to target: Int) -> Bool {
        let from = Int(table[r * n + a])
        guard from != target else { return false }
        let sizeFrom = Int(size[r * tables + from])
        let sizeTo = Int(size[r * tables + target])
        return sizeFrom == layout.high[from] && sizeFrom > layout.low[from]
            && sizeTo == layout.low[target] && layout.high[target] > sizeTo
    }

    /// Change of the score if `a` moves from its table to `target` in round `r`.
    func moveDelta(round r: Int, _ a: Int, to target: Int) -> SeatingScore {
        let from = Int(table[r * n + a])
        var delta = SeatingScore()
        let cellA = r * tables + from
        let cellB = r * tables + target
        let row = a * n
        for i in 0..<Int(size[cellA]) {
            let x = Int(members[slotStart[cellA] + i])
            if x == a { continue }
            let leave = Int(meet[row + x])
            if leave >= 2 { delta.repeats -= 1 }
            delta.squares -= 2 * leave - 1
        }
        for i in 0..<Int(size[cellB]) {
            let y = Int(members[slotStart[cellB] + i])
            let join = Int(meet[row + y])
            if join >= 1 { delta.repeats += 1 }
            delta.squares += 2 * join + 1
        }
        let ia = institution[a]
        if ia >= 0 {
            delta.institution -= Int(institutionCount[cellA * institutionKinds + Int(ia)]) - 1
            delta.institution += Int(institutionCount[cellB * institutionKinds + Int(ia)])
        }
        let ga = region[a]
        if ga >= 0 {
            delta.region -= Int(regionCount[cellA * regionKinds + Int(ga)]) - 1
            delta.region += Int(regionCount[cellB * regionKinds + Int(ga)])
        }
        if coverage != nil {
            delta.coverage += coverageViolations(of: a, round: r, table: target) - Int(violations[a])
        }
        return delta
    }

    /// Whether the whole contents of tables `x` and `y` of round `r` may trade places.
    func canSwapTables(round r: Int, _ x: Int, _ y: Int) -> Bool {
        guard x != y, isMovableTable(round: r, table: x), isMovableTable(round: r, table: y) else { return false }
        let sx = Int(size[r * tables + x])
        let sy = Int(size[r * tables + y])
        return layout.low[y] <= sx && sx <= layout.high[y] && layout.low[x] <= sy && sy <= layout.high[x]
    }

    /// Change of the score if the groups at tables `x` and `y` of round `r` trade tables.
    /// Only question coverage can change: the groups stay together.
    func tableSwapDelta(round r: Int, _ x: Int, _ y: Int) -> SeatingScore {
        var delta = SeatingScore()
        guard coverage != nil else { return delta }
        for (from, to) in [(x, y), (y, x)] {
            let cell = r * tables + from
            for i in 0..<Int(size[cell]) {
                let p = Int(members[slotStart[cell] + i])
                delta.coverage += coverageViolations(of: p, round: r, table: to) - Int(violations[p])
            }
        }
        return delta
    }

    // MARK: Changes

    private mutating func remove(_ p: Int, round r: Int) {
        let t = Int(table[r * n + p])
        let cell = r * tables + t
        let position = Int(slot[r * n + p])
        let last = Int(size[cell]) - 1
        let moved = members[slotStart[cell] + last]
        members[slotStart[cell] + position] = moved
        slot[r * n + Int(moved)] = Int32(position)
        members[slotStart[cell] + last] = -1
        size[cell] -= 1
        for i in 0..<last {
            let x = Int(members[slotStart[cell] + i])
            meet[p * n + x] &-= 1
            meet[x * n + p] &-= 1
        }
        if institution[p] >= 0 { institutionCount[cell * institutionKinds + Int(institution[p])] -= 1 }
        if region[p] >= 0 { regionCount[cell * regionKinds + Int(region[p])] -= 1 }
        table[r * n + p] = -1
    }

    private mutating func insert(_ p: Int, round r: Int, table t: Int) {
        let cell = r * tables + t
        let position = Int(size[cell])
        for i in 0..<position {
            let x = Int(members[slotStart[cell] + i])
            meet[p * n + x] &+= 1
            meet[x * n + p] &+= 1
        }
        members[slotStart[cell] + position] = Int32(p)
        size[cell] += 1
        slot[r * n + p] = Int32(position)
        table[r * n + p] = Int32(t)
        if institution[p] >= 0 { institutionCount[cell * institutionKinds + Int(institution[p])] += 1 }
        if region[p] >= 0 { regionCount[cell * regionKinds + Int(region[p])] += 1 }
    }

    private mutating func refreshViolations(_ people: [Int]) {
        guard coverage != nil else { return }
        for p in people { violations[p] = Int32(coverageViolations(of: p, round: -1, table: -1)) }
    }

    /// Swaps `a` and `b` in round `r`; `delta` must be `swapDelta(round: r, a, b)`.
    mutating func applySwap(round r: Int, _ a: Int, _ b: Int, delta: SeatingScore) {
        let ta = Int(table[r * n + a])
        let tb = Int(table[r * n + b])
        remove(a, round: r)
        remove(b, round: r)
        insert(a, round: r, table: tb)
        insert(b, round: r, table: ta)
        refreshViolations([a, b])
        score += delta
    }

    /// Moves `a` to `target` in round `r`; `delta` must be `moveDelta(round: r, a, to: target)`.
    mutating func applyMove(round r: Int, _ a: Int, to target: Int, delta: SeatingScore) {
        remove(a, round: r)
        insert(a, round: r, table: target)
        refreshViolations([a])
        score += delta
    }

    /// Lets the groups at tables `x` and `y` of round `r` trade tables.
    mutating func applyTableSwap(round r: Int, _ x: Int, _ y: Int, delta: SeatingScore) {
        let groupX = people(round: r, table: x)
        let groupY = people(round: r, table: y)
        for p in groupX { remove(p, round: r) }
        for p in groupY { remove(p, round: r) }
        for p in groupX { insert(p, round: r, table: y) }
        for p in groupY { insert(p, round: r, table: x) }
        refreshViolations(groupX + groupY)
        score += delta
    }

    /// The seating of all planned rounds, `assignment[r][p]`.
    func assignment() -> [[Int]] {
        (0..<rounds).map { r in (0..<n).map { Int(table[r * n + $0]) } }
    }

    /// A copy of the raw table array, for snapshots.
    var snapshot: [Int32] { table }
}
