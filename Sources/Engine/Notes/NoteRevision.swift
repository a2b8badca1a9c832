/// Checks corrections to notes already taken and returns the events that record them:
/// edits, retractions and restorations. Nothing is overwritten; each is a new event.
public enum NoteRevision {
    /// The event that changes note `id`'s text to `text`. With `table`, the note must
    /// belong to that table (a systematiser corrects their own table's notes).
    public static func edit(_ id: Int, text: String, table: Int? = nil, in state: SessionState) throws(NoteError)
        -> NoteEdited
    {
        let note = try find(id, table: table, in: state)
        guard !note.retracted else { throw NoteError.retracted(id) }
        let cleaned = NoteDraft.cleanText(text)
        guard !cleaned.isEmpty else { throw NoteError.empty }
        guard cleaned.count <= NoteDraft.maximumLength else { throw NoteError.tooLong(length: cleaned.count) }
        guard cleaned != note.text else { throw NoteError.unchanged(id) }
        return NoteEdited(id: id, text: cleaned)
    }

    /// The event that retracts note `id`.
    public static func retract(_ id: Int, table: Int? = nil, in state: SessionState) throws(NoteError) -> NoteRetracted {
        let note = try find(id, table: table, in: state)
        guard !note.retracted else { throw NoteError.retracted(id) }
        return NoteRetracted(id: id)
    }

    /// The event that brings back retracted note `id`.
    public static func restore(_ id: Int, table: Int? = nil, in state: SessionState) throws(NoteError) -> NoteRestored {
        let note = try find(id, table: table, in: state)
        guard note.retracted else { throw NoteError.notRetracted(id) }
        return NoteRestored(id: id)
    }

    private static func find(_ id: Int, table: Int?, in state: SessionState) throws(NoteError) -> Note {
        guard let note = state.notes.note(id) else { throw NoteError.unknownNote(id) }
        if let table, note.table != table { throw NoteError.otherTable(id: id, table: note.table, expected: table) }
        return note
    }
}
