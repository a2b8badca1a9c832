import Engine

/// A line (or the end) coming into the note capture loop.
enum CaptureInputLine: Equatable {
    case line(String)
    /// A piped line that is not valid UTF-8 (line number from 1).
    case invalidUTF8(line: Int)
    case end
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

/// Lines from a terminal, edited with ``TerminalLineReader``.
final class TerminalCaptureInput: CaptureInput {
    private let reader: TerminalLineReader

    init(reader: TerminalLineReader) { self.reader = reader }

    var isInteractive: Bool { true }

    func nextLine(initial: String, delegate: LineReaderDelegate) -> CaptureInputLine {
        switch reader.readLine(initial: initial, delegate: delegate) {
        case .line(let text): return .line(text)
        case .endOfInput, .interrupted: return .end
        }
    }

    func finish() { reader.restore() }
}

/// Plain lines from standard input when it is not a terminal (notes piped in).
final class PipedCaptureInput: CaptureInput {
    private let input: any TextInput
    private var lineNumber = 0

    init(input: any TextInput) { self.input = input }

    var isInteractive: Bool { false }

    func nextLine(initial: String, delegate: LineReaderDelegate) -> CaptureInputLine {
        guard let bytes = input.readLine() else { return .end }
        lineNumber += 1
        guard UTF8Validation.isValid(bytes) else { return .invalidUTF8(line: lineNumber) }
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    func finish() {}
}
