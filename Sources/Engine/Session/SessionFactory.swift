/// Turns a method, a roster and parameters into the first events of a new session:
/// `session.created`, `participants.registered`, `agenda.planned` and `seating.planned`.
public enum SessionFactory {
    /// The events that create a session. Throws when the method cannot plan this setup (or
    /// plans something that breaks the hard rules, see ``PlanRules``). `canvases` are the
    /// templates the method may use (the built-in ones unless the organiser has their own).
    public static func events(
        info: SessionInfo, method: any WorkshopMethod, participants: [Participant], parameters: MethodParameters,
        canvases: CanvasLibrary = .builtIn
    ) throws(MethodError) -> [any JournalEvent] {
        var info = info
        info.method = method.description.id
        info.parameters = parameters.json
        let setup = MethodSetup(
            participants: participants.filter { $0.status.isSeated }, parameters: parameters, seed: info.seed,
            language: info.language, canvases: canvases)
        let plan = try method.plan(for: setup)
        return [
            SessionCreated(info: info),
            ParticipantsRegistered(participants: participants),
            AgendaPlanned(agenda: plan.agenda),
            SeatingPlanned(fromRound: 1, rounds: plan.seating, quality: plan.quality),
        ]
    }
}
