/// A value that the journal stores as a JSON object. Conformers write and read their own
/// members by hand, which keeps replay fast and the on-disk format explicit.
///
/// Rules for conformers: `write(to:)` writes exactly one JSON object; `init(from:)` accepts
/// everything `write(to:)` produces, tolerates absent optional members, and throws a
/// ``JSONDecodingError`` naming the member for anything else. Never rename a member once
/// released: old session files must keep reading.
public protocol JournalCodable: Sendable {
    init(from object: JSONObjectView) throws(JSONDecodingError)
    func write(to writer: inout JSONWriter)
}

extension JSONWriter {
    /// Writes `name: [...]` with each element's own object.
    public mutating func field(_ name: String, _ values: [some JournalCodable]) {
        key(name)
        beginArray()
        for value in values { value.write(to: &self) }
        endArray()
    }

    /// Writes `name: {...}`.
    public mutating func field(_ name: String, _ value: some JournalCodable) {
        key(name)
        value.write(to: &self)
    }

    /// Writes `name: {...}` when `value` is not nil.
    public mutating func field(_ name: String, _ value: (some JournalCodable)?) {
        if let value { field(name, value) }
    }

    /// Writes a localised text member.
    public mutating func field(_ name: String, _ value: LocalizedText) {
        key(name)
        value.write(to: &self)
    }
}

extension JSONObjectView {
    /// Decodes an array of journal values at `key` (empty when absent).
    public func decode<Value: JournalCodable>(_ key: StaticString, as type: [Value].Type) throws(JSONDecodingError) -> [Value] {
        try decodeArray(key) { object throws(JSONDecodingError) in try Value(from: object) }
    }

    /// Decodes one journal value at `key`.
    public func decode<Value: JournalCodable>(_ key: StaticString, as type: Value.Type) throws(JSONDecodingError) -> Value {
        try decodeObject(key) { object throws(JSONDecodingError) in try Value(from: object) }
    }

    /// Decodes one journal value at `key`, or nil when absent.
    public func decodeIfPresent<Value: JournalCodable>(_ key: StaticString, as type: Value.Type) throws(JSONDecodingError)
        -> Value?
    {
        guard let member = member(key), !member.isNull else { return nil }
        return try decode(key, as: type)
    }
}
