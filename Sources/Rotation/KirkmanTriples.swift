/// Kirkman triple systems (groups of three, every pair exactly once) from the cyclotomic
/// constructions of Ray-Chaudhuri and Wilson (1971), for a prime power `q = 6t + 1` with
/// primitive element `g`:
/// - Theorem 5: `3q` points `(a, j)`, a in GF(q), j in 0..<3; `(3q - 1) / 2` rounds.
/// - Theorem 6: `2q + 1` points `(a, j)`, j in 0..<2, plus a point at infinity; `q` rounds
///   (this is Kirkman's schoolgirl problem, 5-3-7, for q = 7).
enum KirkmanTriples {
    /// `q` and `t` if `q = 6t + 1` is a prime power.
    private static func cyclotomic(_ q: Int) -> (field: FiniteField, t: Int)? {
        guard q >= 7, q % 6 == 1, let field = FiniteField(order: q) else { return nil }
        return (field, (q - 1) / 6)
    }

    static func rounds(groups: Int) -> Int {
        if cyclotomic(groups) != nil { return (3 * groups - 1) / 2 }
        if groups % 2 == 1, cyclotomic((3 * groups - 1) / 2) != nil { return (3 * groups - 1) / 2 }
        return 0
    }

    static func construct(groups: Int, maxRounds: Int) -> GroupDesign? {
        if let (field, t) = cyclotomic(groups) { return theorem5(field: field, t: t, maxRounds: maxRounds) }
        if groups % 2 == 1, let (field, t) = cyclotomic((3 * groups - 1) / 2) {
            return theorem6(field: field, t: t, maxRounds: maxRounds)
        }
        return nil
    }

    private static func theorem5(field: FiniteField, t: Int, maxRounds: Int) -> GroupDesign? {
        let q = field.order
        func label(_ a: Int, _ j: Int) -> Int { 3 * a + j }
        func group(_ shift: Int, _ i: Int, _ column: Int?) -> [Int] {
            (0..<3).map { x in label(field.add(shift, field.exp(i + 2 * x * t)), column ?? x) }
        }
        var rounds: [[[Int]]] = []
        for shift in 0..<q where rounds.count < maxRounds {
            var round = [[label(shift, 0), label(shift, 1), label(shift, 2)]]
            for i in 0..<t {
                for j in 0..<3 { round.append(group(shift, i, j)) }
            }
            for i in 0..<(6 * t) where (i / t) % 2 == 1 { round.append(group(shift, i, nil)) }
            rounds.append(round)
        }
        for i in 0..<(6 * t) where (i / t) % 2 == 0 && rounds.count < maxRounds {
            rounds.append((0..<q).map { group($0, i, nil) })
        }
        return GroupDesign(
            groups: q, size: 3, rounds: rounds, name: "Kirkman triple system KTS(\(3 * q)), Ray-Chaudhuri-Wilson")
    }

    private static func theorem6(field: FiniteField, t: Int, maxRounds: Int) -> GroupDesign? {
        let q = field.order
        let groups = (2 * q + 1) / 3
        func label(_ a: Int, _ j: Int) -> Int { 2 * a + j }
        let infinity = 2 * q
        let two = field.add(1, 1)
        let target = field.divide(field.add(field.exp(t), 1), two)
        guard target != 0 else { return nil }
        let m = field.log(target)
        func at(_ shift: Int, _ e: Int) -> Int { field.add(shift, field.exp(e)) }
        var rounds: [[[Int]]] = []
        for shift in 0..<q where rounds.count < maxRounds {
            var round = [[label(shift, 0), label(shift, 1), infinity]]
            for i in 0..<t {
                for j in 0..<3 {
                    round.append([
                        label(at(shift, i + 2 * j * t), 0),
                        label(at(shift, i + 2 * j * t + t), 0),
                        label(at(shift, i + 2 * j * t + m), 1),
                    ])
                }
                round.append([
                    label(at(shift, i + m + t), 1),
                    label(at(shift, i + m + 3 * t), 1),
                    label(at(shift, i + m + 5 * t), 1),
                ])
            }
            rounds.append(round)
        }
        return GroupDesign(
            groups: groups, size: 3, rounds: rounds,
            name: "Kirkman triple system KTS(\(2 * q + 1)), Ray-Chaudhuri-Wilson")
    }
}
