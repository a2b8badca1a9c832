/// One person's correction of the automatic theme grouping, as recorded in the journal.
/// Corrections are applied in journal order on top of the automatic grouping at every
/// export (see ``ThemeCurator``).
public struct ThemeCorrection: Hashable, Sendable {
    /// What the correction does.
    public enum Action: Hashable, Sendable {
        /// Note `note` leaves its theme and joins `theme`.
        case assign(note: Int, theme: ThemeReference)
        /// `theme` is called `name` (instead of its most representative note).
        case rename(theme: ThemeReference, name: String)
        /// The notes of `from` join `into`; `into` keeps its name (or takes `from`'s).
        case merge(into: ThemeReference, from: ThemeReference)
        /// `notes` leave their themes and form a new theme together, called `name` if given.
        case split(notes: [Int], name: String?)
    }

    /// What it does.
    public var action: Action
    /// Sequence number of the event that recorded it.
    public var sequence: Int
    /// When it was recorded.
    public var at: Timestamp

    /// Creates a correction.
    public init(action: Action, sequence: Int, at: Timestamp) {
        self.action = action
        self.sequence = sequence
        self.at = at
    }
}
