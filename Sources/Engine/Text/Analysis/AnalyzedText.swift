/// The analysis of one text: its tokens with stems and stopword flags, and the thesaurus
/// concepts it names.
public struct AnalyzedText: Sendable, Hashable {
    /// Every token, in order, stopwords included.
    public var tokens: [AnalyzedToken]
    /// The concepts found, in order of appearance.
    public var concepts: [ConceptMatch]

    /// Creates an analysis from its tokens and concepts.
    public init(tokens: [AnalyzedToken], concepts: [ConceptMatch]) {
        self.tokens = tokens
        self.concepts = concepts
    }

    /// The stems of the tokens that are not stopwords, in order: what grouping compares.
    public var contentStems: [String] { tokens.filter { !$0.isStopword }.map(\.stem) }
}
