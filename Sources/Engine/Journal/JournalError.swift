/// Why a session file could not be opened, read or written.
public enum JournalError: Error, Equatable, Sendable {
    /// The operating system refused a file operation.
    case file(FileError)
    /// The file does not start with a workshop journal header.
    case notAJournal(path: String)
    /// The journal uses a format version newer than this build reads.
    case newerFormat(path: String, version: Int, requires: String)
    /// A complete line in the middle of the journal is not valid.
    case corruptLine(path: String, line: Int, reason: String)
    /// A line holds an event type this build does not know.
    case unknownEventType(path: String, line: Int, type: String)
    /// An event's sequence number is not the one expected at its line.
    case sequenceMismatch(path: String, line: Int, expected: Int, found: Int)
    /// Creating a session where a file already exists.
    case alreadyExists(path: String)
}

/// Something the journal recovered from, which the user should hear about once.
public enum JournalWarning: Equatable, Sendable {
    /// The last line was torn by a crash: it was removed and kept in `copy`.
    case tornTailRecovered(path: String, bytes: Int, copy: String)
    /// The last line is torn but the file is read-only, so it was only skipped.
    case tornTailIgnored(path: String, bytes: Int)
}
