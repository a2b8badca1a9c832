/// Groups a workshop's notes into themes: near-duplicate notes (the same idea, possibly in
/// other words) end up together, and each theme gets a label, keywords and mention counts.
///
/// Pipeline: `TextAnalyzer` (normalisation, stopwords, stemming, thesaurus concepts) ->
/// `DocumentVectorizer` (TF-IDF over all the notes given, spelling correction) ->
/// `AverageLinkageClustering` per group (question and dimension by default), cut at
/// `Configuration.similarity`.
public struct ThemeClusterer: Sendable {
    /// Settings of a theme analysis.
    public struct Configuration: Sendable, Hashable {
        /// Which notes may share a theme.
        public enum Grouping: String, Sendable, Hashable, Codable, CaseIterable {
            /// All notes are compared with all.
            case none
            /// Notes are grouped within each guiding question.
            case question
            /// Notes are grouped within each (question, dimension) pair, as in the findings report.
            case questionAndDimension
        }

        /// The default similarity threshold, tuned on half of the benchmark corpus (see
        /// docs/TEXT-ANALYSIS.md).
        public static let defaultSimilarity = 0.2

        /// Language of the notes.
        public var language: TextLanguage
        /// Minimum average cosine similarity for two groups of notes to form one theme, in
        /// 0...1: higher gives more, tighter themes. Exposed by the CLI as `--similarity`.
        public var similarity: Double
        /// Which notes may share a theme.
        public var grouping: Grouping
        /// Feature weighting.
        public var weights: FeatureWeights
        /// Keywords listed per theme.
        public var keywordsPerTheme: Int
        /// Concepts to match; nil for the language's built-in thesaurus.
        public var thesaurus: ConceptThesaurus?
        /// Fold accents before stemming (true) or after (false).
        public var foldsAccentsBeforeStemming: Bool
        /// Whether groups may be clustered concurrently (Dispatch). Off by default: on the
        /// 2-core benchmark machine it made no measurable difference (docs/PERFORMANCE.md).
        public var allowsConcurrency: Bool

        /// Creates a configuration; `similarity` is clamped to 0...1.
        public init(
            language: TextLanguage = .spanish, similarity: Double = Configuration.defaultSimilarity,
            grouping: Grouping = .questionAndDimension, weights: FeatureWeights = FeatureWeights(),
            keywordsPerTheme: Int = 5, thesaurus: ConceptThesaurus? = nil, foldsAccentsBeforeStemming: Bool = true,
            allowsConcurrency: Bool = false
        ) {
            self.language = language
            self.similarity = min(max(similarity, 0), 1)
            self.grouping = grouping
            self.weights = weights
            self.keywordsPerTheme = keywordsPerTheme
            self.thesaurus = thesaurus
            self.foldsAccentsBeforeStemming = foldsAccentsBeforeStemming
            self.allowsConcurrency = allowsConcurrency
        }
    }

    /// The settings.
    public let configuration: Configuration
    /// The text pipeline used.
    public let analyzer: TextAnalyzer

