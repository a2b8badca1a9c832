/// Reads canvas templates and declarative methods from JSON files.
///
/// A file is a canvas (`"kind": "canvas"`, or an object with `sections`) or a method
/// (`"kind": "method"`, or an object with `phases`). Sources load in order over a base set
/// (the embedded templates): a later file replaces a template or method with the same id
/// from an earlier source; two files of one source with the same id are an error for the
/// second. Every problem names the file, the line and column, the JSON path and what was
/// expected, and only skips that file. Canvases written inline in a method file join the
/// library too (after the template files), so they can be listed and printed.
///
/// ```swift
/// let set = TemplateLoader.load([.directory("Canvases", required: false)])
/// for error in set.errors { print(error.location, error.path) }
/// ```
public enum TemplateLoader {
    /// The templates embedded in the binary.
    public static let builtIn: TemplateSet = load([.embedded], over: TemplateSet())

    /// Loads `sources` in order over `base`. Declarative methods may not take an id or
    /// alias in `reserved` (the built-in methods' names).
    public static func load(_ sources: [TemplateSource], over base: TemplateSet = builtIn, reserved: Set<String> = [])
        -> TemplateSet
    {
        var set = base
        set.errors = base.errors
        for source in sources {
            set.errors += source.errors
            var canvasFiles: [String: String] = [:]
            for file in source.files {
                switch read(file) {
                case .failure(let error):
                    set.errors.append(error)
                case .success(.canvas(let canvas, let document)):
                    if let other = canvasFiles[canvas.id] {
                        set.errors.append(
                            error(in: file.path, document, at: [.key("id")], .duplicateIdentifier(canvas.id, otherFile: other)))
                        continue
                    }
                    canvasFiles[canvas.id] = file.path
                    if set.canvases.canvas(canvas.id) == canvas { continue }  // the same template again
                    set.canvases.add(canvas, source: source.name == CanvasLibrary.builtInSource ? source.name : file.path)
                case .success(.method(let definition, let document)):
                    if let problem = methodConflict(definition, in: set, source: source.name, reserved: reserved) {
                        set.errors.append(error(in: file.path, document, at: problem.path, problem.problem))
                        continue
                    }
                    let entry = TemplateSet.Entry(
                        definition: definition, file: source.name == CanvasLibrary.builtInSource ? source.name : file.path,
                        source: source.name, document: document)
                    if let index = set.entries.firstIndex(where: { $0.definition.id == definition.id }) {
                        if set.entries[index].definition != definition { set.entries[index] = entry }
                    } else {
                        set.entries.append(entry)
                    }
                }
            }
        }
        resolve(&set)
        return set
    }

    /// Why `definition` may not join `set`, if it may not.
    private static func methodConflict(
        _ definition: MethodDefinition, in set: TemplateSet, source: String, reserved: Set<String>
    ) -> TemplateFailure? {
        let names = [definition.id] + definition.aliases
        for (index, name) in names.enumerated() {
            let path: [JSONDecodingError.PathComponent] = index == 0 ? [.key("id")] : [.key("aliases"), .index(index - 1)]
            if reserved.contains(name) { return TemplateFailure(path: path, problem: .reservedIdentifier(name)) }
            if names.firstIndex(of: name) != index {
                return TemplateFailure(path: path, problem: .duplicateIdentifier(name, otherFile: ""))
            }
            for entry in set.entries where ([entry.definition.id] + entry.definition.aliases).contains(name) {
                // The same id from an earlier source is replaced; anything else is a clash.
                if entry.definition.id == definition.id && entry.source != source { continue }
                return TemplateFailure(path: path, problem: .duplicateIdentifier(name, otherFile: entry.file))
            }
        }
        return nil
    }

    /// Resolves every method's canvases against the final library; methods naming an
    /// unknown canvas are dropped with an error.
    private static func resolve(_ set: inout TemplateSet) {
        var methods: [DeclarativeMethod] = []
        var kept: [TemplateSet.Entry] = []
        for entry in set.entries {
            var canvases: [Canvas] = []
            var failure: TemplateFailure?
            for (index, reference) in entry.definition.canvases.enumerated() {
                switch reference {
                case .inline(let canvas): canvases.append(canvas)
                case .id(let id):
                    if let canvas = set.canvases.canvas(id) {
                        canvases.append(canvas)
                    } else if failure == nil {
                        let known = set.canvases.ids
                        failure = TemplateFailure(
                            path: [.key("canvases"), .index(index)],
                            problem: .unknownCanvas(id, suggestion: EditDistance.suggestion(for: id, among: known), known: known))
                    }
                }
            }
            if let failure {
                set.errors.append(error(in: entry.file, entry.document, at: failure.path, failure.problem))
                continue
            }
            kept.append(entry)
            methods.append(DeclarativeMethod(definition: entry.definition, canvases: canvases, source: entry.file))
        }
        // A method's inline canvases can be listed and printed like templates, unless a
        // template file already uses the id.
        for method in methods {
            for case .inline(let canvas) in method.definition.canvases where set.canvases.canvas(canvas.id) == nil {
                set.canvases.add(canvas, source: method.source)
            }
        }
        set.entries = kept
        set.methods = methods
    }

    // MARK: One file

    enum Content {
        case canvas(Canvas, JSONDocument)
        case method(MethodDefinition, JSONDocument)
    }

    /// Reads one file into a canvas or a method definition.
    static func read(_ file: TemplateSource.File) -> Result<Content, TemplateError> {
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: file.bytes)
        } catch {
            switch error {
            case .invalidUTF8(let line, let column):
                return .failure(TemplateError(file: file.path, line: line, column: column, path: "$", problem: .invalidUTF8))
            case .syntax(let syntax, let line, let column):
                return .failure(TemplateError(file: file.path, line: line, column: column, path: "$", problem: .syntax(syntax)))
            }
        }
        let root = TemplateValue(value: document.root, path: [])
        do throws(TemplateFailure) {
            guard case .object = document.root else {
                throw root.failure(.wrongType(expected: .object, found: JSONKind(document.root)))
            }
            let kind: String
            if let kindValue = root.value["kind"].map({ TemplateValue(value: $0, path: [.key("kind")]) }) {
                kind = try kindValue.choice(["canvas", "method"])
            } else if root.value["sections"] != nil {
                kind = "canvas"
            } else if root.value["phases"] != nil {
                kind = "method"
            } else {
                throw TemplateFailure(path: [.key("kind")], problem: .missing)
            }
            if let version = root.value["version"] {
                let number = try TemplateValue(value: version, path: [.key("version")]).integer(in: 1...Int.max)
                guard number == 1 else {
                    throw TemplateFailure(path: [.key("version")], problem: .unsupportedVersion(number))
                }
            }
            if kind == "canvas" {
                return .success(.canvas(try Canvas(reading: root.object(allowing: Canvas.templateMembers)), document))
            }
            return .success(.method(try MethodDefinition(reading: root.object(allowing: MethodDefinition.members)), document))
        } catch {
            return .failure(Self.error(in: file.path, document, at: error.path, error.problem))
        }
    }

    static func error(
        in file: String, _ document: JSONDocument?, at path: [JSONDecodingError.PathComponent], _ problem: TemplateProblem
    ) -> TemplateError {
        let location = document?.location(of: path) ?? (line: 1, column: 1)
        return TemplateError(
            file: file, line: location.line, column: location.column,
            path: JSONDecodingError(path: path, problem: .missing).pathDescription, problem: problem)
    }
}
