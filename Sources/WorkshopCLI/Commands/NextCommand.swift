import Engine

/// `workshop next FILE`: moves to the next phase; after the last one, finishes the session.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "next",
        abstract: .nextAbstract,
        arguments: [TimerCommand.fileArgument],
        examples: ["workshop next taller.workshop"])

    let file: String

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
    }

    func run(in context: CommandContext) throws {
        try TimerCommand.perform(.next, file: file, context: context)
    }
}
