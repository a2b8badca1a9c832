/// `note.edited`: the text of note ``id`` was corrected. The earlier text stays in the
/// journal and in ``Note/previousTexts``; exports use the latest text.
public struct NoteEdited: JournalEvent, Hashable {
    public static let type = "note.edited"
    /// The id of the edited note (the sequence number of its `note.added` event).
    public var id: Int
    /// The new text, cleaned like a new note's (see ``NoteDraft/cleanText(_:)``).
    public var text: String

    public init(id: Int, text: String) {
        self.id = id
        self.text = text
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        id = try object.int("id")
        text = try object.string("text")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("text", text)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.notes.update(id) { note in
            guard note.text != text else { return }
            note.previousTexts.append(note.text)
            note.text = text
            note.editedAt = context.at
        }
    }
}
