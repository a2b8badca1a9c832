/// How the features of a note are weighted before notes are compared.
///
/// A note becomes one vector: TF-IDF weights of its content stems, of the thesaurus concepts
/// it names (times `concept`), and of pairs of consecutive content stems (times `bigram`);
/// the vector is then scaled to unit length, so that the dot product of two notes is their
/// cosine similarity.
public struct FeatureWeights: Sendable, Hashable, Codable {
    /// Multiplier of thesaurus-concept features (0 disables the thesaurus in comparisons).
    public var concept: Double
    /// Multiplier of consecutive-stem pairs (0 disables them).
    public var bigram: Double
    /// If set, the word part and the concept part of a note's vector are scaled to unit
    /// length separately and then combined so that the cosine of two notes is
    /// `conceptShare` × cosine of their concepts + (1 - `conceptShare`) × cosine of their
    /// words (for notes that both name concepts). A note's concepts then count the same
    /// whatever the number of its words. If nil, all features share one TF-IDF vector and
    /// `concept` multiplies the concepts' weights.
    public var conceptShare: Double?
    /// Whether a repeated term counts 1 + ln(count) (true) or count (false).
    public var sublinearTermFrequency: Bool
    /// Whether rare misspellings are mapped to a frequent word or thesaurus word one or two
    /// edits away ("presupusto" -> "presupuesto").
    public var correctsSpelling: Bool
    /// Multiplier of a note's concepts other than its head concept (1 treats all alike).
    ///
    /// The head concept is the first topic the note names (the first broad concept if it names
    /// no topic; actors never head): in Spanish the head noun comes first and what follows
    /// qualifies it ("falta de presupuesto para pilotos" is about the budget, "temor a ser
    /// sumariado por probar algo" about fear). See `ConceptThesaurus.Concept.Role`.
    public var secondaryConcept: Double
    /// Weight, relative to the concept itself, that a concept's related concepts receive in a
    /// note naming it (0 ignores `ConceptThesaurus.Concept.related`).
    public var relatedConcept: Double

    /// Creates weights; the defaults are the tuned settings of theme grouping.
    public init(
        concept: Double = 1.0, bigram: Double = 0.0, conceptShare: Double? = 0.6, sublinearTermFrequency: Bool = true,
        correctsSpelling: Bool = true, secondaryConcept: Double = 0.5, relatedConcept: Double = 0.8
    ) {
        self.conceptShare = conceptShare
        self.concept = concept
        self.bigram = bigram
        self.sublinearTermFrequency = sublinearTermFrequency
        self.correctsSpelling = correctsSpelling
        self.secondaryConcept = secondaryConcept
        self.relatedConcept = relatedConcept
    }

    /// Words only, as a plain TF-IDF baseline would see them.
    public static let wordsOnly = FeatureWeights(
        concept: 0, bigram: 0, conceptShare: nil, correctsSpelling: false)
}

extension FeatureWeights {
    private enum CodingKeys: String, CodingKey {
        case concept, bigram, conceptShare, sublinearTermFrequency, correctsSpelling, secondaryConcept, relatedConcept
    }

    /// Decodes weights; settings missing from the input (saved before they existed) take their
    /// defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = FeatureWeights()
        self.init(
            concept: try container.decodeIfPresent(Double.self, forKey: .concept) ?? defaults.concept,
            bigram: try container.decodeIfPresent(Double.self, forKey: .bigram) ?? defaults.bigram,
            conceptShare: try container.decodeIfPresent(Double.self, forKey: .conceptShare),
            sublinearTermFrequency: try container.decodeIfPresent(Bool.self, forKey: .sublinearTermFrequency)
                ?? defaults.sublinearTermFrequency,
            correctsSpelling: try container.decodeIfPresent(Bool.self, forKey: .correctsSpelling)
                ?? defaults.correctsSpelling,
            secondaryConcept: try container.decodeIfPresent(Double.self, forKey: .secondaryConcept)
                ?? defaults.secondaryConcept,
            relatedConcept: try container.decodeIfPresent(Double.self, forKey: .relatedConcept)
                ?? defaults.relatedConcept)
    }
}
