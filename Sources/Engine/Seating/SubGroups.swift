/// Splits a table into sub-groups for rounds that work in pairs, trios... (``RoundPlan/groupSize``).
public enum SubGroups {
    /// `max(1, members / size)` sub-groups whose sizes differ by at most one (so a remainder
    /// joins existing groups rather than forming a small one), with the people of one
    /// institution dealt over different sub-groups. Deterministic; each group lists its
    /// members in table order. Empty for an empty table.
    public static func split(_ members: [Int], size: Int, institution: (Int) -> String) -> [[Int]] {
        guard !members.isEmpty else { return [] }
        let count = max(1, members.count / max(1, size))
        guard count > 1 else { return [members] }
        // Largest institutions first, so that their members are dealt one per group.
        let keys = members.map(institution)
        var frequency: [String: Int] = [:]
        for key in keys where !key.isEmpty { frequency[key, default: 0] += 1 }
        let order = members.indices.sorted { a, b in
            let fa = keys[a].isEmpty ? 0 : frequency[keys[a], default: 0]
            let fb = keys[b].isEmpty ? 0 : frequency[keys[b], default: 0]
            return (fa, keys[a], b) > (fb, keys[b], a)
        }
        var groupOf = [Int](repeating: 0, count: members.count)
        for (rank, index) in order.enumerated() { groupOf[index] = rank % count }
        return (0..<count).map { group in members.indices.filter { groupOf[$0] == group }.map { members[$0] } }
    }
}
