/// A workshop format: how a session is organised, from the participants to the agenda.
///
/// A method has a static ``description`` (a stable kebab-case id, aliases, a name and a
/// one-sentence summary in Spanish and English, and its parameters with defaults, types,
/// ranges and help) and one function, ``makeAgenda(for:)``, that turns a setup (the roster,
/// the parameters including the number of tables, a seed, the canvases available) into an
/// ``Agenda``: the phases with their durations; for each round the question and canvas of
/// every table; the hosts who never move; the vote (its rule and how many conclusions each
/// question keeps); the plenary.
///
/// ## What a conformer guarantees
///
/// For every setup it accepts (``MethodTestKit``'s `verifyMethod` checks all of this):
///
/// 1. **Description.** The id is unique, kebab-case and never changes once released
///    (sessions record it). Name, summary and every parameter's help exist in both
///    languages; every default is valid for its parameter; a parameter without default is
///    derived from the setup (for example the number of tables from the number of people).
/// 2. **Refusals are errors.** Setups it cannot plan (fewer people than needed, zero
///    tables, more tables than participants, an unknown canvas, contradictory parameters)
///    throw a ``MethodError`` naming the offending value; it never returns a broken agenda
///    and never traps.
/// 3. **Determinism.** The same setup, seed included, gives the same agenda (and, with
///    ``ProvidesSeating``, the same seating). Randomness comes only from
///    ``SeededGenerator`` seeded with ``MethodSetup/seed``.
/// 4. **Durations add up.** Every phase lasts more than zero seconds; the agenda's total is
///    the sum of its phases; every round phase has exactly one ``RoundPlan`` and every round
///    plan one round phase, numbered 1, 2, 3... in agenda order.
/// 5. **Tables.** Tables are numbered 1...n; in every round every table has exactly one
///    assignment, whose question and canvas are in the agenda.
/// 6. **Hosts.** Hosts (``WorkshopTable/hosts``) are participants of the setup, each at one
///    table only; the seating keeps them at that table in every round.
/// 7. **Seating.** In every round every participant of the setup sits at exactly one table,
///    table sizes differ by at most one, and rounds that ``RoundMovement/stay`` keep the
///    previous round's tables. The default seating (``AgendaSeating``, the seating planner)
///    guarantees this for any valid agenda; a method that ``ProvidesSeating`` must guarantee
///    it itself.
/// 8. **Coverage.** When the rounds allow it (at least as many rounds as questions, and
///    enough seats at each question's tables), every participant other than a host meets
///    every question.
/// 9. **Replay.** The agenda survives the journal: writing it and reading it back gives an
///    equal value (only ``JournalCodable`` model types are used).
///
/// ## Optional capabilities
///
/// Refining protocols with defaults in extensions, so a method adopts only what it needs:
/// - ``ProvidesSeating``: seats people its own way (1-2-4-All's pairs and foursomes).
/// - ``ProvidesFindingsLayout``: arranges the findings report its own way (Double
///   Diamond reports by phase rather than by question).
///
/// Built-in methods are ``BuiltInMethod`` types listed in `Catalog`; declarative methods
/// (``DeclarativeMethod``) are JSON files. See `docs/WRITING-A-METHOD.md`.
public protocol WorkshopMethod: Sendable {
    /// What the method is, for people and for the registry.
    var description: MethodDescription { get }

    /// Plans the agenda of a session. Throws a ``MethodError`` for setups it cannot plan.
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

extension WorkshopMethod {
    /// The seating of every round: the method's own when it provides one, otherwise the
    /// seating planner's (``AgendaSeating``: most new encounters, institutions mixed, hosts in
    /// place), seeded with ``MethodSetup/seed``.
    public func seating(for setup: MethodSetup, agenda: Agenda) throws(MethodError) -> [RoundSeating] {
        try seatingPlan(for: setup, agenda: agenda).seating
    }

    /// The seating of every round with its quality (``SeatingReport``; for a method that
    /// provides its own seating, the report scores that seating).
    public func seatingPlan(for setup: MethodSetup, agenda: Agenda) throws(MethodError) -> (
        seating: [RoundSeating], quality: SeatingReport?
    ) {
        let planner = AgendaSeating(agenda: agenda, participants: setup.participants, seed: setup.seed)
        if let seating = self as? any ProvidesSeating {
            let rounds = try seating.makeSeating(for: setup, agenda: agenda)
            return (rounds, planner.quality(of: rounds))
        }
        do throws(SeatingError) {
            let outcome = try planner.plan()
            return (outcome.rounds, outcome.quality)
        } catch {
            throw MethodError.seatingImpossible(error)
        }
    }

    /// The agenda and the seating of a setup, checked against the hard rules (``PlanRules``):
    /// a method that breaks them gets ``MethodError/invalidPlan(method:reason:)`` instead of
    /// a session that would mislead the room.
    public func plan(for setup: MethodSetup) throws(MethodError) -> MethodPlan {
        let agenda = try makeAgenda(for: setup)
        let seating = try seatingPlan(for: setup, agenda: agenda)
        let plan = MethodPlan(agenda: agenda, seating: seating.seating, quality: seating.quality)
        if let violation = PlanRules.violations(of: plan, participants: setup.participants.map(\.id)).first {
            throw MethodError.invalidPlan(method: description.id, reason: violation.message)
        }
        return plan
    }

    /// The layout of the findings report: the method's own when it provides one, otherwise
    /// one chapter per question (``FindingsLayout/byQuestion(_:)``).
    public func findingsLayout(for agenda: Agenda) -> FindingsLayout {
        if let custom = self as? any ProvidesFindingsLayout {
            return custom.makeFindingsLayout(for: agenda)
        }
        return FindingsLayout.byQuestion(agenda)
    }
}
