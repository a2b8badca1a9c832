import Engine

/// What a command is called, what it does, and what it accepts: the static description
/// from which parsing, help and shell completions are all derived.
public struct CommandConfiguration: Sendable {
    public var name: String
    /// One line for OVERVIEW and the parent's SUBCOMMANDS list.
    public var abstract: TextKey
    /// Paragraphs under the overview.
    public var discussion: TextKey?
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    public var subcommands: [any ParsableCommand.Type]
    /// Example command lines printed at the end of help (not translated: they are commands).
    public var examples: [String]

    public init(
        name: String, abstract: TextKey, discussion: TextKey? = nil, arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [], subcommands: [any ParsableCommand.Type] = [], examples: [String] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.subcommands = subcommands
        self.examples = examples
    }

    /// The option spec for a long name.
    func option(long: String) -> OptionSpec? { options.first { $0.long == long } }

    /// The option spec for a short name.
    func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }

    /// The subcommand type named `name`.
    func subcommand(named name: String) -> (any ParsableCommand.Type)? {
        subcommands.first { $0.configuration.name == name }
    }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    /// Shown in upper case in usage: `FILE`.
    public var name: String
    public var help: TextKey
    public var isOptional: Bool
    /// Takes all remaining positional values (at least one unless optional).
    public var isRepeating: Bool
    public var completion: Completion

    public init(
        _ name: String, help: TextKey, isOptional: Bool = false, isRepeating: Bool = false, completion: Completion = .none
    ) {
        self.name = name
        self.help = help
        self.isOptional = isOptional
        self.isRepeating = isRepeating
        self.completion = completion
    }
}

/// A named option (`--table 3`, `-o FILE`) or flag (`--stdin`).
public struct OptionSpec: Sendable {
    public var long: String
    public var short: Character?
    /// Name of the value in help (`N`, `FILE`); nil for a flag.
    public var valueName: String?
    public var help: TextKey
    public var isRequired: Bool
    public var isRepeating: Bool
    public var completion: Completion

    public init(
        _ long: String, short: Character? = nil, value valueName: String? = nil, help: TextKey, isRequired: Bool = false,
        isRepeating: Bool = false, completion: Completion = .none
    ) {
        self.long = long
        self.short = short
        self.valueName = valueName
        self.help = help
        self.isRequired = isRequired
        self.isRepeating = isRepeating
        self.completion = completion
    }

    public var isFlag: Bool { valueName == nil }
}

/// What a shell should offer when completing a value.
public enum Completion: Sendable, Equatable {
    case none
    case file(extension: String?)
    case directory
    case choices([String])
}
