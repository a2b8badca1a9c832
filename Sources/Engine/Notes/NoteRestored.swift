/// `note.restored`: a retracted note is back (the retraction was undone).
public struct NoteRestored: JournalEvent, Hashable {
    public static let type = "note.restored"
    public var id: Int

    public init(id: Int) { self.id = id }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        id = try object.int("id")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.notes.update(id) { $0.retracted = false }
    }
}
