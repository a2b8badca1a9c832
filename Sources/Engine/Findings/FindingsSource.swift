/// One session file given to the findings report.
public struct FindingsSource: Sendable {
    /// The session's state (a full replay).
    public var state: SessionState
    /// The session's random id, from the journal header.
    public var sessionID: String
    /// The file name, shown in a combined report's breakdown.
    public var file: String
    /// The method's display name, when the method is known.
    public var methodName: LocalizedText?
    /// The method's own findings layout (``ProvidesFindingsLayout``); nil for the default,
    /// one chapter per question with notes by canvas section.
    public var layout: FindingsLayout?

    /// Creates a source.
    public init(
        state: SessionState, sessionID: String, file: String, methodName: LocalizedText? = nil, layout: FindingsLayout? = nil
    ) {
        self.state = state
        self.sessionID = sessionID
        self.file = file
        self.methodName = methodName
        self.layout = layout
    }
}
