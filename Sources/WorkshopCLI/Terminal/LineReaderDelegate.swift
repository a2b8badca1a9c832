import Engine

/// What a caller of ``TerminalLineReader`` supplies while a line is being typed.
protocol LineReaderDelegate: AnyObject {
    /// The prompt to show now: its text (possibly styled) and its width in columns.
    func linePrompt() -> (text: String, columns: Int)
    /// Called about every 100 ms while the reader waits, and every 250 ms while keys
    /// arrive; returns lines to print above the prompt (nothing to print: empty).
    func lineReaderIdle() -> [String]
    /// A key the line editor does not handle (Tab, Alt+digit, F1-F4, Up, Down, Esc...);
    /// returns lines to print above the prompt, or nil to ignore the key. The prompt is
    /// redrawn either way, so a delegate may change it.
    func lineReader(didPress key: TerminalKey) -> [String]?
}
