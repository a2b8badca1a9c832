/// A text in both of workshop's languages. Texts typed by organisers in one language use
/// ``init(_:)`` and read the same in both.
public struct LocalizedText: Hashable, Sendable {
    public var en: String
    public var es: String

    public init(en: String, es: String) {
        self.en = en
        self.es = es
    }

    /// The same text in every language.
    public init(_ text: String) {
        en = text
        es = text
    }

    /// The text in `language`, falling back to the other language when empty.
    public func text(in language: Language) -> String {
        switch language {
        case .en: return en.isEmpty ? es : en
        case .es: return es.isEmpty ? en : es
        }
    }

    public var isEmpty: Bool { en.isEmpty && es.isEmpty }

    /// Writes `{"en": ..., "es": ...}` (or a plain string when both are equal).
    public func write(to writer: inout JSONWriter) {
        if en == es {
            writer.value(en)
        } else {
            writer.beginObject()
            writer.field("en", en)
            writer.field("es", es)
            writer.endObject()
        }
    }

    /// Reads a plain string or an `{"en", "es"}` object.
    public init(from value: JSONValueView, path: [JSONDecodingError.PathComponent]) throws(JSONDecodingError) {
        if let string = value.string {
            self.init(string)
            return
        }
        guard let object = value.object else {
            throw JSONDecodingError(
                path: path, problem: .typeMismatch(expected: "a string or {\"en\", \"es\"}", found: value.kindName))
        }
        do {
            let en = try object.optionalString("en") ?? ""
            let es = try object.optionalString("es") ?? ""
            self.init(en: en, es: es)
        } catch {
            throw error.prefixed(path)
        }
    }

    /// Reads a plain string or an `{"en", "es"}` object from a JSON tree.
    public init?(json: JSONValue) {
        if let string = json.stringValue {
            self.init(string)
        } else if case .object = json {
            let en = json["en"]?.stringValue ?? ""
            let es = json["es"]?.stringValue ?? ""
            guard !(en.isEmpty && es.isEmpty) else { return nil }
            self.init(en: en, es: es)
        } else {
            return nil
        }
    }

    /// The JSON tree form written by ``write(to:)``.
    public var json: JSONValue {
        en == es ? .string(en) : ["en": .string(en), "es": .string(es)]
    }
}

extension JSONObjectView {
    /// A required localised text member.
    public func localized(_ key: StaticString) throws(JSONDecodingError) -> LocalizedText {
        try LocalizedText(from: try require(key), path: [.key(key.description)])
    }

    /// An optional localised text member (empty when absent).
    public func optionalLocalized(_ key: StaticString) throws(JSONDecodingError) -> LocalizedText {
        guard let member = member(key), !member.isNull else { return LocalizedText("") }
        return try LocalizedText(from: member, path: [.key(key.description)])
    }
}
