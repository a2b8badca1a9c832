import Engine

/// `workshop conclusion add FILE --question Q [--table N] TEXT`.
struct ConclusionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "add",
        abstract: .conclusionAddAbstract,
        arguments: [
            ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop")),
            ArgumentSpec("TEXT", help: .conclusionArgumentText, isRepeating: true),
        ],
        options: [
            OptionSpec("question", short: "q", value: "Q", help: .voteOptionQuestion, isRequired: true),
            OptionSpec("table", short: "t", value: "N", help: .conclusionOptionTable),
        ],
        examples: ["workshop conclusion add taller.workshop --question 2 --table 4 \"Faltan incentivos para innovar\""])

    let file: String
    let question: Int
    let table: Int?
    let text: String

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        question = try VoteArguments.question(arguments)
        table = try arguments.integer("table", in: 1...10_000)
        text = arguments.arguments("TEXT").joined(separator: " ")
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        try session.append { state in [try ConclusionDraft(question: question, text: text, table: table).event(in: state)] }
        guard let added = session.state.voting.conclusions.last else { return }
        context.print(
            context.text(
                .conclusionAdded,
                ["id": added.id, "question": String(question), "text": TerminalText.sanitize(added.text)]))
    }
}
