import Engine

/// Everything a command may touch outside itself, injected so that commands run the same
/// in a terminal and inside tests: output streams, input, environment, clock, language.
public final class CommandContext: @unchecked Sendable {
    public let output: any TextOutput
    public let errorOutput: any TextOutput
    public let input: any TextInput
    public let environment: [String: String]
    public let clock: any TimeSource
    public let localizer: Localizer
    /// Styling for ``output`` and ``errorOutput``.
    public let style: TextStyle
    public let errorStyle: TextStyle

    public init(
        output: any TextOutput, errorOutput: any TextOutput, input: any TextInput, environment: [String: String],
        clock: any TimeSource, language: Language, noColor: Bool = false
    ) {
        self.output = output
        self.errorOutput = errorOutput
        self.input = input
        self.environment = environment
        self.clock = clock
        localizer = Localizer(language: language)
        style = TextStyle.resolve(for: output, environment: environment, noColorFlag: noColor)
        errorStyle = TextStyle.resolve(for: errorOutput, environment: environment, noColorFlag: noColor)
    }

    public var language: Language { localizer.language }

    /// A localised text.
    public func text(_ key: TextKey, _ values: [String: String] = [:]) -> String { localizer.text(key, values) }

    /// Writes a line to standard output.
    public func print(_ line: String = "") { output.write(line + "\n") }

    /// Writes a localised warning line to standard error.
    public func warn(_ message: String) {
        errorOutput.write(errorStyle.yellow(localizer.text(.warningPrefix)) + message + "\n")
    }

    /// Opens a session file, reporting journal recoveries as warnings.
    public func openSession(_ path: String, options: Session.OpenOptions = Session.OpenOptions()) throws -> Session {
        let localizer = self.localizer
        let errorOutput = self.errorOutput
        let errorStyle = self.errorStyle
        return try Session.open(at: path, options: options, clock: clock) { warning in
            errorOutput.write(
                errorStyle.yellow(localizer.text(.warningPrefix)) + ErrorMessages.describe(warning, localizer) + "\n")
        }
    }
}
