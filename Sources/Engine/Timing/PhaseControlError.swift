/// Why a ``PhaseAction`` cannot be done in a session's current state.
public enum PhaseControlError: Error, Hashable, Sendable {
    /// The session has no phases to run.
    case noAgenda
    /// The action needs a running phase and the session has not started.
    case notStarted
    /// `start` without a phase on a session that is already running phase `phase` (from 0).
    case alreadyStarted(phase: Int)
    /// The action needs a running phase and the session has finished.
    case finished
    /// `back` on the first phase.
    case atFirstPhase
    case alreadyPaused
    case notPaused
    /// A phase number out of range (`phase` from 0; `count` phases).
    case unknownPhase(phase: Int, count: Int)
    /// An extension of zero or of more than a day.
    case invalidExtension(seconds: Int)
}
