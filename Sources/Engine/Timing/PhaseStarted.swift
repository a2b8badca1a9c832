/// `phase.started`: the facilitator moved the session to phase ``phase`` (an index into the
/// agenda's phases). Starting the session is starting phase 0.
public struct PhaseStarted: JournalEvent, Hashable {
    public static let type = "phase.started"
    public var phase: Int

    public init(phase: Int) { self.phase = phase }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        phase = try object.int("phase")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("phase", phase)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        guard state.agenda.phases.indices.contains(phase) else { return }
        state.timeline.start(phase: phase, at: context.at)
    }
}
