/// `theme.renamed`: a theme gets a name chosen by a person.
public struct ThemeRenamed: JournalEvent, Hashable {
    public static let type = "theme.renamed"
    /// The theme.
    public var theme: ThemeReference
    /// Its new name.
    public var name: String

    /// Creates the event.
    public init(theme: ThemeReference, name: String) {
        self.theme = theme
        self.name = name
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        theme = ThemeReference(anchor: try object.int("theme"), members: try object.ints("members"))
        name = try object.string("name")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("theme", theme.anchor)
        writer.field("members", theme.members)
        writer.field("name", name)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        guard !name.isEmpty else { return }
        state.themeCuration.append(.rename(theme: theme, name: name), context: context)
    }
}
