/// A ballot's mark on one conclusion.
public struct BallotMark: Hashable, Sendable, JournalCodable {
    /// The conclusion id (`C3`).
    public var candidate: String
    public var value: Int

    public init(candidate: String, value: Int) {
        self.candidate = candidate
        self.value = value
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        candidate = try object.string("id")
        value = try object.int("value")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", candidate)
        writer.field("value", value)
        writer.endObject()
    }
}
