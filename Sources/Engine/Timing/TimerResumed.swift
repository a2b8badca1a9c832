/// `timer.resumed`: the clock of the running phase ``phase`` runs again after a pause.
public struct TimerResumed: JournalEvent, Hashable {
    public static let type = "timer.resumed"
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
        guard state.timeline.currentRun?.phase == phase else { return }
        state.timeline.resume(at: context.at)
    }
}
