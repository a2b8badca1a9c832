/// Ranks the words and thesaurus concepts of a set of notes by their mean TF-IDF weight, the
/// same weights theme grouping uses.
public struct KeywordExtractor: Sendable {
    /// The text pipeline.
    public let analyzer: TextAnalyzer
    /// Feature weighting (the grouping defaults unless changed).
    public let weights: FeatureWeights

    /// Creates an extractor using `analyzer` and `weights` (the grouping defaults).
    public init(analyzer: TextAnalyzer, weights: FeatureWeights = FeatureWeights()) {
        self.analyzer = analyzer
        self.weights = weights
    }

    /// The top keywords of `texts`, heaviest first (ties: more notes, then alphabetical).
    public func keywords(in texts: [String], limit: Int = 20) -> [Keyword] {
        guard !texts.isEmpty, limit > 0 else { return [] }
        let corpus = DocumentVectorizer(analyzer: analyzer, weights: weights).vectorize(texts)
        var totals = [Double](repeating: 0, count: corpus.features.count)
        for vector in corpus.vectors {
            for (offset, feature) in vector.indices.enumerated() { totals[Int(feature)] += vector.values[offset] }
        }
        var surfaceCounts: [Int32: [Int32: Int]] = [:]
        for occurrences in corpus.occurrences {
            for occurrence in occurrences {
                surfaceCounts[occurrence.feature, default: [:]][occurrence.surface, default: 0] += 1
            }
        }
        var keywords: [Keyword] = []
        for (index, total) in totals.enumerated() where total > 0 {
            let feature = Int32(index)
            guard let counts = surfaceCounts[feature],
                let surface = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
            else { continue }
            let text = corpus.surfaces[Int(surface)]
            let weight = total / Double(texts.count)
            switch corpus.features[index] {
            case .stem(let stem):
                keywords.append(
                    Keyword(
                        text: text, stem: stem, conceptID: nil, weight: weight,
                        documentCount: corpus.documentFrequency[index]))
            case .concept(let concept):
                keywords.append(
                    Keyword(
                        text: text, stem: nil, conceptID: analyzer.thesaurus.concepts[concept].id, weight: weight,
                        documentCount: corpus.documentFrequency[index]))
            case .bigram:
                continue
            }
        }
        keywords.sort {
            ($0.weight, $0.documentCount, $1.text) > ($1.weight, $1.documentCount, $0.text)
        }
        return Array(keywords.prefix(limit))
    }
}
