import Engine

/// `workshop resume FILE`: resumes the running phase's timer after a pause.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "resume",
        abstract: .resumeAbstract,
        arguments: [TimerCommand.fileArgument],
        examples: ["workshop resume taller.workshop"])

    let file: String

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
    }

    func run(in context: CommandContext) throws {
        try TimerCommand.perform(.resume, file: file, context: context)
    }
}
