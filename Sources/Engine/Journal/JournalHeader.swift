/// The first line of every session file: what it is and which format version it uses.
///
/// `{"format":"workshop-journal","version":1,"requires":"0.1.0","workshop":"0.1.0","created":"...","session":"..."}`
public struct JournalHeader: Hashable, Sendable {
    /// The value of `format` that marks a workshop journal.
    public static let formatName = "workshop-journal"
    /// The newest journal format this build reads and the one it writes.
    public static let currentVersion = 1
    /// The first workshop release that reads each format version.
    public static let firstReader: [Int: String] = [1: "0.1.0"]

    public var version: Int
    /// The oldest workshop release that can read this journal.
    public var requires: String
    /// The workshop release that created the journal.
    public var writtenBy: String
    public var created: Timestamp
    /// A random id of the session, to tell copies of a session apart from other sessions.
    public var session: String

    public init(created: Timestamp, session: String) {
        version = Self.currentVersion
        requires = Self.firstReader[Self.currentVersion] ?? WorkshopVersion.current
        writtenBy = WorkshopVersion.current
        self.created = created
        self.session = session
    }

    init(version: Int, requires: String, writtenBy: String, created: Timestamp, session: String) {
        self.version = version
        self.requires = requires
        self.writtenBy = writtenBy
        self.created = created
        self.session = session
    }

    /// The header line, newline included.
    public var line: [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("format", Self.formatName)
        writer.field("version", version)
        writer.field("requires", requires)
        writer.field("workshop", writtenBy)
        writer.field("created", created.iso8601)
        writer.field("session", session)
        writer.endObject()
        return writer.bytes + [0x0A]
    }
}

/// The version of this build of workshop.
public enum WorkshopVersion {
    public static let current = "0.1.0"
}
