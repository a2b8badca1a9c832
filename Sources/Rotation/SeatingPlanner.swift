import Dispatch

/// Plans who sits at which table in every round of a workshop.
///
/// Hard rules (always kept): every present person sits at exactly one table per planned round;
/// table sizes differ by at most one, or stay within capacities when given; hosts never move;
/// finished rounds are kept exactly. The question-coverage rule is kept whenever the search
/// finds a way (it is the first term of the objective). Then, lexicographically: repeated pairs,
/// the sum of squared meeting counts, same-institution pairs at a table, same-region pairs.
///
/// The plan starts from an algebraic design when one fits (see ``DesignLibrary``), otherwise
/// from a greedy seating, and is improved by tabu search until every term reaches its lower
/// bound or the iteration budget is spent. The same problem (including its seed) and options
/// always give the same plan, unless a `timeLimit` cuts the search short.
///
/// ```swift
/// let plan = try SeatingPlanner().plan(problem)
/// print(plan.rounds[1][0])                 // people at table 0 in round 1
/// print(plan.report.repeatedPairs)
/// ```
public struct SeatingPlanner: Sendable {
    /// Tuning knobs; the defaults suit interactive use.
    public struct Options: Sendable, Hashable {
        /// Tabu iterations; `nil` picks a budget from the problem size.
        public var iterationLimit: Int?
        /// Optional wall-clock limit for the search. Results may then depend on machine speed.
        public var timeLimit: Duration?
        /// Whether to start from algebraic designs when they fit.
        public var useConstructions: Bool

        /// Creates options.
        public init(iterationLimit: Int? = nil, timeLimit: Duration? = nil, useConstructions: Bool = true) {
            self.iterationLimit = iterationLimit
            self.timeLimit = timeLimit
            self.useConstructions = useConstructions
        }
    }

    /// The options used by ``plan(_:)``.
    public var options: Options

    /// Creates a planner.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Plans every round after the finished ones.
    /// - Throws: ``SeatingError`` if the problem is malformed or infeasible.
    public func plan(_ problem: SeatingProblem) throws(SeatingError) -> SeatingPlan {
        try problem.validate()
        let start = DispatchTime.now().uptimeNanoseconds
        let context = PlanningContext(problem: problem)
        let bounds = SeatingBounds(context: context)
        let planned = problem.plannedRoundCount
        var generator = SeededGenerator(seed: problem.seed)
        guard planned > 0 else {
            let rounds = problem.finishedRounds
            let report = SeatingEvaluator.report(
                context: context, bounds: bounds, rounds: rounds, method: "nothing to plan")
            return SeatingPlan(rounds: rounds, report: report)
        }

        var prefix: [[Int]] = []
        var method = "greedy seating"
        if options.useConstructions,
            let seeded = DesignSeeding.seed(context: context, planned: planned, generator: &generator)
        {
            prefix = seeded.assignment
            method = seeded.name + (prefix.count < planned ? " for \(prefix.count) rounds, greedy after" : "")
        }

        var target = SeatingScore(
            coverage: 0,
            repeats: bounds.repeatedPairs,
            squares: 0,
            institution: bounds.institutionPairs,
            region: bounds.regionPairs
        )
        if bounds.repeatedPairs == bounds.historyRepeatedPairs {
            // Without new repeats every new encounter is a pair's first: squares grow by one each.
            var historySquares = 0
            let n = problem.people.count
            for a in 0..<n {
                for b in (a + 1)..<max(a + 1, n) {
                    let h = Int(context.historyMeetings[a * n + b])
                    historySquares += h * h
                }
            }
            let sizes = context.layout.initialSizes()
            target.squares = historySquares + planned * sizes.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        } else {
            // With unavoidable repeats: a pair meeting m times adds m^2 = m + m(m - 1) >= m + 2(m - 1)
            // for m >= 1 (equality for m <= 2), so squares >= encounters + 2 * repeats.
            target.squares = Self.encounters(context: context, planned: planned) + 2 * bounds.repeatedPairs
        }
        // Without history, the people on the itineraries can be permuted freely afterwards
        // (ItineraryRelabelling), which settles institutions and regions without touching the
        // terms above them; the search then only has to reach the bounds of those.
        let relabel = ItineraryRelabelling.applies(to: context)
        var searchTarget = target
        if relabel {
            searchTarget.institution = Int.max
            searchTarget.region = Int.max
        }
        let budget =
            options.iterationLimit
            ?? Self.defaultIterations(
                movable: context.movableList.count, seated: context.present.count, tables: problem.tableCount)
        let deadline = options.timeLimit.map { limit -> UInt64 in
            let (seconds, attoseconds) = limit.components
            return start &+ UInt64(max(0, seconds)) &* 1_000_000_000 &+ UInt64(max(0, attoseconds / 1_000_000_000))
        }
        // Independent starts share the budget; the best plan wins. Most problems reach their
        // bounds in the first start and never try another. Without history each start's seating
        // is relabelled before the comparison: starts differ in structure, and some structures
        // admit fewer same-institution pairs than others.
        let restarts = Self.starts
        let perStart = max(1, budget / restarts)
        let search = TabuSearch(target: searchTarget, iterations: perStart, deadline: deadline)
        let relabelling = ItineraryRelabelling(
            institutionBound: bounds.institutionPairs, regionBound: bounds.regionPairs,
            iterations: Self.relabellingIterations(movable: context.movableList.count))
        var result: (assignment: [[Int]], score: SeatingScore, iterations: Int, relabelled: Bool)?
        for _ in 0..<restarts {
            let initial = GreedySeating.seat(context: context, rounds: planned, prefix: prefix, generator: &generator)
            var state = SearchState(context: context, assignment: initial)
            let attempt = search.run(&state, generator: &generator)
            var candidate = (attempt.assignment, attempt.score, attempt.iterations, false)
            if relabel, attempt.score.institution > bounds.institutionPairs || attempt.score.region > bounds.regionPairs {
                if let relabelled = relabelling.run(context: context, assignment: attempt.assignment, generator: &generator) {
                    candidate = (
                        relabelled, SearchState(context: context, assignment: relabelled).score, attempt.iterations, true
                    )
                }
                // The start reached the higher bounds early: spend the rest of its budget on the
                // lower terms the relabelling could not settle.
                let left = perStart - attempt.iterations
                if target < candidate.1, left > 0 {
                    var polished = SearchState(context: context, assignment: candidate.0)
                    let more = TabuSearch(target: target, iterations: left, deadline: deadline).run(
                        &polished, generator: &generator)
                    if more.score < candidate.1 {
                        candidate = (more.assignment, more.score, attempt.iterations + more.iterations, candidate.3)
                    }
                }
            }
            if result.map({ candidate.1 < $0.score }) ?? true { result = candidate }
            if !(target < candidate.1) { break }
            // Once the terms above institutions are at their bounds and institutions too, another
            // start could only improve the regions, the last criterion.
            if relabel, !(searchTarget < candidate.1), candidate.1.institution <= bounds.institutionPairs { break }
            if let deadline, DispatchTime.now().uptimeNanoseconds > deadline { break }
        }
        guard let result else { return SeatingPlan(rounds: problem.finishedRounds, report: SeatingReport()) }
        if result.iterations > 0 { method += ", then tabu search" }
        if result.relabelled { method += " and itinerary relabelling" }
        var assignment = result.assignment
        if !relabel, result.score.institution > bounds.institutionPairs || result.score.region > bounds.regionPairs {
            var polished = SearchState(context: context, assignment: assignment)
            let mask = result.score.institution > bounds.institutionPairs ? 4 : 8
            let attempts = min(200, context.movableList.count)
            if ItineraryExchange.polish(&polished, mask: mask, attempts: attempts, partners: 24, generator: &generator) {
                assignment = polished.assignment()
                method += " and itinerary exchanges"
            }
        }

        var rounds = problem.finishedRounds
        for r in 0..<planned {
            var tables = Array(repeating: [Int](), count: problem.tableCount)
            for (p, t) in assignment[r].enumerated() where t >= 0 { tables[t].append(p) }
            rounds.append(tables)
        }
        let report = SeatingEvaluator.report(context: context, bounds: bounds, rounds: rounds, method: method)
        return SeatingPlan(rounds: rounds, report: report)
    }

