import Engine

/// How reading a line ended.
enum LineReadResult: Equatable {
    case line(String)
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
    /// Ctrl-C on an empty line.
    case interrupted
}