    /// Creates the clusterer (and compiles the thesaurus once).
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.analyzer = TextAnalyzer(
            language: configuration.language, thesaurus: configuration.thesaurus,
            foldsAccentsBeforeStemming: configuration.foldsAccentsBeforeStemming)
    }

    /// The themes of the notes, per group, ordered by group then by mention counts.
    public func themes(for documents: [TextDocument]) -> [Theme] {
        let corpus = vectorize(documents)
        return themes(of: documents, corpus: corpus, grouping: configuration.grouping)
    }

    /// For each note, in input order, the index of its theme in `themes(for:)`.
    public func assignments(for documents: [TextDocument]) -> [Int] {
        assignments(for: documents, in: themes(for: documents))
    }

    /// For each note, in input order, the index in `themes` of the theme containing it
    /// (-1 if none does).
    public func assignments(for documents: [TextDocument], in themes: [Theme]) -> [Int] {
        var themeOfID: [Int: Int] = [:]
        for (index, theme) in themes.enumerated() {
            for id in theme.memberIDs { themeOfID[id] = index }
        }
        return documents.map { themeOfID[$0.id] ?? -1 }
    }

    /// Themes, cross-cutting themes and concepts, and spelling corrections.
    public func report(for documents: [TextDocument]) -> ThemeReport {
        let corpus = vectorize(documents)
        let grouped = themes(of: documents, corpus: corpus, grouping: configuration.grouping)
        let global = configuration.grouping == .none ? grouped : themes(of: documents, corpus: corpus, grouping: .none)
        let byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var crossCutting: [CrossCuttingTheme] = []
        for theme in global {
            let members = theme.memberIDs.compactMap { byID[$0] }
            let cells = Set(members.map { Cell(question: $0.question, dimension: $0.dimension ?? "") })
            guard cells.count >= 2 else { continue }
            crossCutting.append(
                CrossCuttingTheme(
                    theme: theme, questions: Set(members.map(\.question)).sorted(),
                    dimensions: Set(members.compactMap(\.dimension)).sorted(), breadth: cells.count))
        }
        crossCutting.sort {
            ($0.breadth, $0.theme.counts.tables, $0.theme.counts.notes, -$0.theme.id)
                > ($1.breadth, $1.theme.counts.tables, $1.theme.counts.notes, -$1.theme.id)
        }
        return ThemeReport(
            themes: grouped, crossCuttingThemes: crossCutting,
            crossCuttingConcepts: crossCuttingConcepts(documents, corpus: corpus),
            spellingCorrections: corpus.spellingCorrections)
    }

    // MARK: Internals

    struct Cell: Hashable {
        var question: Int
        var dimension: String
    }

    func vectorize(_ documents: [TextDocument]) -> VectorizedCorpus {
        DocumentVectorizer(analyzer: analyzer, weights: configuration.weights).vectorize(documents.map(\.text))
    }

    /// Indices of `documents` per group, groups in (question, dimension) order.
    func groups(of documents: [TextDocument], grouping: Configuration.Grouping) -> [[Int]] {
        switch grouping {
        case .none:
            return [Array(documents.indices)]
        case .question:
            let byQuestion = Dictionary(grouping: documents.indices) { documents[$0].question }
            return byQuestion.keys.sorted().compactMap { byQuestion[$0] }
        case .questionAndDimension:
            let byCell = Dictionary(grouping: documents.indices) {
                Cell(question: documents[$0].question, dimension: documents[$0].dimension ?? "")
            }
            return byCell.keys.sorted { ($0.question, $0.dimension) < ($1.question, $1.dimension) }
                .compactMap { byCell[$0] }
        }
    }

    func themes(of documents: [TextDocument], corpus: VectorizedCorpus, grouping: Configuration.Grouping) -> [Theme] {
        let groups = groups(of: documents, grouping: grouping)
        let clustering = AverageLinkageClustering(threshold: configuration.similarity)
        let concurrent = configuration.allowsConcurrency && groups.count > 1 && documents.count >= 500
        let clustersPerGroup = ParallelMap.map(count: groups.count, parallel: concurrent) { groupIndex -> [[Int]] in
            let members = groups[groupIndex]
            let result = clustering.cluster(members.map { corpus.vectors[$0] })
            var clusters = [[Int]](repeating: [], count: result.clusterCount)
            for (offset, label) in result.labels.enumerated() { clusters[label].append(members[offset]) }
            return clusters
        }
        var themes: [Theme] = []
        for (groupIndex, clusters) in clustersPerGroup.enumerated() {
            let first = groups[groupIndex].first.map { documents[$0] }
            let question = grouping == .none ? nil : first?.question
            let dimension = grouping == .questionAndDimension ? first?.dimension : nil
            var groupThemes = clusters.map {
                makeTheme(members: $0, documents: documents, corpus: corpus, question: question, dimension: dimension)
            }
            groupThemes.sort {
                ($0.counts.notes, $0.counts.tables, $0.counts.rounds, -$0.labelDocumentID)
                    > ($1.counts.notes, $1.counts.tables, $1.counts.rounds, -$1.labelDocumentID)
            }
            themes += groupThemes
        }
        for index in themes.indices { themes[index].id = index }
        return themes
    }

    func makeTheme(
        members: [Int], documents: [TextDocument], corpus: VectorizedCorpus, question: Int?, dimension: String?
    ) -> Theme {
        var sum = SparseVector.zero
        for member in members { sum = sum + corpus.vectors[member] }
        // Most representative first: x_i . S is 1 + the sum of i's similarities to the others.
        let ranked = members.map { ($0, corpus.vectors[$0].dot(sum)) }
            .sorted { $0.1 > $1.1 || ($0.1 == $1.1 && documents[$0.0].id < documents[$1.0].id) }
            .map(\.0)
        let size = Double(members.count)
        let cohesion = members.count < 2 ? 1 : max(0, (sum.dot(sum) - size) / (size * (size - 1)))

        // Keywords: heaviest centroid features, shown in their most frequent written form.
        var surfaceCounts: [Int32: [Int32: Int]] = [:]
        for member in members {
            for occurrence in corpus.occurrences[member] {
                surfaceCounts[occurrence.feature, default: [:]][occurrence.surface, default: 0] += 1
            }
        }
        let weighted = zip(sum.indices, sum.values).map { ($0, $1 / size) }
            .sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        var keywords: [ThemeKeyword] = []
        var seen = Set<String>()
        var concepts: [String] = []
        let thesaurus = analyzer.thesaurus
        for (feature, weight) in weighted where Int(feature) < corpus.features.count {
            var conceptID: String?
            switch corpus.features[Int(feature)] {
            case .bigram: continue
            case .stem: break
            case .concept(let index):
                // A related concept no member names (it only weighs in comparisons) is not listed.
                guard surfaceCounts[feature] != nil else { continue }
                conceptID = thesaurus.concepts[index].id
                if concepts.count < 3 { concepts.append(thesaurus.concepts[index].label) }
            }
            guard keywords.count < configuration.keywordsPerTheme else {
                if concepts.count >= 3 { break }
                continue
            }
            guard let counts = surfaceCounts[feature],
                let surface = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
            else { continue }
            let text = corpus.surfaces[Int(surface)]
            guard seen.insert(text).inserted else { continue }
            keywords.append(ThemeKeyword(text: text, weight: weight, conceptID: conceptID))
        }
        let label = ranked.first.map { documents[$0] }
        return Theme(
            id: 0, question: question, dimension: dimension, memberIDs: ranked.map { documents[$0].id },
            label: label?.text ?? "", labelDocumentID: label?.id ?? -1, keywords: keywords, concepts: concepts,
            counts: MentionCounts(of: members.map { documents[$0] }), cohesion: cohesion)
    }

    func crossCuttingConcepts(_ documents: [TextDocument], corpus: VectorizedCorpus) -> [CrossCuttingConcept] {
        let concepts = analyzer.thesaurus.concepts
        var membersOfConcept: [Int: [Int]] = [:]
        for (index, occurrences) in corpus.occurrences.enumerated() {
            var named = Set<Int>()
            for occurrence in occurrences {
                if case .concept(let concept) = corpus.features[Int(occurrence.feature)] { named.insert(concept) }
            }
            for concept in named { membersOfConcept[concept, default: []].append(index) }
        }
        var result: [CrossCuttingConcept] = []
        for (concept, members) in membersOfConcept {
            let notes = members.map { documents[$0] }
            let cells = Set(notes.map { Cell(question: $0.question, dimension: $0.dimension ?? "") })
            guard cells.count >= 2 else { continue }
            result.append(
                CrossCuttingConcept(
                    conceptID: concepts[concept].id, label: concepts[concept].label,
                    questions: Set(notes.map(\.question)).sorted(), dimensions: Set(notes.compactMap(\.dimension)).sorted(),
                    counts: MentionCounts(of: notes), breadth: cells.count))
        }
        return result.sorted {
            ($0.breadth, $0.counts.tables, $0.counts.notes, $1.conceptID) > (
                $1.breadth, $1.counts.tables, $1.counts.notes, $0.conceptID
            )
        }
    }
}
