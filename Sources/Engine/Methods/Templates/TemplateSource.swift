#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A place template files come from: the templates embedded in the binary, a directory
/// (`Canvases/`, `--methods DIR`, an entry of `WORKSHOP_METHODS`) or a single file.
public struct TemplateSource: Sendable {
    /// One file's path (for messages) and bytes.
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// The directory or file name, for messages; ``CanvasLibrary/builtInSource`` for the
    /// embedded templates.
    public var name: String
    public var files: [File]
    /// Problems reading the source itself (an unreadable directory or file).
    public var errors: [TemplateError]

    public init(name: String, files: [File], errors: [TemplateError] = []) {
        self.name = name
        self.files = files
        self.errors = errors
    }

    /// The templates embedded in the binary (generated from `Canvases/` by
    /// `Scripts/embed-canvases.sh`).
    public static var embedded: TemplateSource {
        TemplateSource(
            name: CanvasLibrary.builtInSource,
            files: EmbeddedTemplates.files.map { File(path: "Canvases/" + $0.name, bytes: Array($0.text.utf8)) })
    }

    /// The `*.json` files of directory `path`, in name order (hidden files skipped). A
    /// missing directory gives an empty source unless `required`.
    public static func directory(_ path: String, required: Bool) -> TemplateSource {
        guard FilePath.isDirectory(path) else {
            if !required, !FilePath.exists(path) { return TemplateSource(name: path, files: []) }
            if FilePath.exists(path) { return file(path) }
            return TemplateSource(
                name: path, files: [],
                errors: [
                    TemplateError(
                        file: path, line: 1, column: 1, path: "$",
                        problem: .unreadable(FileError(path: path, operation: .open, code: ENOENT)))
                ])
        }
        do {
            let names = try FilePath.contents(ofDirectory: path).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            var files: [File] = []
            var errors: [TemplateError] = []
            for name in names {
                let filePath = FilePath.join(path, name)
                if FilePath.isDirectory(filePath) { continue }
                do {
                    files.append(File(path: filePath, bytes: try FilePath.read(filePath)))
                } catch {
                    errors.append(TemplateError(file: filePath, line: 1, column: 1, path: "$", problem: .unreadable(error)))
                }
            }
            return TemplateSource(name: path, files: files, errors: errors)
        } catch {
            return TemplateSource(
                name: path, files: [],
                errors: [TemplateError(file: path, line: 1, column: 1, path: "$", problem: .unreadable(error))])
        }
    }

    /// A single template file.
    public static func file(_ path: String) -> TemplateSource {
        do {
            return TemplateSource(name: path, files: [File(path: path, bytes: try FilePath.read(path))])
        } catch {
            return TemplateSource(
                name: path, files: [],
                errors: [TemplateError(file: path, line: 1, column: 1, path: "$", problem: .unreadable(error))])
        }
    }
}
