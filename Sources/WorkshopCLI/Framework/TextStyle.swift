import Engine

/// Colour and emphasis for one output, applied only when that output is a terminal and the
/// user has not asked for plain text (`NO_COLOR` set to anything, `--no-color`, or
/// `TERM=dumb`). Meaning never relies on colour alone: styled text says the same unstyled.
public struct TextStyle: Sendable {
    public let isEnabled: Bool

    public init(isEnabled: Bool) { self.isEnabled = isEnabled }

    /// The style for an output given the environment and flags.
    public static func resolve(for output: any TextOutput, environment: [String: String], noColorFlag: Bool) -> TextStyle {
        let disabled = noColorFlag || environment["NO_COLOR"] != nil || environment["TERM"] == "dumb"
        return TextStyle(isEnabled: output.isTerminal && !disabled)
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
