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
        /// What a concept names, which decides how much it says about a note's theme.
        public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
            /// A topic ("presupuesto", "capacitación"): what a note is about.
            case topic
            /// A broad area or means ("tecnología", "metodologías", "canales de atención"): it
            /// names the theme only when the note names no topic ("metodologías ágiles" is about
            /// agile methods, "sistemas de escucha" about listening).
            case broad
            /// Who is concerned ("ciudadanía", "funcionarios"): never what the note is about.
            case actor
        }

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
        /// What the concept names (a topic by default); see `Role`.
        public var role: Role
        /// Identifiers of closely related concepts ("control" and "riesgo": punitive control is
        /// what the fear of error is about). A note naming this concept is also, more weakly,
        /// about those (`FeatureWeights.relatedConcept`). Unknown identifiers are ignored.
        public var related: [String]

        /// Creates a concept.
        public init(
            id: String, label: String, terms: [String], weight: Double = 1, role: Role = .topic, related: [String] = []
        ) {
            self.id = id
            self.label = label
            self.terms = terms
            self.weight = weight
            self.role = role
            self.related = related
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
