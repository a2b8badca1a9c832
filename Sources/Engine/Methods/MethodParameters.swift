/// The parameter values a method plans with: the organiser's values over the defaults.
public struct MethodParameters: Hashable, Sendable {
    /// Values by parameter id, only for parameters that have a value.
    public private(set) var values: [String: ParameterValue]

    public init(_ values: [String: ParameterValue] = [:]) { self.values = values }

    /// Resolves raw `name=value` texts against a method's parameters: unknown names and bad
    /// values are errors (with a suggestion for a misspelt name); missing ones take defaults.
    public init(resolving raw: [(name: String, value: String)], for description: MethodDescription) throws(MethodError) {
        var values: [String: ParameterValue] = [:]
        for parameter in description.parameters {
            if let value = parameter.defaultValue { values[parameter.id] = value }
        }
        for (name, text) in raw {
            guard let parameter = description.parameter(name) else {
                throw MethodError.unknownParameter(
                    method: description.id, parameter: name,
                    suggestion: EditDistance.suggestion(for: name, among: description.parameters.map(\.id)),
                    known: description.parameters.map(\.id))
            }
            values[parameter.id] = try parameter.parse(text)
        }
        self.values = values
    }

    public subscript(id: String) -> ParameterValue? {
        get { values[id] }
        set { values[id] = newValue }
    }

    public func int(_ id: String) -> Int? {
        if case .integer(let value)? = values[id] { return value }
        return nil
    }

    public func text(_ id: String) -> String? {
        if case .text(let value)? = values[id] { return value }
        return nil
    }

    public func list(_ id: String) -> [String]? {
        if case .list(let value)? = values[id] { return value }
        return nil
    }

    public func flag(_ id: String) -> Bool? {
        if case .flag(let value)? = values[id] { return value }
        return nil
    }

    /// All values as a JSON object, sorted by id, for the journal.
    public var json: JSONValue {
        .object(values.keys.sorted().compactMap { key in values[key].map { (key: key, value: $0.json) } })
    }
}
