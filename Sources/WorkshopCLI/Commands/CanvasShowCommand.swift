import Engine

/// `workshop canvas show ID [--format text|json]`: a template's sections and prompts; the
/// JSON form is a template file to start a new canvas from.
struct CanvasShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "show",
        abstract: .canvasShowAbstract,
        arguments: [ArgumentSpec("ID", help: .canvasArgumentID)],
        options: [
            OptionSpec("format", value: "text|json", help: .optionFormatTextJSON, completion: .choices(["text", "json"])),
            MethodLibrary.option,
        ],
        examples: [
            "workshop canvas show oecd-facets", "workshop canvas show opsi-dimensions --format json > Canvases/mi-canvas.json",
        ])

    let id: String
    let format: String
    let directories: [String]

    init(_ arguments: ParsedArguments) throws {
        id = try arguments.requiredArgument("ID")
        format = try arguments.choice("format", among: ["text", "json"]) ?? "text"
        directories = arguments.options("methods")
    }

    func run(in context: CommandContext) throws {
        let library = try MethodLibrary.load(context: context, directories: directories)
        library.warnAboutErrors(context)
        let canvas = try library.canvases.require(id)
        if format == "json" {
            context.print(Self.templateJSON(canvas).serialized(pretty: true))
            return
        }
        let language = context.language
        context.print(
            context.style.bold(TerminalText.sanitize(canvas.title.text(in: language))) + context.style.dim("  (\(canvas.id))"))
        let summary = canvas.summary.text(in: language)
        if !summary.isEmpty { context.print(TerminalText.sanitize(summary)) }
        let source = library.canvases.source(of: canvas.id) ?? CanvasLibrary.builtInSource
        let shown = source == CanvasLibrary.builtInSource ? context.text(.methodsBuiltIn) : TerminalText.sanitize(source)
        context.print(context.style.dim(context.text(.methodsSource, ["source": shown])))
        context.print()
        for (index, section) in canvas.sections.enumerated() {
            context.print(
                "  \(index + 1). " + context.style.bold(TerminalText.sanitize(section.title.text(in: language)))
                    + context.style.dim("  [\(section.id)]"))
            let prompt = section.prompt.text(in: language)
            if !prompt.isEmpty { context.print("     " + TerminalText.sanitize(prompt)) }
        }
    }

    /// The canvas as a template file (`"kind": "canvas"` first), loadable from `Canvases/`.
    static func templateJSON(_ canvas: Canvas) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("kind", "canvas"), ("id", .string(canvas.id)), ("title", canvas.title.json),
        ]
        if !canvas.summary.isEmpty { members.append(("summary", canvas.summary.json)) }
        members.append(
            (
                "sections",
                .array(
                    canvas.sections.map { section in
                        var fields: [(key: String, value: JSONValue)] = [
                            ("id", .string(section.id)), ("title", section.title.json),
                        ]
                        if !section.prompt.isEmpty { fields.append(("prompt", section.prompt.json)) }
                        return .object(fields)
                    })
            ))
        return .object(members)
    }
}
