import Engine

/// `workshop extend MINUTES FILE`: gives the running phase more time (negative minutes take
/// time away).
struct ExtendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "extend",
        abstract: .extendAbstract,
        discussion: .extendDiscussion,
        arguments: [ArgumentSpec("MINUTES", help: .extendArgumentMinutes), TimerCommand.fileArgument],
        examples: [
            "workshop extend 5 taller.workshop", "workshop extend -2 taller.workshop", "workshop extend -- -30s taller.workshop",
        ])

    let seconds: Int
    let file: String

    init(_ arguments: ParsedArguments) throws {
        let text = try arguments.requiredArgument("MINUTES")
        guard let seconds = ExtensionAmount.seconds(from: text), abs(seconds) <= PhaseControl.maximumExtensionSeconds else {
            throw UsageError.message(.extendInvalidMinutes, ["value": text])
        }
        self.seconds = seconds
        file = try arguments.requiredArgument("FILE")
    }

    func run(in context: CommandContext) throws {
        try TimerCommand.perform(.extend(seconds: seconds), file: file, context: context)
    }
}
