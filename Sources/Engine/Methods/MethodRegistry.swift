/// The methods a command can use, by id or alias. A value, built from method values:
/// there is no global list to mutate.
///
/// ```swift
/// var registry = try MethodRegistry(Catalog.builtInTypes.map { $0.init() })
/// try registry.add(declarativeMethod)
/// let method = try registry.require("cafe")   // by alias
/// ```
public struct MethodRegistry: Sendable {
    public private(set) var methods: [any WorkshopMethod] = []
    private var index: [String: Int] = [:]

    /// An empty registry.
    public init() {}

    /// Builds a registry, throwing when an id or alias is not kebab-case or when two
    /// methods share an id or alias.
    public init(_ methods: [any WorkshopMethod]) throws(MethodError) {
        for method in methods { try add(method) }
    }

    /// Adds a method; its id and aliases must be kebab-case and new (compared
    /// case-insensitively).
    public mutating func add(_ method: any WorkshopMethod) throws(MethodError) {
        let description = method.description
        let names = [description.id] + description.aliases
        for name in names where !MethodDescription.isValidIdentifier(name) {
            throw MethodError.invalidIdentifier(name)
        }
        for name in names where index[name.lowercased()] != nil {
            throw MethodError.duplicateIdentifier(name)
        }
        var seen: Set<String> = []
        for name in names where !seen.insert(name.lowercased()).inserted {
            throw MethodError.duplicateIdentifier(name)
        }
        for name in names { index[name.lowercased()] = methods.count }
        methods.append(method)
    }

    /// Whether `name` is the id or an alias of a registered method.
    public func contains(_ name: String) -> Bool { index[name.lowercased()] != nil }

    /// The method whose id or alias is `name`.
    public func method(named name: String) -> (any WorkshopMethod)? {
        index[name.lowercased()].map { methods[$0] }
    }

    /// The method named `name`, or an error suggesting the nearest id.
    public func require(_ name: String) throws(MethodError) -> any WorkshopMethod {
        if let method = method(named: name) { return method }
        throw MethodError.unknownMethod(name, suggestion: suggestion(for: name), known: ids)
    }

    /// The id of the method whose id or alias is closest to `name`, if it is a plausible typo.
    public func suggestion(for name: String) -> String? {
        let ids = methods.map(\.description.id)
        let aliases = methods.flatMap(\.description.aliases)
        return EditDistance.suggestion(for: name, among: ids + aliases).flatMap { match in
            method(named: match)?.description.id
        }
    }

    /// Ids of all methods, in registration order.
    public var ids: [String] { methods.map(\.description.id) }
}
