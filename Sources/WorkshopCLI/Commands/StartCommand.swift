import Engine

/// `workshop start FILE [--phase N]`: starts the session at its first phase, or jumps to
/// phase N.
struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "start",
        abstract: .startAbstract,
        arguments: [TimerCommand.fileArgument],
        options: [OptionSpec("phase", value: "N", help: .startOptionPhase)],
        examples: ["workshop start taller.workshop", "workshop start taller.workshop --phase 3"])

    let file: String
    let phase: Int?

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        phase = try arguments.integer("phase", in: 1...10_000)
    }

    func run(in context: CommandContext) throws {
        try TimerCommand.perform(.start(phase: phase.map { $0 - 1 }), file: file, context: context)
    }
}
