/// What a round asks of the tables.
public enum RoundMode: String, CaseIterable, Sendable {
    /// Open up: capture as many notes as possible.
    case diverge
    /// Narrow down: cluster the notes gathered so far into themes and prepare the vote.
    case converge
}
