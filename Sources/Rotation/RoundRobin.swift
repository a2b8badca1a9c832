/// The circle method for pairs: `2g` people, `2g - 1` rounds, every pair meets exactly once
/// (a one-factorisation of the complete graph).
enum RoundRobin {
    static func pairs(groups: Int, maxRounds: Int) -> GroupDesign? {
        guard groups >= 1 else { return nil }
        let n = 2 * groups
        let cycle = n - 1
        let rounds = (0..<min(cycle, maxRounds)).map { r in
            [[r, n - 1]] + (1..<groups).map { k in [(r + k) % cycle, (r - k + cycle) % cycle] }
        }
        return GroupDesign(groups: groups, size: 2, rounds: rounds, name: "round robin (circle method)")
    }
}
