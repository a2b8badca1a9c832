/// `agenda.planned`: the method's plan for the day (tables, questions, canvases, phases,
/// round assignments, vote). Replaces any earlier agenda.
public struct AgendaPlanned: JournalEvent, Hashable {
    public static let type = "agenda.planned"
    public var agenda: Agenda

    public init(agenda: Agenda) { self.agenda = agenda }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        agenda = try Agenda(from: object)
    }

    public func write(to writer: inout JSONWriter) { agenda.write(to: &writer) }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.agenda = agenda
    }
}
