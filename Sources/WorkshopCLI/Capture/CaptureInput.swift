import Engine

/// A line (or the end) coming into the note capture loop.
enum CaptureInputLine: Equatable {
    case line(String)
    /// A piped line that is not valid UTF-8 (line number from 1).
    case invalidUTF8(line: Int)
    case end
    /// A signal asked the program to end (on a terminal: SIGINT, SIGTERM, SIGHUP, SIGQUIT).
    case terminated(signal: Int32)
}

/// Where the note capture loop reads lines: a terminal with line editing, or plain lines
/// from a pipe or a file.
protocol CaptureInput: AnyObject {
    /// Whether a person is typing (prompts and key shortcuts make sense).
    var isInteractive: Bool { get }
    /// The next line; `initial` pre-fills it when the input is interactive (editing a note).
    func nextLine(initial: String, delegate: LineReaderDelegate) -> CaptureInputLine
    /// Gives the terminal back (interactive only).
    func finish()
}
