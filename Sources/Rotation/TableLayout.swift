/// The allowed size of every table in a planned round: "as even as possible".
///
/// Table `t` holds either `low[t]` or `high[t]` people (hosts included), and exactly
/// `extraSeats` tables hold `high`. The sizes come from water-filling a level `L`:
/// `low[t] = clamp(L, hosts[t], capacity[t])`, `high[t] = clamp(L + 1, ...)`, so without
/// capacities sizes differ by at most one, and with capacities every table not at its
/// capacity is within one of the others. Tables with more hosts than `L + 1` keep their hosts.
struct TableLayout: Sendable, Hashable {
    /// Smallest allowed size per table.
    let low: [Int]
    /// Largest allowed size per table (`low` or `low + 1`).
    let high: [Int]
    /// Number of tables that hold `high` people.
    let extraSeats: Int
    /// People seated per round.
    let seated: Int

    /// The layout for `seated` people at tables with the given hosts and capacities.
    init(seated: Int, hosts: [Int], capacities: [Int]?) {
        let tables = hosts.count
        func clamp(_ level: Int, _ table: Int) -> Int {
            let floor = hosts[table]
            let ceiling = capacities.map { max($0[table], floor) } ?? Int.max
            return min(max(level, floor), ceiling)
        }
        func total(_ level: Int) -> Int { (0..<tables).reduce(0) { $0 + clamp(level, $1) } }
        // Largest level whose total does not exceed `seated` (binary search; total is monotone).
        var lower = 0
        var upper = max(seated, hosts.max() ?? 0) + 1
        while lower < upper {
            let middle = (lower + upper + 1) / 2
            if total(middle) <= seated { lower = middle } else { upper = middle - 1 }
        }
        let level = lower
        low = (0..<tables).map { clamp(level, $0) }
        high = (0..<tables).map { clamp(level + 1, $0) }
        extraSeats = max(0, seated - low.reduce(0, +))
        self.seated = seated
    }

    /// The initial size of each table: the first `extraSeats` growable tables get `high`.
    /// `preferred` orders the tables to receive the extra seat first.
    func initialSizes(preferred: [Int]? = nil) -> [Int] {
        var sizes = low
        var remaining = extraSeats
        for table in preferred ?? Array(low.indices) where remaining > 0 && high[table] > low[table] {
            sizes[table] = high[table]
            remaining -= 1
        }
        return sizes
    }

    /// Whether every table of the layout can hold exactly `size` people.
    func isUniform(size: Int) -> Bool {
        zip(low, high).allSatisfy { $0.0 <= size && size <= $0.1 }
    }
}
