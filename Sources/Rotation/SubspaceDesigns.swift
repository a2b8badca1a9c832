/// Resolvable designs from subspaces of GF(2)^n, blown up with labels (``LabelledBlowUp``).
///
/// - 8-4-10 (32 people): a spread of GF(2)^4 is five 2-dimensional subspaces covering every
///   non-zero vector once; the cosets of each subspace form a round of AG(2,4) (16 points,
///   groups of 4). Two spreads without a common subspace give 10 rounds in which every pair of
///   the 16 points meets exactly twice, and never three points twice together (two different
///   2-dimensional subspaces share at most one non-zero vector). Doubling every point with
///   Z_2 labels solved over GF(2) gives a resolvable 4-GDD of type 2^16: 32 people, 8 groups
///   of 4, 10 rounds, everybody meets 30 of the 31 others (the counting maximum).
/// - 6-4-7 (24 people): the 7 planes through the origin of AG(3,2) and their complements
///   (8 points, groups of 4, every pair in 3 blocks), tripled with Z_3 labels: a resolvable
///   4-GDD of type 3^8, everybody meets 21 of the 23 others (the counting maximum).
enum SubspaceDesigns {
    /// Two-dimensional subspaces of GF(2)^n as sorted lists of their three non-zero vectors.
    static func planes(dimension n: Int) -> [[Int]] {
        let size = 1 << n
        var result = Set<[Int]>()
        for a in 1..<size {
            for b in (a + 1)..<size { result.insert([a, b, a ^ b].sorted()) }
        }
        return result.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Spreads of GF(2)^4 (sets of planes partitioning the non-zero vectors), in search order,
    /// skipping any plane in `avoid`; the first one found.
    static func spread(avoiding avoid: Set<[Int]>) -> [[Int]]? {
        let candidates = planes(dimension: 4).filter { !avoid.contains($0) }
        var chosen: [[Int]] = []
        func search(_ covered: Int, _ start: Int) -> Bool {
            if covered == 0xFFFE { return true }
            // The smallest uncovered vector must be covered next.
            let next = (1..<16).first { covered & (1 << $0) == 0 } ?? 0
            for index in start..<candidates.count {
                let plane = candidates[index]
                guard plane.contains(next) else { continue }
                let mask = plane.reduce(0) { $0 | (1 << $1) }
                guard covered & mask == 0 else { continue }
                chosen.append(plane)
                if search(covered | mask, 0) { return true }
                chosen.removeLast()
            }
            return false
        }
        return search(0, 0) ? chosen : nil
    }

    /// The round (parallel class) of cosets of a subspace given by its non-zero vectors.
    static func cosets(of subspace: [Int], points: Int) -> [[Int]] {
        let members = [0] + subspace
        var used = [Bool](repeating: false, count: points)
        var round: [[Int]] = []
        for a in 0..<points where !used[a] {
            let coset = members.map { a ^ $0 }.sorted()
            for p in coset { used[p] = true }
            round.append(coset)
        }
        return round
    }

    /// 32 people, 8 groups of 4, 10 rounds without repeats.
    static func doubledSpreads(maxRounds: Int) -> GroupDesign? {
        guard let first = spread(avoiding: []), let second = spread(avoiding: Set(first)) else { return nil }
        let base = (first + second).map { cosets(of: $0, points: 16) }
        guard let rounds = LabelledBlowUp.blowUp(baseRounds: base, basePoints: 16, copies: 2) else { return nil }
        return GroupDesign(
            groups: 8, size: 4, rounds: Array(rounds.prefix(maxRounds)),
            name: "two disjoint spreads of GF(2)^4 doubled with GF(2) labels (4-GDD of type 2^16)")
    }

    /// 24 people, 6 groups of 4, 7 rounds without repeats.
    static func tripledPlanes(maxRounds: Int) -> GroupDesign? {
        let base = planes(dimension: 3).map { plane -> [[Int]] in
            let inside = ([0] + plane).sorted()
            return [inside, (0..<8).filter { !inside.contains($0) }]
        }
        guard let rounds = LabelledBlowUp.blowUp(baseRounds: base, basePoints: 8, copies: 3) else { return nil }
        return GroupDesign(
            groups: 6, size: 4, rounds: Array(rounds.prefix(maxRounds)),
            name: "planes of AG(3,2) tripled with Z3 labels (4-GDD of type 3^8)")
    }
}
