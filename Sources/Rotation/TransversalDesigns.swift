/// Transversal ("modular" / Latin-square) schemes: `size` columns of `groups` points; point
/// `(x, y)` sits in column `x`, row `y`. In round `m` group `c` holds the points
/// `(x, c + m * col(x))`, one per column, so points of one column never meet and two points
/// `(x1, y1)`, `(x2, y2)` meet only in the round `m` with `y2 - y1 = m * (col(x2) - col(x1))`.
enum TransversalDesigns {
    /// Over the ring GF(q1) x ... x GF(qr) with `groups = q1 * ... * qr` (MacNeish's product of
    /// fields). Components with `q >= size` ("good" ones) separate every two columns; multipliers
    /// ranging over the good components give `product of good q` rounds. When `groups` is a
    /// prime power equal to `size`, the columns themselves add one more round: the affine plane
    /// AG(2, q). Returns `nil` when no component is good.
    static func fieldProduct(groups: Int, size: Int, maxRounds: Int) -> GroupDesign? {
        guard size >= 2, size <= groups, maxRounds >= 1 else { return nil }
        let factors = FiniteField.primePowerFactors(groups)
        let fields = factors.compactMap { FiniteField(order: $0) }
        guard fields.count == factors.count else { return nil }
        let good = factors.indices.filter { factors[$0] >= size }
        guard !good.isEmpty else { return nil }
        // Mixed-radix codes for ring elements.
        func decode(_ index: Int) -> [Int] {
            var rest = index
            return factors.map { q in
                defer { rest /= q }
                return rest % q
            }
        }
        func encode(_ parts: [Int]) -> Int {
            var result = 0
            for i in factors.indices.reversed() { result = result * factors[i] + parts[i] }
            return result
        }
        let columns = (0..<size).map { x in factors.map { q in q >= size ? x : x % q } }
        let elements = (0..<groups).map(decode)
        let goodCount = good.reduce(1) { $0 * factors[$1] }
        var rounds: [[[Int]]] = []
        for index in 0..<min(goodCount, maxRounds) {
            // Multiplier: the index spread over the good components, zero elsewhere.
            var multiplier = Array(repeating: 0, count: factors.count)
            var rest = index
            for i in good {
                multiplier[i] = rest % factors[i]
                rest /= factors[i]
            }
            var round: [[Int]] = []
            round.reserveCapacity(groups)
            for c in elements {
                var group: [Int] = []
                group.reserveCapacity(size)
                for x in 0..<size {
                    var y = c
                    for i in factors.indices {
                        y[i] = fields[i].add(c[i], fields[i].multiply(multiplier[i], columns[x][i]))
                    }
                    group.append(x * groups + encode(y))
                }
                round.append(group)
            }
            rounds.append(round)
        }
        let plane = factors.count == 1 && groups == size
        if plane && rounds.count < maxRounds {
            rounds.append((0..<size).map { x in (0..<groups).map { x * groups + $0 } })
        }
        let name =
            factors.count == 1
            ? (plane ? "affine plane AG(2,\(groups))" : "transversal design over GF(\(groups))")
            : "transversal design over " + factors.map { "GF(\($0))" }.joined(separator: " x ")
        return GroupDesign(groups: groups, size: size, rounds: rounds, name: name)
    }

    /// Rounds `fieldProduct` would give (without building it).
    static func fieldProductRounds(groups: Int, size: Int) -> Int {
        guard size >= 2, size <= groups else { return 0 }
        let factors = FiniteField.primePowerFactors(groups)
        let good = factors.filter { $0 >= size }
        guard !good.isEmpty else { return 0 }
        return good.reduce(1, *) + (factors.count == 1 && groups == size ? 1 : 0)
    }

    /// Over the integers modulo `groups` with columns `0..<size`: multipliers `m, m'` may both
    /// be used iff `groups / gcd(m - m', groups) >= size`; a greedy maximal set is taken
    /// (the classic column-shift scheme).
    static func modular(groups: Int, size: Int, maxRounds: Int) -> GroupDesign? {
        guard size >= 2, size <= groups, maxRounds >= 1 else { return nil }
        let multipliers = modularMultipliers(groups: groups, size: size, limit: maxRounds)
        let rounds = multipliers.map { m in
            (0..<groups).map { c in (0..<size).map { x in x * groups + (c + m * x) % groups } }
        }
        return GroupDesign(groups: groups, size: size, rounds: rounds, name: "modular scheme over Z\(groups)")
    }

    static func modularMultipliers(groups: Int, size: Int, limit: Int = Int.max) -> [Int] {
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        var chosen = [0]
        for m in 1..<groups where chosen.count < limit {
            if chosen.allSatisfy({ groups / gcd(m - $0, groups) >= size }) { chosen.append(m) }
        }
        return chosen
    }
}
