/// `session.finished`: the facilitator closed the last phase; the agenda is over.
public struct SessionFinished: JournalEvent, Hashable {
    public static let type = "session.finished"

    public init() {}

    public init(from object: JSONObjectView) throws(JSONDecodingError) {}

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        guard state.timeline.hasStarted else { return }
        state.timeline.finish(at: context.at)
    }
}
