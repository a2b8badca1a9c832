/// A candidate conclusion of a question: what a table proposes for the vote.
public struct Conclusion: Hashable, Sendable, Identifiable {
    /// Where a conclusion stands.
    public enum Status: Hashable, Sendable {
        /// On the ballot.
        case active
        /// Folded into another conclusion (two tables proposed the same idea).
        case merged(into: String)
        /// Taken off the ballot.
        case withdrawn
    }

    /// Short, typeable id: `C` and its number (`C7`).
    public var id: String { Self.id(number) }
    /// Number from 1, in the order conclusions were proposed across the session.
    public var number: Int
    public var question: Int
    /// The current wording.
    public var text: String
    /// Tables that proposed it (several after a merge).
    public var tables: [Int]
    public var status: Status
    /// Ids of the conclusions merged into this one.
    public var mergedFrom: [String]
    /// Earlier wordings, oldest first.
    public var previousTexts: [String]
    public var proposedAt: Timestamp

    public init(number: Int, question: Int, text: String, tables: [Int], proposedAt: Timestamp) {
        self.number = number
        self.question = question
        self.text = text
        self.tables = tables
        self.proposedAt = proposedAt
        status = .active
        mergedFrom = []
        previousTexts = []
    }

    public var isActive: Bool { status == .active }

    /// The id of conclusion number `number`.
    public static func id(_ number: Int) -> String { "C\(number)" }

    /// The number in an id as typed: `C7`, `c7` or `7`; nil for anything else.
    public static func number(fromID text: String) -> Int? {
        var text = text.trimmingWhitespace()
        if text.first == "C" || text.first == "c" { text.removeFirst() }
        guard !text.isEmpty, text.allSatisfy(\.isASCII), let number = Int(text), number > 0 else { return nil }
        return number
    }

    /// Longest conclusion accepted, in characters.
    public static let maximumLength = 1000

    /// A conclusion's text as stored: trimmed, spaces collapsed, canonical composition.
    public static func cleanText(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
            .precomposedStringWithCanonicalMapping
    }
}
