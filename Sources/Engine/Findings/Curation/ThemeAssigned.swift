/// `theme.assigned`: a note moves to another theme of its question and dimension.
public struct ThemeAssigned: JournalEvent, Hashable {
    public static let type = "theme.assigned"
    /// The note that moves.
    public var note: Int
    /// The theme it joins.
    public var theme: ThemeReference

    /// Creates the event.
    public init(note: Int, theme: ThemeReference) {
        self.note = note
        self.theme = theme
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        note = try object.int("note")
        theme = ThemeReference(anchor: try object.int("theme"), members: try object.ints("members"))
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("note", note)
        writer.field("theme", theme.anchor)
        writer.field("members", theme.members)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.themeCuration.append(.assign(note: note, theme: theme), context: context)
    }
}
