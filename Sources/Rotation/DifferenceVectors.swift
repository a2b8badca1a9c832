/// Transversal rounds from difference vectors over the cyclic group Z_G, found by a small
/// clique search, plus the "column" round when `size` divides `groups`.
///
/// People are `(x, y)`, column `x` in `0..<S`, row `y` in Z_G. A vector `f` in Z_G^S with
/// `f(0) = 0` gives the round whose group `c` is `{(x, c + f(x))}`. Two people `(x1, y1)`,
/// `(x2, y2)` meet in that round iff `y2 - y1 = f(x2) - f(x1)`, so two vectors can both be used
/// iff `f - g` takes `S` distinct values (a partial difference matrix). For prime `G` the
/// multiples of `(0, 1, ..., S-1)` give `G` rounds; for other orders (e.g. 10) a depth-first
/// search finds large sets quickly: 9 vectors for 10 groups of 5, where no complete set of 10
/// exists. If `S` divides `G`, each column (never met so far) splits into groups of `S`: one
/// more round. For 10 groups of 5 that is 10 rounds, one more than the 4 incomplete MOLS of
/// order 10 give.
enum DifferenceVectors {
    /// Candidate vectors `G^(S-1)` above which the search is not attempted.
    static let searchLimit = 250_000

    /// Whether the search is small enough to try.
    static func applies(groups: Int, size: Int) -> Bool {
        guard size >= 3, size <= groups, groups >= 4 else { return false }
        var count = 1
        for _ in 1..<size {
            count *= groups
            if count > searchLimit { return false }
        }
        return true
    }

    /// Rounds from a search stopping at `maxRounds`, or `nil` when not applicable.
    static func design(groups: Int, size: Int, maxRounds: Int, nodeLimit: Int = 60000) -> GroupDesign? {
        guard applies(groups: groups, size: size), maxRounds >= 1 else { return nil }
        let columnRound = groups % size == 0 ? 1 : 0
        let wanted = min(groups, max(1, maxRounds - columnRound))
        let vectors = search(groups: groups, size: size, wanted: wanted, nodeLimit: nodeLimit)
        var rounds = vectors.map { f in
            (0..<groups).map { c in (0..<size).map { x in x * groups + (c + f[x]) % groups } }
        }
        if columnRound == 1 && rounds.count < maxRounds {
            rounds.append(
                (0..<size).flatMap { x in
                    stride(from: 0, to: groups, by: size).map { start in
                        (start..<(start + size)).map { x * groups + $0 }
                    }
                })
        }
        return GroupDesign(
            groups: groups, size: size, rounds: rounds,
            name: "\(vectors.count) difference vectors over Z\(groups)"
                + (columnRound == 1 ? " plus a column round" : ""))
    }

    /// A largest-found set of vectors (the zero vector first) with pairwise differences injective.
    static func search(groups g: Int, size s: Int, wanted: Int, nodeLimit: Int) -> [[Int]] {
        // All vectors with f(0) = 0 and distinct entries (compatible with the zero vector).
        var candidates: [[Int]] = []
        var vector = Array(repeating: 0, count: s)
        func enumerate(_ position: Int) {
            if position == s {
                candidates.append(vector)
                return
            }
            for value in 1..<g where !vector[1..<position].contains(value) {
                vector[position] = value
                enumerate(position + 1)
            }
        }
        enumerate(1)
        func compatible(_ a: [Int], _ b: [Int]) -> Bool {
            var seen: UInt64 = 0
            var seenLarge = Set<Int>()
            for i in 0..<s {
                let d = (a[i] - b[i] + g) % g
                if g <= 64 {
                    let bit: UInt64 = 1 << UInt64(d)
                    if seen & bit != 0 { return false }
                    seen |= bit
                } else if !seenLarge.insert(d).inserted {
                    return false
                }
            }
            return true
        }
        var best: [[Int]] = [Array(repeating: 0, count: s)]
        var clique: [[Int]] = best
        var nodes = 0
        func expand(_ pool: [[Int]]) {
            if clique.count > best.count { best = clique }
            if best.count >= wanted || nodes >= nodeLimit { return }
            nodes += 1
            for (index, v) in pool.enumerated() {
                if clique.count + pool.count - index <= best.count { return }
                let next = pool[(index + 1)...].filter { compatible(v, $0) }
                clique.append(v)
                expand(next)
                clique.removeLast()
                if best.count >= wanted || nodes >= nodeLimit { return }
            }
        }
        expand(candidates)
        return Array(best.prefix(wanted))
    }
}
