/// Thrown by a command that ends because a signal asked it to (SIGTERM, SIGHUP...) after it
/// put everything back: ``ErrorReporter`` prints nothing and returns 128 + the signal, the
/// status a shell reports for a process ended by that signal.
struct TerminatedBySignal: Error, Equatable {
    let signal: Int32
}
