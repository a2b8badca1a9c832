import Engine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads lines from a terminal in raw mode with a ``LineEditor``: the prompt and the line
/// are redrawn on every key, long lines scroll sideways, the delegate is polled while the
/// user is idle (so the prompt can follow what other processes do), and lines can be
/// printed above the prompt without disturbing what is being typed.
///
/// Ctrl-C clears a non-empty line (and quits on an empty one); Ctrl-D quits on an empty
/// line. The terminal is restored by ``restore()``, on deinit, and on SIGTERM, SIGHUP,
/// SIGINT and SIGQUIT.
final class TerminalLineReader {
    private let rawMode: RawMode
    private let output: any TextOutput
    private let environment: [String: String]
    private var decoder = KeyDecoder()
    /// Keys read after an Enter (a pasted block of lines), for the next line.
    private var queued: [TerminalKey] = []
    private let interruptHint: String

    /// Enters raw mode on `descriptor`; nil when it is not a terminal.
    init?(descriptor: Int32 = 0, output: any TextOutput, environment: [String: String], interruptHint: String) {
        guard let rawMode = RawMode(descriptor: descriptor) else { return nil }
        self.rawMode = rawMode
        self.output = output
        self.environment = environment
        self.interruptHint = interruptHint
        Self.installSignalHandlers()
    }

    deinit { restore() }

    /// Puts the terminal back as it was.
    func restore() {
        rawMode.restore()
        Self.resetSignalHandlers()
    }

    /// Reads one line, starting from `initial` (for editing an existing text).
    func readLine(initial: String = "", delegate: LineReaderDelegate) -> LineReadResult {
        var editor = LineEditor(text: initial)
        draw(editor, delegate)
        var lastIdle = Self.monotonicMilliseconds()
        while true {
            var keys: [TerminalKey]
            if !queued.isEmpty {
                keys = queued
                queued = []
            } else {
                var buffer = [UInt8](repeating: 0, count: 1024)
                let count = buffer.withUnsafeMutableBytes { read(rawMode.descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    output.write("\r\n")
                    return .endOfInput
                }
                keys = count == 0 ? decoder.flush() : decoder.feed(Array(buffer[..<count]))
                let now = Self.monotonicMilliseconds()
                if count == 0 || now - lastIdle >= 250 {
                    lastIdle = now
                    let lines = delegate.lineReaderIdle()
                    if !lines.isEmpty {
                        printAbove(lines)
                        draw(editor, delegate)
                    }
                }
            }
            for (position, key) in keys.enumerated() {
                switch editor.apply(key) {
                case .edited:
                    if position == keys.count - 1 || !Self.isTyping(keys[position + 1]) { draw(editor, delegate) }
                case .submit(let text):
                    queued = Array(keys[(position + 1)...])
                    let prompt = delegate.linePrompt()
                    output.write("\r" + prompt.text + TerminalText.sanitize(text) + "\u{1B}[0K\r\n")
                    return .line(text)
                case .unhandled(let key):
                    switch key {
                    case .interrupt:
                        if editor.isEmpty {
                            output.write("\r\n")
                            return .interrupted
                        }
                        editor.clear()
                        output.write("^C\r\n")
                        printAbove([interruptHint])
                        draw(editor, delegate)
                    case .endOfInput:
                        output.write("\r\n")
                        return .endOfInput
                    case .redraw:
                        output.write("\u{1B}[H\u{1B}[2J")
                        draw(editor, delegate)
                    default:
                        if let lines = delegate.lineReader(didPress: key), !lines.isEmpty { printAbove(lines) }
                        draw(editor, delegate)
                    }
                }
            }
        }
    }

    /// Prints lines on their own rows above the prompt (the caller redraws the prompt).
    func printAbove(_ lines: [String]) {
        output.write("\r\u{1B}[0K" + lines.joined(separator: "\r\n") + "\r\n")
    }

    private func draw(_ editor: LineEditor, _ delegate: LineReaderDelegate) {
        let prompt = delegate.linePrompt()
        let columns = TerminalSize.current(descriptor: 1, environment: environment)?.columns ?? 80
        let view = editor.view(promptColumns: prompt.columns, columns: columns)
        let column = prompt.columns + view.cursorColumn
        output.write(
            "\r" + prompt.text + view.text + "\u{1B}[0K\r" + (column > 0 ? "\u{1B}[\(column)C" : ""))
    }

    /// Keys that are part of a burst of typing (drawn once at the end of the burst).
    private static func isTyping(_ key: TerminalKey) -> Bool {
        if case .character = key { return true }
        return key == .backspace
    }

    private static func monotonicMilliseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
    }

    private static let handledSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]

    /// On a fatal signal, restore the terminal, then exit with the conventional status.
    /// The signals are also unblocked: a parent may have started us with them blocked,
    /// and a blocked SIGTERM would leave the terminal raw and the process deaf.
    private static func installSignalHandlers() {
        var set = sigset_t()
        sigemptyset(&set)
        for signalNumber in handledSignals {
            _ = signal(signalNumber) { received in
                RawMode.restoreFromSignalHandler()
                _exit(128 + received)
            }
            sigaddset(&set, signalNumber)
        }
        _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    private static func resetSignalHandlers() {
        for signalNumber in handledSignals { _ = signal(signalNumber, SIG_DFL) }
    }
}
