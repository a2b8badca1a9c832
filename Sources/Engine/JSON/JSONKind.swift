/// The type of a JSON value, for messages.
public enum JSONKind: String, Equatable, Sendable {
    case null, boolean, number, string, array, object

    public init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool: self = .boolean
        case .integer, .double: self = .number
        case .string: self = .string
        case .array: self = .array
        case .object: self = .object
        }
    }
}
