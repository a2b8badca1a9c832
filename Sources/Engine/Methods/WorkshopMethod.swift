/// A workshop format: how a session is organised, from the participants to the agenda.
///
/// A conformer must guarantee, for every setup it accepts (the method test kit checks all
/// of this):
///
/// - ``description`` has a unique kebab-case id, a name and a summary in both languages,
///   and every parameter has a default or is derived from the setup.
/// - ``makeAgenda(for:)`` is deterministic: the same setup (seed included) gives the same
///   agenda. It throws a ``MethodError`` for setups it cannot plan (zero tables, more
///   tables than participants...) instead of returning a broken agenda.
/// - The agenda's phase durations are positive and add up to the planned total; every
///   round phase has a ``RoundPlan`` and every round plan a phase; every table plays in
///   every round with a question and a canvas of the agenda.
/// - When rounds allow, the plan lets every participant meet every question.
///
/// Optional capabilities are refining protocols with defaults: ``ProvidesSeating`` for a
/// method that seats people its own way (1-2-4-All's pairs and foursomes).
public protocol WorkshopMethod: Sendable {
    var description: MethodDescription { get }

    /// Plans the agenda of a session.
    func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda
}

/// A method written in Swift: a type with a static description, like a lint rule.
public protocol BuiltInMethod: WorkshopMethod {
    static var description: MethodDescription { get }
    init()
}

extension BuiltInMethod {
    public var description: MethodDescription { Self.description }
}

/// A method that seats participants itself instead of using the rotation planner.
public protocol ProvidesSeating: WorkshopMethod {
    /// The seating of every round of `agenda`: each participant of the setup at exactly one
    /// table per round.
    func makeSeating(for setup: MethodSetup, agenda: Agenda) throws(MethodError) -> [RoundSeating]
}

extension WorkshopMethod {
    /// The seating of every round: the method's own when it provides one, otherwise the
    /// standard rotation.
    public func seating(for setup: MethodSetup, agenda: Agenda) throws(MethodError) -> [RoundSeating] {
        if let seating = self as? any ProvidesSeating {
            return try seating.makeSeating(for: setup, agenda: agenda)
        }
        return RotatingSeating.plan(participants: setup.participants.map(\.id), agenda: agenda)
    }
}
