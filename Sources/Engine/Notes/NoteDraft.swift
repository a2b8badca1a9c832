import Foundation

/// A note as typed, before it is checked against the session and becomes a ``NoteAdded``
/// event for the table's current round and question.
public struct NoteDraft: Hashable, Sendable {
    /// Longest note accepted, in characters.
    public static let maximumLength = 10_000

    public var table: Int
    /// A canvas section id, or its one-key shortcut (`2`).
    public var section: String?
    public var author: String?
    public var text: String

    public init(table: Int, section: String? = nil, author: String? = nil, text: String) {
        self.table = table
        self.section = section
        self.author = author
        self.text = text
    }

    /// The note's text as stored: trimmed, in Unicode canonical composition (so "é" typed on
    /// any system compares equal), with line breaks kept.
    public static func cleanText(_ text: String) -> String {
        text.trimmingWhitespace().precomposedStringWithCanonicalMapping
    }

    /// Checks the draft against `state` and returns the event that records it.
    public func event(in state: SessionState) throws(NoteError) -> NoteAdded {
        let text = Self.cleanText(self.text)
        guard !text.isEmpty else { throw NoteError.empty }
        guard text.count <= Self.maximumLength else { throw NoteError.tooLong(length: text.count) }
        guard !state.agenda.tables.isEmpty, !state.agenda.rounds.isEmpty else { throw NoteError.noAgenda }
        let round = state.currentRound
        guard state.agenda.table(table) != nil, let assignment = state.assignment(table: table, round: round) else {
            throw NoteError.unknownTable(table: table, tables: state.agenda.tables.map(\.number))
        }
        var sectionID: String?
        if let section = section?.trimmingWhitespace(), !section.isEmpty {
            let canvas = state.agenda.canvas(assignment.canvas)
            guard let match = canvas?.section(matching: section) else {
                throw NoteError.unknownSection(section: section, known: canvas?.sections.map(\.id) ?? [])
            }
            sectionID = match.id
        }
        let author = self.author?.trimmingWhitespace()
        return NoteAdded(
            table: table, round: round, question: assignment.question, section: sectionID,
            author: author?.isEmpty == false ? author : nil, text: text)
    }
}

/// A note that cannot be recorded, with the offending value.
public enum NoteError: Error, Equatable, Sendable {
    case empty
    case tooLong(length: Int)
    case unknownTable(table: Int, tables: [Int])
    case unknownSection(section: String, known: [String])
    case noAgenda
    /// Input that is not valid UTF-8 (line from 1).
    case invalidUTF8(line: Int)
    case unknownNote(Int)
}
