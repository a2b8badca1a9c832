/// The planner's objective, compared lexicographically in declaration order (smaller is better):
/// question-coverage violations (a hard rule, kept as a penalty so that infeasible inputs still
/// get a plan), repeated pairs, sum of squared meeting counts, same-institution pairs at a
/// table, same-region pairs at a table.
struct SeatingScore: Sendable, Hashable, Comparable, CustomStringConvertible {
    var coverage = 0
    var repeats = 0
    var squares = 0
    var institution = 0
    var region = 0

    static let zero = SeatingScore()

    static func < (lhs: SeatingScore, rhs: SeatingScore) -> Bool {
        if lhs.coverage != rhs.coverage { return lhs.coverage < rhs.coverage }
        if lhs.repeats != rhs.repeats { return lhs.repeats < rhs.repeats }
        if lhs.squares != rhs.squares { return lhs.squares < rhs.squares }
        if lhs.institution != rhs.institution { return lhs.institution < rhs.institution }
        return lhs.region < rhs.region
    }

    static func + (lhs: SeatingScore, rhs: SeatingScore) -> SeatingScore {
        SeatingScore(
            coverage: lhs.coverage + rhs.coverage,
            repeats: lhs.repeats + rhs.repeats,
            squares: lhs.squares + rhs.squares,
            institution: lhs.institution + rhs.institution,
            region: lhs.region + rhs.region
        )
    }

    static func += (lhs: inout SeatingScore, rhs: SeatingScore) { lhs = lhs + rhs }

    var description: String {
        "coverage \(coverage), repeats \(repeats), squares \(squares), institution \(institution), region \(region)"
    }
}
