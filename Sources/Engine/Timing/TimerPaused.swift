/// `timer.paused`: the facilitator stopped the clock of the running phase ``phase`` (an index
/// into the agenda's phases). The time until it is resumed does not count against the phase.
public struct TimerPaused: JournalEvent, Hashable {
    public static let type = "timer.paused"
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
        state.timeline.pause(at: context.at)
    }
}
