/// `theme.merged`: two themes of the same question and dimension become one.
public struct ThemesMerged: JournalEvent, Hashable {
    public static let type = "theme.merged"
    /// The theme that stays.
    public var into: ThemeReference
    /// The theme whose notes join it.
    public var from: ThemeReference

    /// Creates the event.
    public init(into: ThemeReference, from: ThemeReference) {
        self.into = into
        self.from = from
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        into = ThemeReference(anchor: try object.int("into"), members: try object.ints("intoMembers"))
        from = ThemeReference(anchor: try object.int("from"), members: try object.ints("fromMembers"))
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("into", into.anchor)
        writer.field("intoMembers", into.members)
        writer.field("from", from.anchor)
        writer.field("fromMembers", from.members)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.themeCuration.append(.merge(into: into, from: from), context: context)
    }
}
