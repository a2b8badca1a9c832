import Engine

/// Splits a command line into the command to run and its ``ParsedArguments``.
///
/// Rules, as in swift-argument-parser: subcommand names come first; then options
/// (`--name value`, `--name=value`, `-n value`) and positional values in any order; `--`
/// ends options. Unknown commands and options are errors with a "did you mean"
/// suggestion. `-h`/`--help` anywhere asks for the help of the command reached so far.
struct CommandParser {
    /// Options every command accepts, handled by the framework.
    static let globalOptions: [OptionSpec] = [
        OptionSpec("lang", value: "es|en", help: .optionLang, completion: .choices(["es", "en"])),
        OptionSpec("no-color", help: .optionNoColor),
        OptionSpec("help", short: "h", help: .optionHelp),
    ]

    struct Result {
        var command: any ParsableCommand.Type
        var arguments: ParsedArguments
        var helpRequested: Bool
    }

    let root: any ParsableCommand.Type

    /// Parses `arguments` (without the program name).
    func parse(_ arguments: [String]) throws(UsageError) -> Result {
        var command = root
        var path = [root.configuration.name]
        var index = 0
        var helpRequested = false
        var leading: [String] = []
        // Descend through subcommand names (global options may come before them).
        while index < arguments.count {
            let word = arguments[index]
            if word == "-h" || word == "--help" {
                helpRequested = true
                index += 1
                continue
            }
            if word == "--lang", index + 1 < arguments.count {
                leading += [word, arguments[index + 1]]
                index += 2
                continue
            }
            if word.hasPrefix("--lang=") || word == "--no-color" {
                leading.append(word)
                index += 1
                continue
            }
            let configuration = command.configuration
            guard !configuration.subcommands.isEmpty, !word.hasPrefix("-") else { break }
            guard let subcommand = configuration.subcommand(named: word) else {
                if configuration.arguments.isEmpty {
                    throw UsageError.unknownCommand(
                        word,
                        suggestion: EditDistance.suggestion(
                            for: word, among: configuration.subcommands.map { $0.configuration.name }))
                }
                break
            }
            command = subcommand
            path.append(word)
            index += 1
        }
        let configuration = command.configuration
        var positionals: [String] = []
        var values: [String: [String]] = [:]
        var flags: Set<String> = []
        var optionsEnded = false
        let allOptions = configuration.options + Self.globalOptions
        let rest = leading + arguments[index...]
        index = 0
        while index < rest.count {
            let word = rest[index]
            index += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") || Self.isNegativeNumber(word) {
                positionals.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            var name: String
            var inlineValue: String?
            if word.hasPrefix("--") {
                name = String(word.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else {
                let letters = Array(word.dropFirst())
                guard letters.count == 1, let spec = allOptions.first(where: { $0.short == letters[0] }) else {
                    throw UsageError.unknownOption(word, suggestion: nil)
                }
                name = spec.long
            }
            guard let spec = allOptions.first(where: { $0.long == name }) else {
                let candidates = allOptions.map { "--" + $0.long }
                throw UsageError.unknownOption(
                    "--" + name, suggestion: EditDistance.suggestion(for: "--" + name, among: candidates))
            }
            if spec.long == "help" {
                helpRequested = true
                continue
            }
            if spec.isFlag {
                guard inlineValue == nil else {
                    throw UsageError.invalidValue(option: "--" + name, value: inlineValue ?? "", expected: "no value")
                }
                flags.insert(spec.long)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < rest.count else { throw UsageError.missingValue(option: "--" + name) }
                value = rest[index]
                index += 1
            }
            if values[spec.long] != nil, !spec.isRepeating, spec.long != "lang" {
                throw UsageError.repeatedOption(option: "--" + name)
            }
            values[spec.long, default: []].append(value)
        }
        let parsed = ParsedArguments(
            configuration: configuration, commandPath: path, positionals: positionals, values: values, flags: flags)
        if helpRequested { return Result(command: command, arguments: parsed, helpRequested: true) }
        try Self.check(positionals: positionals, values: values, against: configuration, path: path)
        return Result(command: command, arguments: parsed, helpRequested: false)
    }

    /// Required arguments and options are present; no extra positional values.
    private static func check(
        positionals: [String], values: [String: [String]], against configuration: CommandConfiguration, path: [String]
    )
        throws(UsageError)
    {
        let specs = configuration.arguments
        let takesRest = specs.last?.isRepeating == true
        if !takesRest, positionals.count > specs.count {
            if specs.isEmpty, !configuration.subcommands.isEmpty {
                let word = positionals[0]
                throw UsageError.unknownCommand(
                    word,
                    suggestion: EditDistance.suggestion(for: word, among: configuration.subcommands.map { $0.configuration.name })
                )
            }
            throw UsageError.unexpectedArgument(positionals[specs.count])
        }
        for (position, spec) in specs.enumerated() where !spec.isOptional && position >= positionals.count {
            throw UsageError.missingArgument(name: spec.name)
        }
        for spec in configuration.options where spec.isRequired && values[spec.long] == nil {
            throw UsageError.missingOption(option: "--" + spec.long)
        }
    }

    private static func isNegativeNumber(_ word: String) -> Bool {
        word.count > 1 && word.hasPrefix("-") && word.dropFirst().allSatisfy(\.isNumber)
    }
}
