/// A change to a session, recorded as one line of its journal.
///
/// Conformers are small value types, one per file, grouped by domain (`Notes/NoteAdded`,
/// `Timing/PhaseStarted`...). The rules a conformer must follow:
///
/// - ``type`` is unique across all events, dotted lower case (`note.added`), and never
///   changes once released: it is how old journals are read.
/// - ``write(to:)`` writes one JSON object (the event's `data`); ``init(from:)`` reads
///   everything ``write(to:)`` writes and tolerates absent optional members.
/// - ``apply(to:context:)`` is a pure function of the state, the event and its context:
///   no I/O, no clock, no randomness. It must not fail: validation happens before an
///   event is appended (see ``Session/append(_:)``); when applying to a state that the
///   event does not fit (a hand-edited journal), leave the state unchanged.
/// - Replaying the written form must give the same state as applying the value.
public protocol JournalEvent: JournalCodable {
    /// Stable type name written in the journal.
    static var type: String { get }

    /// Folds the event into the session state.
    func apply(to state: inout SessionState, context: EventContext)
}

/// Where and when an event sits in its journal.
public struct EventContext: Hashable, Sendable {
    /// Sequence number, from 1 (the header is not an event).
    public var sequence: Int
    /// When the event was recorded.
    public var at: Timestamp

    public init(sequence: Int, at: Timestamp) {
        self.sequence = sequence
        self.at = at
    }
}

/// An event as recorded: its place in the journal and its type.
public struct RecordedEvent: Hashable, Sendable {
    public var context: EventContext
    public var type: String
}
