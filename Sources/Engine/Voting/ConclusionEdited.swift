/// `conclusion.edited`: conclusion ``id`` was reworded; the earlier wording is kept.
public struct ConclusionEdited: JournalEvent, Hashable {
    public static let type = "conclusion.edited"
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        id = try object.string("id")
        text = try object.string("text")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("text", text)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.voting.update(id) { conclusion in
            guard conclusion.text != text else { return }
            conclusion.previousTexts.append(conclusion.text)
            conclusion.text = text
        }
    }
}
