/// The lines of the affine space AG(n, q): points are the vectors of GF(q)^n, every direction
/// (a one-dimensional subspace) gives a round whose groups are the `q^(n-1)` parallel lines.
/// Two points lie on exactly one line, so the `(q^n - 1) / (q - 1)` rounds never repeat a pair:
/// an optimal plan for `q^(n-1)` groups of `q` (e.g. 5-5-6, 9-3-13, 16-4-21).
enum AffineGeometry {
    /// `(n, q)` if `groups = q^(n-1)` and `size = q` is a prime power, `n >= 2`.
    static func parameters(groups: Int, size: Int) -> (dimension: Int, order: Int)? {
        guard size >= 2, FiniteField.primePower(size) != nil else { return nil }
        var rest = groups
        var dimension = 1
        while rest > 1 && rest % size == 0 {
            rest /= size
            dimension += 1
        }
        return rest == 1 && dimension >= 2 ? (dimension, size) : nil
    }

    static func rounds(groups: Int, size: Int) -> Int {
        guard let (n, q) = parameters(groups: groups, size: size) else { return 0 }
        var points = 1
        for _ in 0..<n { points *= q }
        return (points - 1) / (q - 1)
    }

    static func lines(groups: Int, size: Int, maxRounds: Int) -> GroupDesign? {
        guard let (n, q) = parameters(groups: groups, size: size), let field = FiniteField(order: q) else { return nil }
        let points = groups * size
        func digits(_ v: Int) -> [Int] {
            var rest = v
            return (0..<n).map { _ in
                defer { rest /= q }
                return rest % q
            }
        }
        func code(_ d: [Int]) -> Int { d.reversed().reduce(0) { $0 * q + $1 } }
        let vectors = (0..<points).map(digits)
        // Normalised directions: the last non-zero coordinate is 1.
        let directions = vectors.filter { v in v.last { $0 != 0 } == 1 }
        var rounds: [[[Int]]] = []
        for direction in directions.prefix(maxRounds) {
            var used = [Bool](repeating: false, count: points)
            var round: [[Int]] = []
            for start in 0..<points where !used[start] {
                let base = vectors[start]
                let line = (0..<q).map { t in
                    code((0..<n).map { field.add(base[$0], field.multiply(t, direction[$0])) })
                }
                for p in line { used[p] = true }
                round.append(line)
            }
            rounds.append(round)
        }
        return GroupDesign(groups: groups, size: size, rounds: rounds, name: "affine geometry AG(\(n),\(q))")
    }
}
