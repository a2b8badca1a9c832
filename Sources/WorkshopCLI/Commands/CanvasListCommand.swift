import Engine

/// `workshop canvas list [--format text|json]`: every canvas template, with where it comes from.
struct CanvasListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "list",
        abstract: .canvasListAbstract,
        options: [
            OptionSpec("format", value: "text|json", help: .optionFormatTextJSON, completion: .choices(["text", "json"])),
            MethodLibrary.option,
        ],
        examples: ["workshop canvas list", "workshop canvas list --format json | jq '.[].id'"])

    let format: String
    let directories: [String]

    init(_ arguments: ParsedArguments) throws {
        format = try arguments.choice("format", among: ["text", "json"]) ?? "text"
        directories = arguments.options("methods")
    }

    func run(in context: CommandContext) throws {
        let library = try MethodLibrary.load(context: context, directories: directories)
        let canvases = library.canvases
        if format == "json" {
            let list: [JSONValue] = canvases.canvases.map { canvas in
                [
                    "id": .string(canvas.id),
                    "title": .string(canvas.title.text(in: context.language)),
                    "sections": .integer(canvas.sections.count),
                    "source": .string(canvases.source(of: canvas.id) ?? CanvasLibrary.builtInSource),
                ]
            }
            context.print(JSONValue.array(list).serialized(pretty: true))
        } else {
            let width = min(28, (canvases.ids.map(\.count).max() ?? 0) + 2)
            for canvas in canvases.canvases {
                var line =
                    context.style.bold(Formatting.pad(canvas.id, width))
                    + TerminalText.sanitize(canvas.title.text(in: context.language))
                line += context.style.dim("  " + context.text(.canvasSections, ["count": String(canvas.sections.count)]))
                let source = canvases.source(of: canvas.id) ?? CanvasLibrary.builtInSource
                if source != CanvasLibrary.builtInSource {
                    line += context.style.dim("  " + context.text(.methodsSource, ["source": TerminalText.sanitize(source)]))
                }
                context.print(line)
            }
        }
        try library.failIfErrors(context)
    }
}
