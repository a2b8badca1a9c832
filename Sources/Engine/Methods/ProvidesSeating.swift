/// A method that seats participants itself instead of using the seating planner
/// (``AgendaSeating``): 1-2-4-All forms pairs and foursomes.
///
/// The seating must satisfy the hard rules of ``WorkshopMethod``: one ``RoundSeating`` per
/// round of the agenda, in order; every participant of the setup at exactly one table per
/// round; table sizes that differ by at most one; hosts at their tables; rounds that
/// ``RoundMovement/stay`` identical to the previous one; and, for rounds with a
/// ``RoundPlan/groupSize``, sub-groups that together hold exactly the table's participants.
public protocol ProvidesSeating: WorkshopMethod {
    /// The seating of every round of `agenda`.
    func makeSeating(for setup: MethodSetup, agenda: Agenda) throws(MethodError) -> [RoundSeating]
}
