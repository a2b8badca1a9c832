import Engine

/// Something wrong with the command line itself. Reported with a `Usage:` line and exit
/// code 64 (`EX_USAGE`).
public enum UsageError: Error, Equatable, Sendable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?)
    case missingValue(option: String)
    case missingOption(option: String)
    case missingArgument(name: String)
    case unexpectedArgument(String)
    case repeatedOption(option: String)
    case missingSubcommand(command: String, available: [String])
    /// A value of the wrong form: `expected` says what is accepted.
    case invalidValue(option: String, value: String, expected: String)
    /// An argument that is not valid UTF-8 (position from 1).
    case invalidEncoding(position: Int)
    case invalidLanguage(String)
    /// Any other misuse, described by a text key and its placeholders.
    case message(TextKey, [String: String])
}
