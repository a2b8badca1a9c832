import Engine

/// The terminal the console runs on, or a stand-in: the loop draws through it, reads keys
/// and signals from it, and waits on it. The real one (``TerminalConsoleDevice``) polls the
/// keyboard and a signal pipe; ``SimulatedConsoleDevice`` advances a manual clock, so a
/// whole session runs in milliseconds; tests script one.
protocol ConsoleDevice: AnyObject {
    /// The terminal's size now.
    var size: TerminalSize { get }
    /// Whether keys can be read.
    var hasKeyboard: Bool { get }
    /// Whether writing the bell character makes sense (the output is a terminal).
    var canRing: Bool { get }
    /// Takes the terminal (raw mode, the alternate screen for the full view, signal handlers).
    func begin()
    /// Puts the terminal back exactly as it was found. Safe to call more than once.
    func end()
    /// Writes text in one piece.
    func write(_ text: String)
    /// Waits until the monotonic clock reaches `deadline`, a key is typed or a signal comes;
    /// returns what happened (nothing when the time came).
    func wait(untilMonotonic deadline: Int64) -> [TerminalEvent]
    /// Gives the terminal back and stops the process until it is continued (Ctrl-Z).
    func suspend()
    /// Takes the terminal back after the process continued.
    func resume()
}
