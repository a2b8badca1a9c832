/// `theme.split`: some notes leave their theme and form a new theme together.
public struct ThemeSplit: JournalEvent, Hashable {
    public static let type = "theme.split"
    /// The notes of the new theme.
    public var notes: [Int]
    /// Its name, if given.
    public var name: String?

    /// Creates the event.
    public init(notes: [Int], name: String? = nil) {
        self.notes = notes
        self.name = name
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        notes = try object.ints("notes")
        name = try object.optionalString("name")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("notes", notes)
        writer.field("name", name)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        guard !notes.isEmpty else { return }
        state.themeCuration.append(.split(notes: notes, name: name?.isEmpty == true ? nil : name), context: context)
    }
}
