/// `note.retracted`: note ``id`` was withdrawn (typed by mistake, at the wrong table...).
/// It stays in the journal, leaves every export, and can be brought back with
/// ``NoteRestored``.
public struct NoteRetracted: JournalEvent, Hashable {
    public static let type = "note.retracted"
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
        state.notes.update(id) { $0.retracted = true }
    }
}
