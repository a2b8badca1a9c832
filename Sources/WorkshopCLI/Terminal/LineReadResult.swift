import Engine

/// How reading a line ended.
enum LineReadResult: Equatable {
    case line(String)
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
    /// Ctrl-C on an empty line.
    case interrupted
    /// A signal asked the program to end (SIGINT, SIGTERM, SIGHUP, SIGQUIT), or the terminal
    /// went away (SIGHUP).
    case terminated(signal: Int32)
}
