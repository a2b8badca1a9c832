import Engine

/// `workshop results FILE [--question Q] [--format text|json]`: totals, the kept
/// conclusions in order, and ties at the cut.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "results",
        abstract: .resultsAbstract,
        discussion: .resultsDiscussion,
        arguments: [ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop"))],
        options: [
            OptionSpec("question", short: "q", value: "Q", help: .voteOptionQuestion),
            OptionSpec("format", value: "text|json", help: .optionFormatTextJSON, completion: .choices(["text", "json"])),
        ],
        examples: [
            "workshop results taller.workshop", "workshop results taller.workshop --question 2 --format json | jq '.[0].kept'",
        ])

    let file: String
    let question: Int?
    let format: String

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        question = try arguments.integer("question", in: 1...10_000)
        format = try arguments.choice("format", among: ["text", "json"]) ?? "text"
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file, options: Session.OpenOptions(skipping: [NoteAdded.type]))
        let state = session.state
        if let question, state.agenda.question(question) == nil {
            throw VoteError.unknownQuestion(question: question, known: state.agenda.questions.map(\.number))
        }
        let report = ResultsReport(state: state, questions: question.map { [$0] })
        if format == "json" {
            context.print(report.json(language: context.language).serialized(pretty: true))
        } else {
            context.output.write(report.text(context, file: file))
        }
    }
}
