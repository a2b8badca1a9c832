import Engine

/// `workshop findings FILE [FILE...] [--format md|html|csv|json|qdc|all] [-o PATH]
/// [--anonymise] [--similarity S]`: the findings report of one session, or of several
/// combined.
struct FindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "findings",
        abstract: .findingsAbstract,
        discussion: .findingsDiscussion,
        arguments: [
            ArgumentSpec("FILE", help: .findingsArgumentFiles, isRepeating: true, completion: .file(extension: "workshop"))
        ],
        options: [
            OptionSpec(
                "format", value: "md|html|csv|json|qdc|all", help: .findingsOptionFormat,
                completion: .choices(FindingsFormat.choices)),
            OptionSpec("output", short: "o", value: "PATH", help: .findingsOptionOutput, completion: .file(extension: nil)),
            OptionSpec("anonymise", help: .findingsOptionAnonymise),
            OptionSpec("similarity", value: "S", help: .findingsOptionSimilarity),
        ],
        examples: [
            "workshop findings taller.workshop --format html -o informe.html",
            "workshop findings taller.workshop --format all -o informe/",
            "workshop findings santiago.workshop temuco.workshop --format md > informe-regiones.md",
            "workshop findings taller.workshop --format csv --anonymise -o notas.csv",
            "workshop findings taller.workshop --format qdc -o codigos.qdc",
        ])

    let files: [String]
    let format: FindingsFormat?
    let output: String?
    let anonymise: Bool
    let similarity: Double?
    let languageFlag: String?

    init(_ arguments: ParsedArguments) throws {
        files = arguments.arguments("FILE")
        guard !files.isEmpty else { throw UsageError.missingArgument(name: "FILE") }
        output = arguments.option("output")
        anonymise = arguments.flag("anonymise")
        similarity = try FindingsInputs.similarity(arguments)
        languageFlag = arguments.option("lang")
        let chosen = try arguments.choice("format", among: FindingsFormat.choices)
        if chosen == "all" {
            guard output != nil else { throw UsageError.message(.findingsAllNeedsDirectory, [:]) }
            format = nil
        } else if let chosen {
            format = FindingsFormat(rawValue: chosen)
        } else {
            format = output.flatMap(FindingsFormat.inferred(from:)) ?? .md
        }
    }

    func run(in context: CommandContext) throws {
        let sources = try FindingsInputs.load(files, context: context)
        let language = FindingsInputs.language(flag: languageFlag, sources: sources)
        let report = FindingsBuilder(
            options: FindingsOptions(language: language, similarity: similarity, anonymise: anonymise)
        ).build(sources)
        let wording = FindingsWording(report: report, utcOffsetMinutes: FindingsInputs.utcOffset(for: report, context: context))
        guard let format else {
            let directory = output ?? "."
            for item in try FindingsFormat.writeAll(wording, into: directory) {
                context.print(context.text(.findingsWrote, ["file": item.path]))
            }
            return
        }
        guard let output else {
            var text = format.render(wording)
            if context.output.isTerminal { text = TerminalText.sanitize(text, keepNewlines: true) }
            context.output.write(text)
            if format == .qdc { context.warn(context.text(.findingsCodebookNeedsOutput)) }
            return
        }
        // An existing directory gets `findings.<format>` inside it.
        let path = FilePath.isDirectory(output) ? FilePath.join(output, "findings.\(format.rawValue)") : output
        for path in try format.write(wording, to: path) {
            context.print(context.text(.findingsWrote, ["file": path]))
        }
    }
}
