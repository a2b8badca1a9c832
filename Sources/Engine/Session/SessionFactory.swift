/// Turns a method, a roster and parameters into the first events of a new session:
/// `session.created`, `participants.registered`, `agenda.planned` and `seating.planned`.
public enum SessionFactory {
    /// The events that create a session. Throws when the method cannot plan this setup.
    public static func events(
        info: SessionInfo, method: any WorkshopMethod, participants: [Participant], parameters: MethodParameters
    ) throws(MethodError) -> [any JournalEvent] {
        var info = info
        info.method = method.description.id
        info.parameters = parameters.json
        let setup = MethodSetup(
            participants: participants.filter { $0.status.isSeated }, parameters: parameters, seed: info.seed,
            language: info.language)
        let agenda = try method.makeAgenda(for: setup)
        let seating = try method.seating(for: setup, agenda: agenda)
        return [
            SessionCreated(info: info),
            ParticipantsRegistered(participants: participants),
            AgendaPlanned(agenda: agenda),
            SeatingPlanned(fromRound: 1, rounds: seating),
        ]
    }
}
