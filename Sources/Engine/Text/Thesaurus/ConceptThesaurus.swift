/// A curated thesaurus: words and multi-word phrases that name the same concept, so that
/// notes saying "presupuesto" and "recursos financieros" can be grouped although they share
/// no word.
///
/// Terms are written naturally (with accents, stopwords allowed); `TextAnalyzer` compiles
/// them through its own pipeline (normalisation, stopword removal, stemming) and matches them
/// on the content stems of a note, longest phrase first.
public struct ConceptThesaurus: Sendable, Hashable {
    /// One concept and the terms that name it.
    public struct Concept: Sendable, Hashable {
        /// A stable identifier, lower case ASCII ("presupuesto").
        public var id: String
        /// A short human-readable label ("presupuesto y financiamiento").
        public var label: String
        /// The words and phrases that name the concept.
        public var terms: [String]
        /// Relative weight of the concept in comparisons (1 by default). Concepts that name
        /// who is concerned (citizens, staff) rather than what is at stake weigh less: two
        /// notes about citizens may still be about different themes.
        public var weight: Double

        /// Creates a concept.
        public init(id: String, label: String, terms: [String], weight: Double = 1) {
            self.id = id
            self.label = label
            self.terms = terms
            self.weight = weight
        }
    }

    /// The concepts, in a fixed order.
    public var concepts: [Concept]
    /// Creates a thesaurus from its concepts.
    public init(concepts: [Concept]) {
        self.concepts = concepts
    }

    /// An empty thesaurus: grouping then relies on words only.
    public static let empty = ConceptThesaurus(concepts: [])

    /// The built-in thesaurus for a language.
    public static func standard(for language: TextLanguage) -> ConceptThesaurus {
        switch language {
        case .spanish: return spanishPublicSector
        case .english: return englishPublicSector
        }
    }
}
