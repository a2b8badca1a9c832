/// How often a theme was raised.
public struct MentionCounts: Sendable, Hashable, Codable {
    /// Notes in the theme.
    public var notes: Int
    /// Distinct tables that raised it.
    public var tables: Int
    /// Distinct rounds in which it was raised.
    public var rounds: Int

    /// Creates counts from their values.
    public init(notes: Int, tables: Int, rounds: Int) {
        self.notes = notes
        self.tables = tables
        self.rounds = rounds
    }

    /// The counts of a set of notes.
    public init(of documents: some Collection<TextDocument>) {
        notes = documents.count
        tables = Set(documents.map(\.table)).count
        rounds = Set(documents.map(\.round)).count
    }
}
