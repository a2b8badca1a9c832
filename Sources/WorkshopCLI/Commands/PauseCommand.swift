import Engine

/// `workshop pause FILE`: pauses the running phase's timer.
struct PauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "pause",
        abstract: .pauseAbstract,
        arguments: [TimerCommand.fileArgument],
        examples: ["workshop pause taller.workshop"])

    let file: String

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
    }

    func run(in context: CommandContext) throws {
        try TimerCommand.perform(.pause, file: file, context: context)
    }
}