    /// Pure group mixing (`workshop mix`): `people` anonymous participants in `groups` groups
    /// for `rounds` rounds, group sizes differing by at most one.
    /// - Throws: ``SeatingError/invalidMixing(people:groups:)`` for non-positive sizes.
    public func mix(people: Int, groups: Int, rounds: Int, seed: UInt64 = 0) throws(SeatingError) -> SeatingPlan {
        guard people >= 1, groups >= 1 else { throw .invalidMixing(people: people, groups: groups) }
        return try plan(.mixing(people: people, tables: groups, rounds: rounds, seed: seed))
    }

    /// Scores any complete seating (`rounds[round][table] = [person]`, finished rounds included),
    /// e.g. after manual edits, with the same report and lower bounds as a plan.
    /// - Throws: ``SeatingError`` if the problem itself is malformed.
    public static func evaluate(_ problem: SeatingProblem, rounds: [[[Int]]]) throws(SeatingError) -> SeatingReport {
        try problem.validate()
        let context = PlanningContext(problem: problem)
        return SeatingEvaluator.report(
            context: context, bounds: SeatingBounds(context: context), rounds: rounds, method: "evaluated")
    }

    /// Encounters (pairs at one table, summed over rounds) of the finished rounds plus the
    /// planned ones, whose table sizes the layout fixes.
    static func encounters(context: PlanningContext, planned: Int) -> Int {
        var total = 0
        for round in context.problem.finishedRounds {
            for group in round { total += group.count * (group.count - 1) / 2 }
        }
        let sizes = context.layout.initialSizes()
        return total + planned * sizes.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    }

    /// Iterations of the itinerary relabelling: a few per movable person.
    static func relabellingIterations(movable: Int) -> Int {
        min(20 * movable, 600_000 / max(1, 16 * movable))
    }

    /// Independent greedy + tabu starts sharing the iteration budget.
    static let starts = 4

    /// The default iteration budget: about 300,000 / (people x table size) iterations, so that
    /// one plan takes some tens of milliseconds whatever its size (clamped to 200...50,000).
    static func defaultIterations(movable: Int, seated: Int, tables: Int) -> Int {
        let tableSize = max(1, (seated + tables - 1) / max(1, tables))
        return min(50_000, max(200, 300_000 / max(1, movable * tableSize)))
    }
}
