import Engine

/// A command of the `workshop` tool.
///
/// Like swift-argument-parser's commands, but with the signature as data: a command
/// declares its ``configuration``; the framework parses the command line against it;
/// ``init(_:)`` turns the parsed strings into typed, validated values (throwing
/// ``UsageError`` for anything wrong with the command line); ``run(in:)`` does the work
/// (throwing any other error for failures). Errors become messages and exit codes in
/// one place, ``ErrorReporter``.
public protocol ParsableCommand: Sendable {
    static var configuration: CommandConfiguration { get }

    /// Reads and validates the parsed command line.
    init(_ arguments: ParsedArguments) throws

    /// Does the work.
    func run(in context: CommandContext) throws
}

/// A command that only groups subcommands (`workshop canvas`, `workshop conclusion`).
public protocol CommandGroup: ParsableCommand {
    init()
}

extension CommandGroup {
    public init(_ arguments: ParsedArguments) throws { self.init() }

    public func run(in context: CommandContext) throws {
        throw UsageError.missingSubcommand(
            command: Self.configuration.name, available: Self.configuration.subcommands.map { $0.configuration.name })
    }
}
