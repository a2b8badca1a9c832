import Engine

/// Lines from a terminal, edited with ``TerminalLineReader``.
final class TerminalCaptureInput: CaptureInput {
    private let reader: TerminalLineReader

    init(reader: TerminalLineReader) { self.reader = reader }

    var isInteractive: Bool { true }

    func nextLine(initial: String, delegate: LineReaderDelegate) -> CaptureInputLine {
        switch reader.readLine(initial: initial, delegate: delegate) {
        case .line(let text): return .line(text)
        case .endOfInput, .interrupted: return .end
        case .terminated(let signal): return .terminated(signal: signal)
        }
    }

    func finish() { reader.restore() }
}
