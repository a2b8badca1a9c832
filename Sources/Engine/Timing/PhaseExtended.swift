/// `phase.extended`: the facilitator gave the running phase ``phase`` more time (``seconds``
/// positive) or took time away (negative). Extensions add up over a run and end with it.
public struct PhaseExtended: JournalEvent, Hashable {
    public static let type = "phase.extended"
    public var phase: Int
    public var seconds: Int

    public init(phase: Int, seconds: Int) {
        self.phase = phase
        self.seconds = seconds
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        phase = try object.int("phase")
        seconds = try object.int("seconds")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("phase", phase)
        writer.field("seconds", seconds)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        guard state.timeline.currentRun?.phase == phase else { return }
        state.timeline.extend(seconds: seconds)
    }
}
