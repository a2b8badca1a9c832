/// How people move at the start of a round.
public enum RoundMovement: String, CaseIterable, Sendable {
    /// People are seated anew for this round (hosts stay): the usual rotation.
    case rotate
    /// Everyone keeps the table they had in the previous round (a team that works on).
    case stay
    /// Everyone goes back to the table they had in round 1 (after a gallery walk, teams
    /// return to their own proposal).
    case home
}
