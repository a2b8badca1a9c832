import Engine

/// `workshop back FILE`: goes back one phase; its timer starts again from its planned time.
struct BackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "back",
        abstract: .backAbstract,
        arguments: [TimerCommand.fileArgument],
        examples: ["workshop back taller.workshop"])

    let file: String

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
    }

    func run(in context: CommandContext) throws {
        try TimerCommand.perform(.back, file: file, context: context)
    }
}
