import Foundation

/// The quality of a seating plan, with the lower bounds that say how good it could possibly be.
///
/// Counts cover the whole workshop (finished rounds included) unless stated otherwise.
/// A *pair* is two people; it is *repeated* once for every meeting after the first.
public struct SeatingReport: Sendable, Hashable, Codable {
    /// Sum over pairs of `max(0, times met - 1)`.
    public var repeatedPairs: Int
    /// A proven lower bound for `repeatedPairs` (see `docs/SEATING.md`).
    public var repeatedPairsLowerBound: Int
    /// The argument behind `repeatedPairsLowerBound`.
    public var repeatedPairsBoundReason: String
    /// Whether no plan can avoid repeats (the lower bound is positive); set from the bound.
    public var zeroRepeatsImpossible: Bool
    /// The largest number of times any pair sat together.
    public var maximumMeetings: Int
    /// Sum over pairs of the squared meeting count (spreads unavoidable repeats).
    public var sumOfSquaredMeetings: Int
    /// Same-institution pairs at one table, summed over rounds.
    public var sameInstitutionPairs: Int
    /// A proven lower bound for `sameInstitutionPairs` (pigeonhole per round).
    public var sameInstitutionPairsLowerBound: Int
    /// Same-region pairs at one table, summed over rounds (lower is more evenly mixed).
    public var sameRegionPairs: Int
    /// A proven lower bound for `sameRegionPairs`.
    public var sameRegionPairsLowerBound: Int
    /// Fewest distinct people any present participant meets over the workshop.
    public var newContactsMinimum: Int
    /// Mean number of distinct people a present participant meets over the workshop, rounded to
    /// two decimals.
    public var newContactsMean: Double
    /// Largest difference between the biggest and the smallest table within a planned round.
    public var tableSizeSpread: Int
    /// Tables seating more people than their capacity, summed over planned rounds.
    public var capacityViolations: Int
    /// Times, in planned rounds, somebody sits at a question they already visited while a
    /// question held in that round was still new to them (hosts excepted).
    public var coverageViolations: Int
    /// Broken hard rules (people missing or seated twice, hosts moved, finished rounds changed);
    /// empty for every plan the planner returns.
    public var hardRuleViolations: [String]
    /// Number of rounds the planner seated.
    public var plannedRounds: Int
    /// How the plan was built, e.g. `"affine transversal over GF(5), then tabu search"`.
    public var method: String

    /// Creates a report; normally produced by ``SeatingPlanner``.
    public init(
        repeatedPairs: Int = 0,
        repeatedPairsLowerBound: Int = 0,
        repeatedPairsBoundReason: String = "",
        maximumMeetings: Int = 0,
        sumOfSquaredMeetings: Int = 0,
        sameInstitutionPairs: Int = 0,
        sameInstitutionPairsLowerBound: Int = 0,
        sameRegionPairs: Int = 0,
        sameRegionPairsLowerBound: Int = 0,
        newContactsMinimum: Int = 0,
        newContactsMean: Double = 0,
        tableSizeSpread: Int = 0,
        capacityViolations: Int = 0,
        coverageViolations: Int = 0,
        hardRuleViolations: [String] = [],
        plannedRounds: Int = 0,
        method: String = ""
    ) {
        self.repeatedPairs = repeatedPairs
        self.repeatedPairsLowerBound = repeatedPairsLowerBound
        self.repeatedPairsBoundReason = repeatedPairsBoundReason
        self.zeroRepeatsImpossible = repeatedPairsLowerBound > 0
        self.maximumMeetings = maximumMeetings
        self.sumOfSquaredMeetings = sumOfSquaredMeetings
        self.sameInstitutionPairs = sameInstitutionPairs
        self.sameInstitutionPairsLowerBound = sameInstitutionPairsLowerBound
        self.sameRegionPairs = sameRegionPairs
        self.sameRegionPairsLowerBound = sameRegionPairsLowerBound
        self.newContactsMinimum = newContactsMinimum
        self.newContactsMean = newContactsMean
        self.tableSizeSpread = tableSizeSpread
        self.capacityViolations = capacityViolations
        self.coverageViolations = coverageViolations
        self.hardRuleViolations = hardRuleViolations
        self.plannedRounds = plannedRounds
        self.method = method
    }

    /// One labelled value of the report, in display order.
    public struct Entry: Sendable, Hashable, Codable {
        /// A stable snake_case key.
        public var key: String
        /// The value, formatted for people.
        public var value: String
    }

    /// The report as ordered key/value pairs, ready to render as a table. Where zero repeats
    /// is impossible, the repeated-pairs value carries the lower bound beside it.
    public var entries: [Entry] {
        func entry(_ key: String, _ value: String) -> Entry { Entry(key: key, value: value) }
        let repeats =
            zeroRepeatsImpossible
            ? "\(repeatedPairs) (lower bound \(repeatedPairsLowerBound): \(repeatedPairsBoundReason))"
            : "\(repeatedPairs)"
        return [
            entry("repeated_pairs", repeats),
            entry("repeated_pairs_lower_bound", "\(repeatedPairsLowerBound)"),
            entry("maximum_meetings", "\(maximumMeetings)"),
            entry("sum_of_squared_meetings", "\(sumOfSquaredMeetings)"),
            entry("same_institution_pairs", "\(sameInstitutionPairs) (lower bound \(sameInstitutionPairsLowerBound))"),
            entry("same_region_pairs", "\(sameRegionPairs) (lower bound \(sameRegionPairsLowerBound))"),
            entry("new_contacts_min", "\(newContactsMinimum)"),
            entry("new_contacts_mean", String(format: "%.1f", newContactsMean)),
            entry("table_size_spread", "\(tableSizeSpread)"),
            entry("capacity_violations", "\(capacityViolations)"),
            entry("coverage_violations", "\(coverageViolations)"),
            entry(
                "hard_rule_violations", hardRuleViolations.isEmpty ? "none" : hardRuleViolations.joined(separator: "; ")
            ),
            entry("planned_rounds", "\(plannedRounds)"),
            entry("method", method),
        ]
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
