/// A guiding question that tables discuss.
public struct Question: Hashable, Sendable, JournalCodable {
    /// Number from 1, as printed on the canvases.
    public var number: Int
    /// A short label ("Good practices").
    public var title: LocalizedText
    /// The full question.
    public var text: LocalizedText

    public init(number: Int, title: LocalizedText, text: LocalizedText) {
        self.number = number
        self.title = title
        self.text = text
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        number = try object.int("number")
        text = try object.localized("text")
        let title = try object.optionalLocalized("title")
        self.title = title.isEmpty ? text : title
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("number", number)
        writer.field("title", title)
        writer.field("text", text)
        writer.endObject()
    }
}
