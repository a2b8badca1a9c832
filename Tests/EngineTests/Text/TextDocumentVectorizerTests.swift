import Foundation
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

    @Test func theHeadConceptWeighsMoreThanTheOthers() {
        // "presupuesto para pilotos" is about the budget: with a lower weight for secondary
        // concepts it is closer to a budget note than to a pilots note; treating all concepts
        // alike puts it halfway.
        let texts = ["No hay presupuesto para pilotos", "Falta de financiamiento", "Hacer más experimentación"]
        let headed = DocumentVectorizer(analyzer: analyzer, weights: FeatureWeights(secondaryConcept: 0.5))
            .vectorize(texts).vectors
        let flat = DocumentVectorizer(analyzer: analyzer, weights: FeatureWeights(secondaryConcept: 1)).vectorize(texts)
            .vectors
        #expect(headed[0].dot(headed[1]) > headed[0].dot(headed[2]) + 0.1)
        #expect(abs(flat[0].dot(flat[1]) - flat[0].dot(flat[2])) < 1e-9)
    }

    @Test func relatedConceptsBringNotesCloser() {
        // Punitive control and fear of error are related concepts in the thesaurus.
        let texts = ["Temor a las sanciones de la Contraloría", "Miedo a equivocarse", "Falta de presupuesto"]
        let related = DocumentVectorizer(analyzer: analyzer, weights: FeatureWeights(relatedConcept: 0.8))
            .vectorize(texts).vectors
        let unrelated = DocumentVectorizer(analyzer: analyzer, weights: FeatureWeights(relatedConcept: 0))
            .vectorize(texts).vectors
        let controlOnly = DocumentVectorizer(analyzer: analyzer, weights: FeatureWeights(relatedConcept: 0.8))
            .vectorize(["Sumario de Contraloría", "miedo al fracaso"]).vectors
        #expect(controlOnly[0].dot(controlOnly[1]) > 0)
        #expect(related[0].dot(related[1]) > unrelated[0].dot(unrelated[1]))
        // Unrelated concepts stay apart.
        #expect(related[0].dot(related[2]) == 0)
        #expect(related.allSatisfy { abs($0.norm - 1) < 1e-12 })
    }

    @Test func correctionsThatKeepTheStemAreNotReported() {
        let texts = [
            "innovaciones abiertas", "innovacion social", "innovacion publica", "innovacion local", "presupusto escaso",
        ]
        let corpus = DocumentVectorizer(analyzer: analyzer, weights: FeatureWeights()).vectorize(texts)
        #expect(corpus.spellingCorrections == ["presupusto": "presupuesto"])
    }

    @Test func weightsDecodeWithoutTheNewerSettings() throws {
        let old = Data(#"{"concept": 2, "bigram": 0, "sublinearTermFrequency": true, "correctsSpelling": false}"#.utf8)
        let decoded = try JSONDecoder().decode(FeatureWeights.self, from: old)
        #expect(decoded.concept == 2)
        #expect(decoded.conceptShare == nil)
        #expect(!decoded.correctsSpelling)
        #expect(decoded.secondaryConcept == FeatureWeights().secondaryConcept)
        #expect(decoded.relatedConcept == FeatureWeights().relatedConcept)
        let custom = FeatureWeights(secondaryConcept: 0.25, relatedConcept: 0)
        let roundTrip = try JSONDecoder().decode(FeatureWeights.self, from: try JSONEncoder().encode(custom))
        #expect(roundTrip == custom)
    }
}
