import Testing

@testable import Engine

@Suite struct TextDocumentVectorizerTests {
    let analyzer = TextAnalyzer(language: .spanish)

    @Test func vectorsHaveUnitLength() {
        let corpus = DocumentVectorizer(analyzer: analyzer, weights: FeatureWeights()).vectorize([
            "Falta de presupuesto", "capacitación permanente", "", "de la y",
        ])
        #expect(abs(corpus.vectors[0].norm - 1) < 1e-12)
        #expect(abs(corpus.vectors[1].norm - 1) < 1e-12)
        #expect(corpus.vectors[2].count == 0)
        #expect(corpus.vectors[3].count == 0)
    }

    @Test func conceptShareSplitsTheCosine() {
        // Two notes naming the same concept with no word in common: with share s their
        // cosine is s (concept blocks identical, word blocks orthogonal).
        for share in [0.3, 0.5] {
            let corpus = DocumentVectorizer(analyzer: analyzer, weights: FeatureWeights(conceptShare: share)).vectorize([
                "presupuesto escaso", "recursos financieros", "otra nota cualquiera",
            ])
            #expect(abs(corpus.vectors[0].dot(corpus.vectors[1]) - share) < 1e-12)
        }
    }

    @Test func wordsOnlyIgnoresTheThesaurus() {
        let corpus = DocumentVectorizer(analyzer: analyzer, weights: .wordsOnly).vectorize([
            "presupuesto escaso", "recursos financieros",
        ])
        #expect(corpus.vectors[0].dot(corpus.vectors[1]) == 0)
    }

    @Test func inverseDocumentFrequencyFavoursRareWords() {
        let corpus = DocumentVectorizer(analyzer: analyzer, weights: .wordsOnly).vectorize([
            "innovar presupuesto", "innovar normativa", "innovar capacitación",
        ])
        guard let innovar = corpus.features.firstIndex(of: .stem("innov")),
            let presupuesto = corpus.features.firstIndex(of: .stem("presupuest"))
        else {
            Issue.record("missing features")
            return
        }
        #expect(corpus.documentFrequency[innovar] == 3)
        #expect(corpus.inverseDocumentFrequency[innovar] < corpus.inverseDocumentFrequency[presupuesto])
    }

    @Test func misspellingsJoinTheirWord() {
        let texts = ["inovacion en servicios", "innovacion abierta", "innovacion social", "innovacion publica"]
        let corpus = DocumentVectorizer(analyzer: analyzer, weights: FeatureWeights()).vectorize(texts)
        #expect(corpus.spellingCorrections == ["inovacion": "innovacion"])
        let noCorrection = DocumentVectorizer(analyzer: analyzer, weights: FeatureWeights(correctsSpelling: false))
            .vectorize(texts)
        #expect(noCorrection.spellingCorrections.isEmpty)
        #expect(corpus.vectors[0].dot(corpus.vectors[1]) > noCorrection.vectors[0].dot(noCorrection.vectors[1]))
    }
}
