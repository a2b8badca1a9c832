/// A rule of ``WorkshopMethod`` that a plan (or a method) breaks, with an English message
/// for the designer who has to fix it.
public struct PlanViolation: Hashable, Sendable, CustomStringConvertible {
    /// The rules, as numbered in ``WorkshopMethod``'s documentation.
    public enum Rule: String, CaseIterable, Sendable {
        case description
        case refusal
        case determinism
        case durations
        case tables
        case hosts
        case seating
        case voting
        case coverage
        case replay
    }

    public var rule: Rule
    public var message: String

    public init(_ rule: Rule, _ message: String) {
        self.rule = rule
        self.message = message
    }

    public var description: String { "[\(rule.rawValue)] \(message)" }
}
