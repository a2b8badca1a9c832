/// The adjusted Rand index (Hubert and Arabie, 1985) between two partitions of the same items:
/// 1 for identical partitions, about 0 for independent ones, negative when worse than chance.
///
/// ARI = (Σ C(n_ij, 2) - E) / (½ (Σ C(a_i, 2) + Σ C(b_j, 2)) - E), with
/// E = Σ C(a_i, 2) Σ C(b_j, 2) / C(n, 2), where n_ij counts items in cluster i of the first
/// partition and j of the second, and a_i, b_j are the cluster sizes.
public enum AdjustedRandIndex {
    /// The index between two labelings of the same items (labels of any hashable type; only
    /// which items share a label matters). Two labelings that both put every item in one
    /// cluster, or both in singletons, score 1. Labelings of different lengths do not describe
    /// the same items: the result is then NaN.
    public static func score<A: Hashable, B: Hashable>(_ first: [A], _ second: [B]) -> Double {
        guard first.count == second.count else { return .nan }
        let n = first.count
        guard n > 1 else { return 1 }
        var firstIDs: [A: Int] = [:]
        var secondIDs: [B: Int] = [:]
        var contingency: [Int64: Int] = [:]
        var firstSizes: [Int] = []
        var secondSizes: [Int] = []
        /// The dense index of a label, allocated on first sight.
        func index<L: Hashable>(of label: L, in ids: inout [L: Int], sizes: inout [Int]) -> Int {
            if let existing = ids[label] { return existing }
            ids[label] = sizes.count
            sizes.append(0)
            return sizes.count - 1
        }
        for (a, b) in zip(first, second) {
            let i = index(of: a, in: &firstIDs, sizes: &firstSizes)
            let j = index(of: b, in: &secondIDs, sizes: &secondSizes)
            firstSizes[i] += 1
            secondSizes[j] += 1
            contingency[Int64(i) << 32 | Int64(j), default: 0] += 1
        }
        func pairs(_ k: Int) -> Double { Double(k) * Double(k - 1) / 2 }
        let index = contingency.values.reduce(0) { $0 + pairs($1) }
        let firstPairs = firstSizes.reduce(0) { $0 + pairs($1) }
        let secondPairs = secondSizes.reduce(0) { $0 + pairs($1) }
        let expected = firstPairs * secondPairs / pairs(n)
        let maximum = (firstPairs + secondPairs) / 2
        if maximum == expected { return 1 }
        return (index - expected) / (maximum - expected)
    }
}
