import Engine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `workshop` tool: parses a command line, runs the command, maps errors to messages
/// and exit codes. ``main()`` runs it as a process; ``run(_:output:errorOutput:input:environment:clock:)``
/// runs it in-process (tests).
public enum Workshop {
    /// Runs the tool with the process's arguments, streams, environment and clock.
    public static func main() -> Int32 {
        var arguments: [String] = []
        var invalidPosition: Int?
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(
                start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
            if invalidPosition == nil, !UTF8Validation.isValid(bytes) { invalidPosition = index }
            arguments.append(String(decoding: bytes, as: UTF8.self))
        }
        let environment = Self.processEnvironment()
        if let invalidPosition {
            let context = CommandContext(
                output: StandardStream.output, errorOutput: StandardStream.error, input: StandardInput.shared,
                environment: environment, clock: SystemTimeSource(),
                language: Language.resolve(flag: nil, environment: environment))
            return ErrorReporter(context: context).report(
                UsageError.invalidEncoding(position: invalidPosition), configuration: nil, path: ["workshop"])
        }
        return run(
            arguments, output: StandardStream.output, errorOutput: StandardStream.error, input: StandardInput.shared,
            environment: environment, clock: SystemTimeSource())
    }

    /// Runs the tool on `arguments` (without the program name) and returns the exit code.
    public static func run(
        _ arguments: [String], output: any TextOutput, errorOutput: any TextOutput, input: any TextInput,
        environment: [String: String], clock: any TimeSource
    ) -> Int32 {
        let (languageFlag, noColor) = Self.globalFlags(arguments)
        let language = languageFlag.flatMap(Language.init(code:)) ?? Language.resolve(flag: nil, environment: environment)
        let context = CommandContext(
            output: output, errorOutput: errorOutput, input: input, environment: environment, clock: clock,
            language: language, noColor: noColor)
        let reporter = ErrorReporter(context: context)
        if let languageFlag, Language(code: languageFlag) == nil {
            return reporter.report(
                UsageError.invalidLanguage(languageFlag), configuration: WorkshopCommand.configuration, path: ["workshop"])
        }
        if arguments.first == "--version" || arguments == ["-V"] {
            context.print("workshop \(WorkshopVersion.current)")
            return 0
        }
        let parser = CommandParser(root: WorkshopCommand.self)
        let parsed: CommandParser.Result
        do {
            parsed = try parser.parse(arguments)
        } catch {
            let deepest = Self.deepestCommand(arguments)
            return reporter.report(error, configuration: deepest.configuration, path: deepest.path)
        }
        let configuration = parsed.command.configuration
        let path = parsed.arguments.commandPath
        if parsed.helpRequested
            || (arguments.isEmpty && ObjectIdentifier(parsed.command) == ObjectIdentifier(WorkshopCommand.self))
        {
            context.output.write(
                HelpRenderer(localizer: context.localizer, style: context.style).render(configuration, path: path))
            return 0
        }
        do {
            let command = try parsed.command.init(parsed.arguments)
            try command.run(in: context)
            return 0
        } catch {
            return reporter.report(error, configuration: error is UsageError ? configuration : nil, path: path)
        }
    }

    /// `--lang` and `--no-color`, wherever they appear (before `--`).
    static func globalFlags(_ arguments: [String]) -> (language: String?, noColor: Bool) {
        var language: String?
        var noColor = false
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" { break }
            if word == "--lang", index + 1 < arguments.count {
                language = arguments[index + 1]
                index += 1
            } else if word.hasPrefix("--lang=") {
                language = String(word.dropFirst("--lang=".count))
            } else if word == "--no-color" {
                noColor = true
            }
            index += 1
        }
        return (language, noColor)
    }

    /// The deepest command named at the start of `arguments`, for the usage line of an error.
    static func deepestCommand(_ arguments: [String]) -> (configuration: CommandConfiguration, path: [String]) {
        var command: any ParsableCommand.Type = WorkshopCommand.self
        var path = [WorkshopCommand.configuration.name]
        for word in arguments {
            guard let next = command.configuration.subcommand(named: word) else { break }
            command = next
            path.append(word)
        }
        return (command.configuration, path)
    }

    static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}
