/// A value of a template file being read, with its JSON path, so every problem can say
/// where it is. Internal to the template reader.
struct TemplateValue {
    let value: JSONValue
    let path: [JSONDecodingError.PathComponent]

    /// A failure located at this value.
    func failure(_ problem: TemplateProblem) -> TemplateFailure { TemplateFailure(path: path, problem: problem) }

    private func mismatch(_ expected: TemplateExpectation) -> TemplateFailure {
        failure(.wrongType(expected: expected, found: JSONKind(value)))
    }

    /// The value as an object whose members are all among `allowed`.
    func object(allowing allowed: [String]) throws(TemplateFailure) -> TemplateObject {
        guard case .object(let members) = value else { throw mismatch(.object) }
        for member in members where !allowed.contains(member.key) {
            throw TemplateFailure(
                path: path + [.key(member.key)],
                problem: .unknownMember(member.key, suggestion: EditDistance.suggestion(for: member.key, among: allowed)))
        }
        return TemplateObject(members: members, path: path)
    }

    func array() throws(TemplateFailure) -> [TemplateValue] {
        guard case .array(let elements) = value else { throw mismatch(.array) }
        return elements.enumerated().map { TemplateValue(value: $1, path: path + [.index($0)]) }
    }

    /// A non-empty string.
    func string() throws(TemplateFailure) -> String {
        guard case .string(let text) = value else { throw mismatch(.string) }
        guard !text.trimmingWhitespace().isEmpty else { throw failure(.emptyText(missing: nil)) }
        return text.trimmingWhitespace()
    }

    func integer(in range: ClosedRange<Int>) throws(TemplateFailure) -> Int {
        guard let number = value.intValue else { throw mismatch(.integer) }
        guard range.contains(number) else { throw failure(.outOfRange(value: number, range: range)) }
        return number
    }

    func boolean() throws(TemplateFailure) -> Bool {
        guard case .bool(let flag) = value else { throw mismatch(.boolean) }
        return flag
    }

    /// A kebab-case id.
    func identifier() throws(TemplateFailure) -> String {
        let text = try string()
        guard MethodDescription.isValidIdentifier(text) else { throw failure(.invalidIdentifier(text)) }
        return text
    }

    /// One of `choices`.
    func choice(_ choices: [String]) throws(TemplateFailure) -> String {
        let text = try string()
        guard choices.contains(text) else { throw failure(.notOneOf(value: text, choices: choices)) }
        return text
    }

    /// A text in both languages: a non-empty string (the same in both), or an object with
    /// non-empty `es` and `en`.
    func text() throws(TemplateFailure) -> LocalizedText {
        switch value {
        case .string:
            return LocalizedText(try string())
        case .object:
            let object = try object(allowing: ["es", "en"])
            let spanish = try object.required("es", missing: .emptyText(missing: .es)).string()
            let english = try object.required("en", missing: .emptyText(missing: .en)).string()
            return LocalizedText(en: english, es: spanish)
        default:
            throw mismatch(.text)
        }
    }
}

/// An object of a template file being read.
struct TemplateObject {
    let members: [(key: String, value: JSONValue)]
    let path: [JSONDecodingError.PathComponent]

    /// The member `key`, absent or null giving nil.
    func optional(_ key: String) -> TemplateValue? {
        guard let member = members.first(where: { $0.key == key }), member.value != .null else { return nil }
        return TemplateValue(value: member.value, path: path + [.key(key)])
    }

    /// The member `key`, or a failure at `path.key`.
    func required(_ key: String, missing problem: TemplateProblem = .missing) throws(TemplateFailure) -> TemplateValue {
        guard let value = optional(key) else { throw TemplateFailure(path: path + [.key(key)], problem: problem) }
        return value
    }

    /// An optional text member (empty when absent).
    func text(_ key: String) throws(TemplateFailure) -> LocalizedText {
        try optional(key)?.text() ?? LocalizedText("")
    }
}

/// A problem at a JSON path, before it is tied to a file and a line.
struct TemplateFailure: Error {
    let path: [JSONDecodingError.PathComponent]
    let problem: TemplateProblem

    /// `$.phases[2].minutes`.
    var pathDescription: String { JSONDecodingError(path: path, problem: .missing).pathDescription }
}
