/// A note of one of the sessions of a findings report.
public struct NoteReference: Hashable, Sendable, Comparable {
    /// Position of the session in the report, from 1.
    public var session: Int
    /// The note's id in its session (the sequence number of its `note.added` event).
    public var note: Int

    /// Creates a reference.
    public init(session: Int, note: Int) {
        self.session = session
        self.note = note
    }

    public static func < (lhs: NoteReference, rhs: NoteReference) -> Bool {
        (lhs.session, lhs.note) < (rhs.session, rhs.note)
    }
}

/// A table of one of the sessions of a findings report.
public struct TableReference: Hashable, Sendable, Comparable {
    /// Position of the session in the report, from 1.
    public var session: Int
    /// The table's number in its session.
    public var table: Int

    /// Creates a reference.
    public init(session: Int, table: Int) {
        self.session = session
        self.table = table
    }

    public static func < (lhs: TableReference, rhs: TableReference) -> Bool {
        (lhs.session, lhs.table) < (rhs.session, rhs.table)
    }
}
