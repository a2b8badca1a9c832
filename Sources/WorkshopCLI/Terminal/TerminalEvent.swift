/// What an interactive program learns from its terminal while it waits: keys typed, or what
/// a signal asked for (``TerminalSignals`` turns signals into these).
public enum TerminalEvent: Equatable, Sendable {
    /// Bytes typed on the keyboard (decode them with ``KeyDecoder``).
    case input([UInt8])
    /// The terminal changed size (SIGWINCH): redraw.
    case resized
    /// SIGINT, SIGTERM, SIGHUP or SIGQUIT, or the terminal went away (reported as SIGHUP):
    /// restore the terminal and end.
    case terminate(signal: Int32)
    /// The process continued after a stop: take the terminal back and redraw.
    case continued
}
