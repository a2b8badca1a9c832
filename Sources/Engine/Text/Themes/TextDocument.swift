/// One note of a workshop, as the text analysis receives it.
public struct TextDocument: Sendable, Hashable, Codable {
    /// The note's identifier (unique within one analysis).
    public var id: Int
    /// What the systematiser typed.
    public var text: String
    /// The table (working group) where it was said.
    public var table: Int
    /// The conversation round.
    public var round: Int
    /// The guiding question it answers (1, 2, 3...).
    public var question: Int
    /// The analysis dimension, if recorded ("estructuras", "capacidades", "metodos", "interacciones").
    public var dimension: String?

    /// Creates a note; where it was said defaults to unknown (0, nil).
    public init(id: Int, text: String, table: Int = 0, round: Int = 0, question: Int = 0, dimension: String? = nil) {
        self.id = id
        self.text = text
        self.table = table
        self.round = round
        self.question = question
        self.dimension = dimension
    }
}
