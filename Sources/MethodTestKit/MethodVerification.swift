import Engine

/// What ``verifyMethod(_:scenarios:canvases:)`` found: the scenarios it ran, which were
/// planned or refused, and every broken guarantee.
public struct MethodVerification: Sendable, CustomStringConvertible {
    /// The outcome of one scenario.
    public struct Outcome: Sendable {
        public var scenario: String
        /// The method's refusal, if it refused.
        public var refusal: MethodError?
        /// Rounds and tables of the plan, when planned.
        public var rounds: Int
        public var tables: Int
    }

    /// A broken guarantee, with the scenario in which it showed.
    public struct Finding: Hashable, Sendable, CustomStringConvertible {
        public var scenario: String
        public var violation: PlanViolation

        public var description: String { "\(scenario): \(violation)" }
    }

    public var method: String
    public var outcomes: [Outcome] = []
    public var violations: [Finding] = []

    public init(method: String) { self.method = method }

    /// Whether every guarantee held.
    public var isValid: Bool { violations.isEmpty }

    /// Number of scenarios planned.
    public var plannedCount: Int { outcomes.filter { $0.refusal == nil }.count }

    /// A plain-English report: one line per violation, or a one-line summary.
    public var description: String {
        if violations.isEmpty {
            return "\(method): \(outcomes.count) scenarios, \(plannedCount) planned, all guarantees hold"
        }
        return
            (["\(method): \(violations.count) violations in \(outcomes.count) scenarios"]
            + violations.map { "  " + $0.description })
            .joined(separator: "\n")
    }

    mutating func add(_ violation: PlanViolation, in scenario: String) {
        violations.append(Finding(scenario: scenario, violation: violation))
    }
}
