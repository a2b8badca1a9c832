/// A setting of a method that organisers may change (`--param minutes=25`).
public struct MethodParameter: Hashable, Sendable {
    /// The type and allowed values of a parameter.
    public enum Kind: Hashable, Sendable {
        case integer(ClosedRange<Int>)
        case text
        /// Several texts, separated by `|` on the command line.
        case textList
        case choice([String])
        case flag
        /// The id of a canvas template (a built-in one or one of the organiser's files);
        /// checked against the library when the method plans.
        case canvas
    }

    /// Stable kebab-case id.
    public var id: String
    public var kind: Kind
    /// The value used when the organiser gives none; nil means "derived from the setup"
    /// (for example the number of tables from the number of participants).
    public var defaultValue: ParameterValue?
    public var help: LocalizedText

    public init(id: String, kind: Kind, defaultValue: ParameterValue?, help: LocalizedText) {
        self.id = id
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }

    /// Reads a value typed on the command line, checking type and range.
    public func parse(_ text: String) throws(MethodError) -> ParameterValue {
        let trimmed = text.trimmingWhitespace()
        switch kind {
        case .integer(let range):
            guard let value = Int(trimmed) else {
                throw MethodError.invalidParameter(parameter: id, value: text, expected: .integer(range))
            }
            guard range.contains(value) else {
                throw MethodError.invalidParameter(parameter: id, value: text, expected: .integer(range))
            }
            return .integer(value)
        case .text:
            guard !trimmed.isEmpty else { throw MethodError.invalidParameter(parameter: id, value: text, expected: .text) }
            return .text(trimmed)
        case .textList:
            let items = trimmed.split(separator: "|").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            guard !items.isEmpty else { throw MethodError.invalidParameter(parameter: id, value: text, expected: .textList) }
            return .list(items)
        case .choice(let choices):
            guard let match = choices.first(where: { $0.lowercased() == trimmed.lowercased() }) else {
                throw MethodError.invalidParameter(parameter: id, value: text, expected: .choice(choices))
            }
            return .text(match)
        case .flag:
            switch trimmed.lowercased() {
            case "true", "yes", "si", "sí", "1", "on": return .flag(true)
            case "false", "no", "0", "off": return .flag(false)
            default: throw MethodError.invalidParameter(parameter: id, value: text, expected: .flag)
            }
        case .canvas:
            guard !trimmed.isEmpty else { throw MethodError.invalidParameter(parameter: id, value: text, expected: .text) }
            return .text(trimmed.lowercased())
        }
    }

    /// Checks a value from a file or a default against this parameter's kind.
    public func accepts(_ value: ParameterValue) -> Bool {
        switch (kind, value) {
        case (.integer(let range), .integer(let number)): return range.contains(number)
        case (.text, .text): return true
        case (.textList, .list): return true
        case (.choice(let choices), .text(let choice)): return choices.contains(choice)
        case (.flag, .flag): return true
        case (.canvas, .text(let canvas)): return MethodDescription.isValidIdentifier(canvas)
        default: return false
        }
    }
}

/// The value of a method parameter.
public enum ParameterValue: Hashable, Sendable {
    case integer(Int)
    case text(String)
    case list([String])
    case flag(Bool)

    /// The value as JSON, for the session journal.
    public var json: JSONValue {
        switch self {
        case .integer(let value): return .integer(value)
        case .text(let value): return .string(value)
        case .list(let values): return .array(values.map { .string($0) })
        case .flag(let value): return .bool(value)
        }
    }

    /// The value as typed on a command line.
    public var commandLineText: String {
        switch self {
        case .integer(let value): return String(value)
        case .text(let value): return value
        case .list(let values): return values.joined(separator: "|")
        case .flag(let value): return value ? "true" : "false"
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
