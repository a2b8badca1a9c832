import Engine
import OpsiFacets

/// The built-in methods shipped with workshop.
///
/// Adding a method: create `Sources/Methods/<Name>/`, add its name to `methodTargets` in
/// `Package.swift`, and add one line to ``builtInTypes``.
public enum Catalog {
    /// Every built-in method type, in the order `workshop methods` lists them.
    public static let builtInTypes: [any BuiltInMethod.Type] = [
        OpsiFacets.self,
    ]

    /// A registry of the built-in methods.
    public static func registry() throws(MethodError) -> MethodRegistry {
        try MethodRegistry(builtInTypes.map { $0.init() })
    }
}
