/// The methods a command can use, by id or alias. A value, built from method values:
/// there is no global list to mutate.
public struct MethodRegistry: Sendable {
    public private(set) var methods: [any WorkshopMethod] = []
    private var index: [String: Int] = [:]

    /// Builds a registry, throwing when two methods share an id or alias.
    public init(_ methods: [any WorkshopMethod]) throws(MethodError) {
        for method in methods { try add(method) }
    }

    /// Adds a method; its id and aliases must be new (compared case-insensitively).
    public mutating func add(_ method: any WorkshopMethod) throws(MethodError) {
        let description = method.description
        let names = [description.id] + description.aliases
        for name in names where index[name.lowercased()] != nil {
            throw MethodError.duplicateIdentifier(name)
        }
        if Set(names.map { $0.lowercased() }).count != names.count {
            throw MethodError.duplicateIdentifier(description.id)
        }
        for name in names { index[name.lowercased()] = methods.count }
        methods.append(method)
    }

    /// The method whose id or alias is `name`.
    public func method(named name: String) -> (any WorkshopMethod)? {
        index[name.lowercased()].map { methods[$0] }
    }

    /// The method named `name`, or an error suggesting the nearest id.
    public func require(_ name: String) throws(MethodError) -> any WorkshopMethod {
        if let method = method(named: name) { return method }
        let ids = methods.map(\.description.id)
        let aliases = methods.flatMap(\.description.aliases)
        let suggestion = EditDistance.suggestion(for: name, among: ids + aliases).flatMap { match in
            method(named: match)?.description.id
        }
        throw MethodError.unknownMethod(name, suggestion: suggestion, known: ids)
    }

    /// Ids of all methods, in registration order.
    public var ids: [String] { methods.map(\.description.id) }
}
