/// `session.created`: the first event of every session, naming it and its method.
public struct SessionCreated: JournalEvent, Hashable {
    public static let type = "session.created"
    public var info: SessionInfo

    public init(info: SessionInfo) { self.info = info }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        info = try SessionInfo(from: object)
    }

    public func write(to writer: inout JSONWriter) { info.write(to: &writer) }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.info = info
    }
}
