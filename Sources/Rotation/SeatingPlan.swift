/// A complete seating: every round of the workshop (finished rounds exactly as given, then the
/// planned ones) and its quality report.
public struct SeatingPlan: Sendable, Hashable, Codable {
    /// `rounds[round][table]` lists the people at that table, in increasing id order for
    /// planned rounds and as given for finished rounds.
    public var rounds: [[[Int]]]
    /// How good the plan is, with lower bounds.
    public var report: SeatingReport

    /// Creates a plan; normally produced by ``SeatingPlanner``.
    public init(rounds: [[[Int]]], report: SeatingReport) {
        self.rounds = rounds
        self.report = report
    }

    /// The table of `person` in `round`, or `nil` if they did not sit in that round.
    public func table(of person: Int, inRound round: Int) -> Int? {
        guard rounds.indices.contains(round) else { return nil }
        return rounds[round].firstIndex { $0.contains(person) }
    }

    /// How often `a` and `b` sat at the same table.
    public func meetings(_ a: Int, _ b: Int) -> Int {
        rounds.reduce(0) { count, round in
            count + round.reduce(0) { $0 + ($1.contains(a) && $1.contains(b) ? 1 : 0) }
        }
    }
}
