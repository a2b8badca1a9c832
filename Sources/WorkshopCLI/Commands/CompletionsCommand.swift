import Engine

/// `workshop completions bash|zsh|fish`: prints a shell completion script.
struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "completions",
        abstract: .completionsAbstract,
        discussion: .completionsDiscussion,
        arguments: [ArgumentSpec("SHELL", help: .completionsArgumentShell, completion: .choices(["bash", "zsh", "fish"]))],
        examples: ["source <(workshop completions bash)", "workshop completions fish | source"])

    let shell: String

    init(_ arguments: ParsedArguments) throws {
        shell = try arguments.argumentChoice("SHELL", among: ["bash", "zsh", "fish"]) ?? "bash"
    }

    func run(in context: CommandContext) throws {
        let script = CompletionScript(root: WorkshopCommand.self)
        switch shell {
        case "zsh": context.output.write(script.zsh())
        case "fish": context.output.write(script.fish())
        default: context.output.write(script.bash())
        }
    }
}
