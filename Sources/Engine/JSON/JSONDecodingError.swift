/// A JSON text that is well formed but not what the reader expected: a missing key, a value
/// of the wrong type or out of range. ``path`` says where, e.g. `phases[2].minutes`.
public struct JSONDecodingError: Error, Equatable, Sendable {
    /// One step in a path through a JSON document.
    public enum PathComponent: Equatable, Sendable, CustomStringConvertible {
        case key(String)
        case index(Int)

        public var description: String {
            switch self {
            case .key(let key): return key
            case .index(let index): return "[\(index)]"
            }
        }
    }

    /// What was wrong.
    public enum Problem: Equatable, Sendable {
        case missing
        case typeMismatch(expected: String, found: String)
        case invalidValue(expected: String, found: String)
    }

    public var path: [PathComponent]
    public var problem: Problem

    public init(path: [PathComponent], problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// The same error, located under `prefix`.
    public func prefixed(_ prefix: [PathComponent]) -> JSONDecodingError {
        JSONDecodingError(path: prefix + path, problem: problem)
    }

    /// The path in JSONPath-like notation: `$.phases[2].minutes`.
    public var pathDescription: String {
        var text = "$"
        for component in path {
            switch component {
            case .key(let key): text += "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// A short English description, e.g. `$.table: expected an integer, found a string`.
    public var summary: String {
        switch problem {
        case .missing: return "\(pathDescription): missing"
        case .typeMismatch(let expected, let found): return "\(pathDescription): expected \(expected), found \(found)"
        case .invalidValue(let expected, let found): return "\(pathDescription): expected \(expected), found \(found)"
        }
    }
}
