import Engine

/// The one place where errors become a message, a stream and an exit code.
///
/// - Usage errors (``UsageError``): `Error: ...` then a `Usage:` line on standard error,
///   exit code 64.
/// - Everything else: `Error: ...` on standard error, exit code 1.
struct ErrorReporter {
    static let usageExitCode: Int32 = 64
    static let failureExitCode: Int32 = 1

    let context: CommandContext

    /// Reports `error` and returns the exit code.
    func report(_ error: any Error, configuration: CommandConfiguration?, path: [String]) -> Int32 {
        let localizer = context.localizer
        let prefix = context.errorStyle.red(context.errorStyle.bold(localizer.text(.errorPrefix)))
        if let usage = error as? UsageError {
            context.errorOutput.write(prefix + ErrorMessages.describe(usage, localizer) + "\n")
            if let configuration {
                let renderer = HelpRenderer(localizer: localizer, style: TextStyle(isEnabled: false))
                context.errorOutput.write(localizer.text(.helpUsageLine) + " " + renderer.usage(configuration, path: path) + "\n")
                context.errorOutput.write(
                    localizer.text(.helpSeeHelp, ["command": path.joined(separator: " ")]) + "\n")
            }
            return Self.usageExitCode
        }
        if let failures = error as? Failures {
            context.errorOutput.write(prefix + localizer.text(failures.summary.key, failures.summary.values) + "\n")
            for detail in failures.details { context.errorOutput.write("  " + detail + "\n") }
            return Self.failureExitCode
        }
        context.errorOutput.write(prefix + ErrorMessages.describe(error, localizer) + "\n")
        return Self.failureExitCode
    }
}
