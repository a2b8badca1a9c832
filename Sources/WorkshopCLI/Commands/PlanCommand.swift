import Engine

/// `workshop plan FILE [--format text|json|csv|html] [-o FILE]`: a session's agenda on the
/// clock (from its start time) and the seating of every round.
struct PlanCommand: ParsableCommand {
    static let formats = ["text", "json", "csv", "html"]

    static let configuration = CommandConfiguration(
        name: "plan",
        abstract: .planAbstract,
        discussion: .planDiscussion,
        arguments: [ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop"))],
        options: [
            OptionSpec("format", value: "text|json|csv|html", help: .planOptionFormat, completion: .choices(formats)),
            OptionSpec("output", short: "o", value: "FILE", help: .planOptionOutput, completion: .file(extension: nil)),
        ],
        examples: [
            "workshop plan taller.workshop",
            "workshop plan taller.workshop --format html -o plan.html",
            "workshop plan taller.workshop --format json | jq '.rounds[0].tables[0].participants'",
        ])

    let file: String
    let format: String
    let output: String?

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        output = arguments.option("output")
        if let format = try arguments.choice("format", among: Self.formats) {
            self.format = format
        } else if let output, let inferred = Self.formats.first(where: { output.lowercased().hasSuffix("." + $0) }) {
            format = inferred
        } else {
            format = "text"
        }
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file, options: Session.OpenOptions(skipping: [NoteAdded.type]))
        let state = session.state
        guard !state.agenda.phases.isEmpty else { throw Failure(.planNoAgenda, ["file": file]) }
        let document = PlanDocument(state: state, language: context.language)
        let text: String
        switch format {
        case "json": text = document.json().serialized(pretty: true) + "\n"
        case "csv": text = PlanCSVRenderer(document: document, localizer: context.localizer).render()
        case "html": text = PlanHTMLRenderer(document: document, localizer: context.localizer).render()
        default:
            let style = output == nil ? context.style : TextStyle(isEnabled: false)
            text = PlanTextRenderer(document: document, localizer: context.localizer, style: style).render()
        }
        guard let output else {
            context.output.write(text)
            return
        }
        try SystemFile.writeAtomically(Array(text.utf8), to: output, replacing: true)
        context.print(context.text(.planWrote, ["file": output]))
    }
}
