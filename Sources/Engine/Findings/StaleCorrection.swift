/// A theme correction that no longer applies: the notes it names were retracted, or now sit
/// under another question or dimension. It is kept in the journal and reported.
public struct StaleCorrection: Hashable, Sendable {
    /// Position of the session in the report.
    public var session: Int
    /// Sequence number of the event.
    public var sequence: Int
    /// `assign`, `rename`, `merge` or `split`.
    public var kind: String

    /// Creates the line.
    public init(session: Int, sequence: Int, kind: String) {
        self.session = session
        self.sequence = sequence
        self.kind = kind
    }
}
