/// Something the facilitator does to the agenda's clock, from the console's keys or from
/// the `workshop start|next|back|pause|resume|extend` commands.
public enum PhaseAction: Hashable, Sendable {
    /// Starts the session at its first phase, or jumps to phase `index` (from 0).
    case start(phase: Int?)
    /// Moves to the next phase; on the last phase, finishes the session.
    case next
    /// Moves back one phase (its timer starts again from its planned time); after the
    /// finish, reopens the last phase.
    case back
    case pause
    case resume
    /// Adds `seconds` to the running phase (negative to take time away).
    case extend(seconds: Int)
}
