/// A thesaurus concept named under several guiding questions or dimensions.
public struct CrossCuttingConcept: Sendable, Hashable, Codable {
    /// The concept's identifier and label.
    public var conceptID: String
    /// The concept's label.
    public var label: String
    /// The questions and dimensions whose notes name it.
    public var questions: [Int]
    /// The dimensions whose notes name it, sorted.
    public var dimensions: [String]
    /// Notes, tables and rounds naming it.
    public var counts: MentionCounts
    /// Distinct (question, dimension) pairs naming it: the ranking's first key.
    public var breadth: Int

    /// Creates a cross-cutting concept.
    public init(
        conceptID: String, label: String, questions: [Int], dimensions: [String], counts: MentionCounts, breadth: Int
    ) {
        self.conceptID = conceptID
        self.label = label
        self.questions = questions
        self.dimensions = dimensions
        self.counts = counts
        self.breadth = breadth
    }
}
