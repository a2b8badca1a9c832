import DoubleDiamond
import Engine
import OneTwoFourAll
import OpsiFacets
import ThematicEncounter
import WorldCafe

/// The built-in methods shipped with workshop.
///
/// Adding a method written in Swift: create `Sources/Methods/<Name>/` with one type
/// conforming to `BuiltInMethod`, add `<Name>` to `methodTargets` in `Package.swift`, and
/// add one line to ``builtInTypes`` (and its `import`). Adding a method without Swift: one
/// JSON file in `Canvases/` (then `Scripts/embed-canvases.sh`), or in a directory given
/// with `--methods DIR` or `WORKSHOP_METHODS`. See `docs/WRITING-A-METHOD.md`.
public enum Catalog {
    /// Every built-in method type, in the order `workshop methods` lists them.
    public static let builtInTypes: [any BuiltInMethod.Type] = [
        OpsiFacets.self,
        DoubleDiamond.self,
        WorldCafe.self,
        ThematicEncounter.self,
        OneTwoFourAll.self,
    ]

    /// Ids and aliases of the built-in Swift methods, which declarative files may not take.
    public static var reservedNames: Set<String> {
        Set(builtInTypes.flatMap { [$0.description.id] + $0.description.aliases })
    }

    /// A registry of the built-in methods: the Swift ones, then the declarative methods
    /// embedded from `Canvases/`, then `declarative` (the organiser's files), which may
    /// replace an embedded declarative method with the same id.
    public static func registry(
        types: [any BuiltInMethod.Type] = builtInTypes, declarative: [DeclarativeMethod] = TemplateLoader.builtIn.methods
    ) throws(MethodError) -> MethodRegistry {
        var registry = try MethodRegistry(types.map { $0.init() })
        for method in declarative { try registry.add(method) }
        return registry
    }
}
