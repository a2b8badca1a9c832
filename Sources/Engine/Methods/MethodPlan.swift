/// What a method plans for a setup: the agenda and the seating of every round.
public struct MethodPlan: Hashable, Sendable {
    public var agenda: Agenda
    /// One entry per round of the agenda, in order.
    public var seating: [RoundSeating]
    /// How good the seating is (encounters, repeats, institution mix), when known.
    public var quality: SeatingReport?

    public init(agenda: Agenda, seating: [RoundSeating], quality: SeatingReport? = nil) {
        self.agenda = agenda
        self.seating = seating
        self.quality = quality
    }
}
