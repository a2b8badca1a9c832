/// `theme.configured`: the similarity threshold of the session's themes, used by later
/// exports and theme commands unless `--similarity` is given.
public struct ThemeSimilaritySet: JournalEvent, Hashable {
    public static let type = "theme.configured"
    /// The threshold, in 0...1.
    public var similarity: Double

    /// Creates the event.
    public init(similarity: Double) { self.similarity = similarity }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        similarity = try object.double("similarity")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("similarity", similarity)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        guard similarity.isFinite, (0...1).contains(similarity) else { return }
        state.themeCuration.similarity = similarity
    }
}
