/// What a method plans for a setup: the agenda and the seating of every round.
public struct MethodPlan: Hashable, Sendable {
    public var agenda: Agenda
    /// One entry per round of the agenda, in order.
    public var seating: [RoundSeating]

    public init(agenda: Agenda, seating: [RoundSeating]) {
        self.agenda = agenda
        self.seating = seating
    }
}
