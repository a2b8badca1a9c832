import Foundation

@testable import Engine

/// A small JSON Schema (2020-12) validator for the keywords docs/findings.schema.json uses:
/// type, const, enum, required, properties, additionalProperties (as a schema), items,
/// minItems, minimum, maximum, pattern, oneOf and local `$ref`s. Returns the problems found, with their JSON paths.
struct JSONSchemaValidator {
    let root: JSONValue

    /// The schema at `path` (relative to the repository).
    init(file path: String) throws {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        root = try JSONValue(parsing: Array(try Data(contentsOf: url.appendingPathComponent(path))))
    }

    func validate(_ value: JSONValue) -> [String] {
        var problems: [String] = []
        check(value, against: root, path: "$", problems: &problems)
        return problems
    }

    private func resolve(_ schema: JSONValue) -> JSONValue {
        guard let reference = schema["$ref"]?.stringValue, reference.hasPrefix("#/$defs/") else { return schema }
        let name = String(reference.dropFirst("#/$defs/".count))
        return root["$defs"]?[name].map(resolve) ?? .object([])
    }

    private func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .integer: return "integer"
        case .double(let number): return number == number.rounded() ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    private func check(_ value: JSONValue, against rawSchema: JSONValue, path: String, problems: inout [String]) {
        let schema = resolve(rawSchema)
        if let types = schema["type"] {
            let allowed = types.arrayValue?.compactMap(\.stringValue) ?? [types.stringValue ?? ""]
            let actual = typeName(value)
            let matches = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !matches {
                problems.append("\(path): \(actual), expected \(allowed.joined(separator: "|"))")
                return
            }
        }
        if let constant = schema["const"], constant != value { problems.append("\(path): not \(constant)") }
        if let choices = schema["enum"]?.arrayValue, !choices.contains(value) {
            problems.append("\(path): \(value) not in enum")
        }
        if let minimum = schema["minimum"]?.doubleValue, let number = value.doubleValue, number < minimum {
            problems.append("\(path): \(number) < \(minimum)")
        }
        if let maximum = schema["maximum"]?.doubleValue, let number = value.doubleValue, number > maximum {
            problems.append("\(path): \(number) > \(maximum)")
        }
        if let pattern = schema["pattern"]?.stringValue, let text = value.stringValue {
            if text.range(of: pattern, options: .regularExpression) == nil {
                problems.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        }
        if let options = schema["oneOf"]?.arrayValue {
            let matching = options.filter { option in
                var local: [String] = []
                check(value, against: option, path: path, problems: &local)
                return local.isEmpty
            }
            if matching.count != 1 { problems.append("\(path): matches \(matching.count) of oneOf") }
        }
        if case .object(let members) = value {
            for key in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
            where !members.contains(where: { $0.key == key }) {
                problems.append("\(path): missing \(key)")
            }
            let properties = schema["properties"]
            for member in members {
                if let property = properties?[member.key] {
                    check(member.value, against: property, path: "\(path).\(member.key)", problems: &problems)
                } else if let additional = schema["additionalProperties"], case .object = additional {
                    check(member.value, against: additional, path: "\(path).\(member.key)", problems: &problems)
                }
            }
        }
        if case .array(let elements) = value {
            if let minimum = schema["minItems"]?.intValue, elements.count < minimum {
                problems.append("\(path): \(elements.count) items, at least \(minimum) expected")
            }
            if let items = schema["items"] {
                for (index, element) in elements.enumerated() {
                    check(element, against: items, path: "\(path)[\(index)]", problems: &problems)
                }
            }
        }
    }
}
