import Engine

/// The command line of one command, split into positional values, option values and
/// flags, with typed accessors that throw ``UsageError`` for bad values.
public struct ParsedArguments: Sendable {
    public let configuration: CommandConfiguration
    /// The command path, e.g. `["workshop", "conclusion", "add"]`.
    public let commandPath: [String]
    private let positionals: [String]
    private let values: [String: [String]]
    private let flags: Set<String>

    init(
        configuration: CommandConfiguration, commandPath: [String], positionals: [String], values: [String: [String]],
        flags: Set<String>
    ) {
        self.configuration = configuration
        self.commandPath = commandPath
        self.positionals = positionals
        self.values = values
        self.flags = flags
    }

    // MARK: Positionals

    /// The value of the positional argument `name` (nil when optional and absent).
    public func argument(_ name: String) -> String? {
        var position = 0
        for spec in configuration.arguments {
            if spec.name == name { return position < positionals.count ? positionals[position] : nil }
            if spec.isRepeating { return nil }
            position += 1
        }
        return nil
    }

    /// The values of a repeating positional argument.
    public func arguments(_ name: String) -> [String] {
        var position = 0
        for spec in configuration.arguments {
            if spec.name == name {
                guard spec.isRepeating else { return argument(name).map { [$0] } ?? [] }
                return position < positionals.count ? Array(positionals[position...]) : []
            }
            position += 1
        }
        return []
    }

    /// The positional argument `name`, which the parser guarantees is present when required.
    public func requiredArgument(_ name: String) throws -> String {
        guard let value = argument(name) else { throw UsageError.missingArgument(name: name) }
        return value
    }

    // MARK: Options

    /// The last value given for `--long`.
    public func option(_ long: String) -> String? { values[long]?.last }

    /// Every value given for a repeating `--long`.
    public func options(_ long: String) -> [String] { values[long] ?? [] }

    /// The value of a required option.
    public func requiredOption(_ long: String) throws -> String {
        guard let value = option(long) else { throw UsageError.missingOption(option: "--" + long) }
        return value
    }

    /// Whether flag `--long` was given.
    public func flag(_ long: String) -> Bool { flags.contains(long) }

    /// The option as an integer in `range`.
    public func integer(_ long: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = option(long) else { return nil }
        guard let value = Int(text.trimmingWhitespace()), range.contains(value) else {
            throw UsageError.invalidValue(
                option: "--" + long, value: text,
                expected: range.upperBound == Int.max ? "≥ \(range.lowerBound)" : "\(range.lowerBound)…\(range.upperBound)")
        }
        return value
    }

    /// The option as one of `choices` (case-insensitive).
    public func choice(_ long: String, among choices: [String]) throws -> String? {
        guard let text = option(long) else { return nil }
        guard let match = choices.first(where: { $0.lowercased() == text.lowercased() }) else {
            throw UsageError.invalidValue(option: "--" + long, value: text, expected: choices.joined(separator: ", "))
        }
        return match
    }

    /// A positional argument as one of `choices`.
    public func argumentChoice(_ name: String, among choices: [String]) throws -> String? {
        guard let text = argument(name) else { return nil }
        guard let match = choices.first(where: { $0.lowercased() == text.lowercased() }) else {
            throw UsageError.invalidValue(option: name, value: text, expected: choices.joined(separator: ", "))
        }
        return match
    }
}
