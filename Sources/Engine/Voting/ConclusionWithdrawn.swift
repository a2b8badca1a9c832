/// `conclusion.withdrawn`: conclusion ``id`` leaves the ballot (it stays in the journal).
public struct ConclusionWithdrawn: JournalEvent, Hashable {
    public static let type = "conclusion.withdrawn"
    public var id: String

    public init(id: String) { self.id = id }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        id = try object.string("id")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.voting.update(id) { conclusion in
            if conclusion.isActive { conclusion.status = .withdrawn }
        }
    }
}
