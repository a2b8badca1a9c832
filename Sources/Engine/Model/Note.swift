/// A note taken at a table: one idea, as the systematiser typed it.
public struct Note: Hashable, Sendable, Identifiable {
    /// The journal sequence number of the event that added it: unique, stable, short.
    public var id: Int
    public var table: Int
    public var round: Int
    public var question: Int
    /// Id of the canvas section (dimension) it belongs to, if any.
    public var section: String?
    public var author: String?
    /// The current text (the latest edit).
    public var text: String
    /// When it was first saved.
    public var at: Timestamp
    /// Earlier versions of the text, oldest first (edits never overwrite).
    public var previousTexts: [String]
    /// When it was last edited, if ever.
    public var editedAt: Timestamp?
    /// Retracted notes stay in the journal but leave every export.
    public var retracted: Bool

    public init(
        id: Int, table: Int, round: Int, question: Int, section: String?, author: String?, text: String, at: Timestamp
    ) {
        self.id = id
        self.table = table
        self.round = round
        self.question = question
        self.section = section
        self.author = author
        self.text = text
        self.at = at
        previousTexts = []
        editedAt = nil
        retracted = false
    }
}
