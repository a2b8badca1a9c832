import Engine

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
