import Engine

/// `workshop help [SUBCOMMAND...]`: the same as `--help` on that command.
struct HelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "help",
        abstract: .helpAbstract,
        arguments: [ArgumentSpec("SUBCOMMAND", help: .helpArgumentSubcommand, isOptional: true, isRepeating: true)])

    let path: [String]

    init(_ arguments: ParsedArguments) throws {
        path = arguments.arguments("SUBCOMMAND")
    }

    func run(in context: CommandContext) throws {
        var command: any ParsableCommand.Type = WorkshopCommand.self
        var names = [WorkshopCommand.configuration.name]
        for name in path {
            guard let next = command.configuration.subcommand(named: name) else {
                throw UsageError.unknownCommand(
                    name,
                    suggestion: EditDistance.suggestion(
                        for: name, among: command.configuration.subcommands.map { $0.configuration.name }))
            }
            command = next
            names.append(name)
        }
        context.output.write(
            HelpRenderer(localizer: context.localizer, style: context.style).render(command.configuration, path: names))
    }
}
