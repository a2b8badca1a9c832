import Engine

/// Reads lines from a terminal in raw mode with a ``LineEditor``: the prompt and the line
/// are redrawn on every key, long lines scroll sideways, the delegate is polled while the
/// user is idle (so the prompt can follow what other processes do), and lines can be
/// printed above the prompt without disturbing what is being typed.
///
/// Ctrl-C clears a non-empty line (and quits on an empty one); Ctrl-D quits on an empty
/// line. The terminal is taken through ``InteractiveTerminal``, like the facilitator
/// console's: it is restored by ``restore()``, on deinit, and by the handlers of
/// ``TerminalSignals``. SIGINT, SIGTERM, SIGHUP and SIGQUIT end the line with
/// ``LineReadResult/terminated(signal:)``; after a stop (SIGTSTP) and a continue the reader
/// takes the terminal back and redraws; a resize redraws.
final class TerminalLineReader {
    /// How long the reader waits for a key before polling the delegate; a pending Esc with
    /// nothing after it for this long is the Escape key.
    static let idleMilliseconds: Int32 = 100
    /// While keys keep arriving, the delegate is still polled this often.
    static let busyIdleMilliseconds: Int64 = 250

    private let terminal: InteractiveTerminal
    private let output: any TextOutput
    private let environment: [String: String]
    private let clock = SystemTimeSource()
    private var decoder = KeyDecoder()
    /// Keys read after an Enter (a pasted block of lines), for the next line.
    private var queued: [TerminalKey] = []
    private let interruptHint: String

    /// Takes the terminal on `descriptor` (raw mode, signal handlers); nil when it is not a
    /// terminal.
    init?(descriptor: Int32 = 0, output: any TextOutput, environment: [String: String], interruptHint: String) {
        let terminal = InteractiveTerminal(keyboard: descriptor, screen: nil)
        guard terminal.hasKeyboard else {
            terminal.restore()
            return nil
        }
        self.terminal = terminal
        self.output = output
        self.environment = environment
        self.interruptHint = interruptHint
    }

    deinit { restore() }

    /// Puts the terminal back as it was.
    func restore() {
        terminal.restore()
    }

    /// Reads one line, starting from `initial` (for editing an existing text).
    func readLine(initial: String = "", delegate: LineReaderDelegate) -> LineReadResult {
        var editor = LineEditor(text: initial)
        draw(editor, delegate)
        var lastIdle = clock.monotonicMilliseconds()
        while true {
            var keys: [TerminalKey] = []
            if !queued.isEmpty {
                keys = queued
                queued = []
            } else {
                let events = terminal.wait(timeoutMilliseconds: Self.idleMilliseconds)
                var redraw = false
                for event in events {
                    switch event {
                    case .input(let bytes):
                        keys += decoder.feed(bytes)
                    case .resized:
                        redraw = true
                    case .continued:
                        terminal.resume()
                        redraw = true
                    case .terminate(let signal):
                        output.write("\r\n")
                        return .terminated(signal: signal)
                    }
                }
                if events.isEmpty { keys += decoder.flush() }
                let now = clock.monotonicMilliseconds()
                if events.isEmpty || now - lastIdle >= Self.busyIdleMilliseconds {
                    lastIdle = now
                    let lines = delegate.lineReaderIdle()
                    if !lines.isEmpty {
                        printAbove(lines)
                        redraw = true
                    }
                }
                if redraw { draw(editor, delegate) }
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
}
