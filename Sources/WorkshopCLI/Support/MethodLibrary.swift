import Catalog
import Engine

/// The methods and canvas templates available to commands.
///
/// Built from, in order (a later file replaces a template or declarative method with the
/// same id from an earlier place):
/// 1. the built-in methods (`Catalog`) and the templates embedded from `Canvases/`;
/// 2. `Canvases/` in the current directory, if there is one;
/// 3. the directories (or files) listed in `WORKSHOP_METHODS`, separated by `:`;
/// 4. the directories given with `--methods DIR`.
///
/// A file that cannot be used is reported (file, line, column, JSON path, what was
/// expected) and skipped; the others still load.
struct MethodLibrary {
    let registry: MethodRegistry
    let templates: TemplateSet

    /// The `--methods DIR` option of every command that uses methods or canvases.
    static let option = OptionSpec(
        "methods", value: "DIR", help: .optionMethods, isRepeating: true, completion: .directory)

    /// The environment variable listing more template directories.
    static let environmentVariable = "WORKSHOP_METHODS"

    /// The canvas templates.
    var canvases: CanvasLibrary { templates.canvases }

    /// Problems of the files that were skipped.
    var errors: [TemplateError] { templates.errors }

    /// Loads the library for a command: built-ins, `localDirectory` (relative to the
    /// current directory), `WORKSHOP_METHODS` from the context's environment, `directories`.
    static func load(
        context: CommandContext, directories: [String] = [], localDirectory: String = "Canvases",
        types: [any BuiltInMethod.Type] = Catalog.builtInTypes
    ) throws -> MethodLibrary {
        var sources: [TemplateSource] = [.directory(localDirectory, required: false)]
        let listed = (context.environment[environmentVariable] ?? "").split(separator: ":").map(String.init).filter {
            !$0.isEmpty
        }
        sources += listed.map { TemplateSource.directory($0, required: true) }
        sources += directories.map { TemplateSource.directory($0, required: true) }
        let reserved = Set(types.flatMap { [$0.description.id] + $0.description.aliases })
        let templates = TemplateLoader.load(sources, reserved: reserved)
        let registry = try Catalog.registry(types: types, declarative: templates.methods)
        return MethodLibrary(registry: registry, templates: templates)
    }

    /// The registry of the built-in methods plus those found in `Canvases/` and
    /// `WORKSHOP_METHODS` (problems with files are reported as warnings).
    static func registry(context: CommandContext) throws -> MethodRegistry {
        let library = try load(context: context)
        library.warnAboutErrors(context)
        return library.registry
    }

    /// Writes each skipped file's problem as a warning.
    func warnAboutErrors(_ context: CommandContext) {
        for error in errors { context.warn(ErrorMessages.describe(error, context.localizer)) }
    }

    /// Fails (exit 1) listing every skipped file's problem, for commands that list the
    /// library: they print what loaded first, then call this.
    func failIfErrors(_ context: CommandContext) throws {
        guard !errors.isEmpty else { return }
        throw Failures(
            summary: Failure(.templatesSkipped, ["count": String(errors.count)]),
            details: errors.map { ErrorMessages.describe($0, context.localizer) })
    }

    /// Where the method `id` comes from: ``CanvasLibrary/builtInSource`` or a file path.
    func source(ofMethod id: String) -> String {
        (registry.method(named: id) as? DeclarativeMethod)?.source ?? CanvasLibrary.builtInSource
    }
}
