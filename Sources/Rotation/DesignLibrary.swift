/// Algebraic constructions for pure group mixing: `groups` groups of `size` people for as many
/// rounds as possible with nobody meeting twice. The library knows
/// - round robin for pairs,
/// - transversal designs over a product of finite fields (MacNeish) and the modular scheme,
///   including the affine planes AG(2, q) over prime and prime-power fields,
/// - the lines of AG(n, q),
/// - Kirkman triple systems (Ray-Chaudhuri-Wilson),
/// - labelled blow-ups of subspace designs over GF(2) (8-4-10 and 6-4-7).
///
/// Every design is verified before it is returned.
public enum DesignLibrary {
    private struct Candidate {
        let rounds: Int
        let build: (Int) -> GroupDesign?
    }

    private static func candidates(groups: Int, size: Int) -> [Candidate] {
        var list: [Candidate] = []
        guard groups >= 1, size >= 2 else { return list }
        if size == 2 {
            list.append(Candidate(rounds: 2 * groups - 1) { RoundRobin.pairs(groups: groups, maxRounds: $0) })
        }
        let product = TransversalDesigns.fieldProductRounds(groups: groups, size: size)
        if product > 0 {
            list.append(
                Candidate(rounds: product) {
                    TransversalDesigns.fieldProduct(groups: groups, size: size, maxRounds: $0)
                })
        }
        if size <= groups {
            let modular = TransversalDesigns.modularMultipliers(groups: groups, size: size).count
            list.append(
                Candidate(rounds: modular) { TransversalDesigns.modular(groups: groups, size: size, maxRounds: $0) })
        }
        let affine = AffineGeometry.rounds(groups: groups, size: size)
        if affine > 0 {
            list.append(Candidate(rounds: affine) { AffineGeometry.lines(groups: groups, size: size, maxRounds: $0) })
        }
        if size == 3 {
            let kirkman = KirkmanTriples.rounds(groups: groups)
            if kirkman > 0 {
                list.append(Candidate(rounds: kirkman) { KirkmanTriples.construct(groups: groups, maxRounds: $0) })
            }
        }
        if groups == 8 && size == 4 {
            list.append(Candidate(rounds: 10) { SubspaceDesigns.doubledSpreads(maxRounds: $0) })
        }
        if groups == 6 && size == 4 {
            list.append(Candidate(rounds: 7) { SubspaceDesigns.tripledPlanes(maxRounds: $0) })
        }
        // Any single round is repeat-free.
        list.append(
            Candidate(rounds: 1) { _ in
                GroupDesign(
                    groups: groups, size: size,
                    rounds: [(0..<groups).map { g in Array((g * size)..<(g * size + size)) }],
                    name: "single round")
            })
        return list
    }

    /// The most rounds without repeats that a construction in the library reaches for
    /// `groups` groups of `size` (0 if `size < 2`, where nobody ever meets anyway). For small
    /// composite `groups` this runs the difference-vector search to its node limit, which can
    /// take some tens of milliseconds.
    public static func maximumRounds(groups: Int, size: Int) -> Int {
        design(groups: groups, size: size)?.rounds.count ?? 0
    }

    /// The construction reaching the most rounds (at most `rounds` of them are built),
    /// or `nil` if `size < 2` or `groups < 1`.
    public static func design(groups: Int, size: Int, rounds: Int = Int.max) -> GroupDesign? {
        let wanted = max(1, rounds)
        let ordered = candidates(groups: groups, size: size).enumerated().sorted { lhs, rhs in
            lhs.element.rounds != rhs.element.rounds ? lhs.element.rounds > rhs.element.rounds : lhs.offset < rhs.offset
        }
        var best: GroupDesign?
        for (_, candidate) in ordered {
            if let design = candidate.build(wanted) {
                best = design
                break
            }
        }
        // The difference-vector search may beat the closed forms; try it only when it could help.
        let have = best?.rounds.count ?? 0
        if have < wanted, DifferenceVectors.applies(groups: groups, size: size),
            have < groups + (groups % size == 0 ? 1 : 0),
            let searched = DifferenceVectors.design(groups: groups, size: size, maxRounds: wanted),
            searched.rounds.count > have
        {
            best = searched
        }
        return best
    }
}
