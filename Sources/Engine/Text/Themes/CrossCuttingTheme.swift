/// A theme raised under several guiding questions or dimensions: a candidate for the
/// workshop's "central point of consensus".
public struct CrossCuttingTheme: Sendable, Hashable, Codable {
    /// The theme, found by grouping all notes together (not per question or dimension).
    public var theme: Theme
    /// The questions under which it was raised, in increasing order.
    public var questions: [Int]
    /// The dimensions under which it was raised, sorted.
    public var dimensions: [String]
    /// Distinct (question, dimension) pairs that raised it: the ranking's first key.
    public var breadth: Int

    /// Creates a cross-cutting theme.
    public init(theme: Theme, questions: [Int], dimensions: [String], breadth: Int) {
        self.theme = theme
        self.questions = questions
        self.dimensions = dimensions
        self.breadth = breadth
    }
}
