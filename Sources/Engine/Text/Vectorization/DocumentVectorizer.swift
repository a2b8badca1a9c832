import Foundation

/// Turns a collection of notes into unit TF-IDF vectors of stems, thesaurus concepts and,
/// optionally, consecutive-stem pairs (see `FeatureWeights`).
///
/// Works on Unicode scalar arrays and interns every distinct word once, so each word is
/// normalised, checked against the stopwords and stemmed once per collection.
struct DocumentVectorizer: Sendable {
    let analyzer: TextAnalyzer
    let weights: FeatureWeights

    /// A distinct word of the collection.
    private struct Term {
        var key: [UInt32]
        var folded: [UInt32]
        var isStopword: Bool
        var isNumber: Bool
        var frequency = 0
        var lastDocument = -1
    }

    func vectorize(_ texts: [String]) -> VectorizedCorpus {
        let foldFirst = analyzer.foldsAccentsBeforeStemming
        var termIDs: [[UInt32]: Int32] = [:]
        var terms: [Term] = []
        var surfaces: [String] = []
        // Per note: (term, surface) of each content token, in order.
        var tokens: [[(term: Int32, surface: Int32)]] = []
        tokens.reserveCapacity(texts.count)

        // Each written form (lower case) is looked up once per token; its term and surface are
        // created the first time it is seen.
        var forms: [[UInt32]: (term: Int32, surface: Int32)] = [:]
        for (document, text) in texts.enumerated() {
            var noteTokens: [(term: Int32, surface: Int32)] = []
            let scalars = Array(text.unicodeScalars)
            analyzer.normalizer.scanTokens(scalars) { raw in
                for lowered in raw.words {
                    let form: (term: Int32, surface: Int32)
                    if let existing = forms[lowered] {
                        form = existing
                    } else {
                        var folded = lowered
                        TextNormalizer.foldAccents(&folded)
                        let key = foldFirst || raw.isNumber ? folded : lowered
                        let termID: Int32
                        if let existing = termIDs[key] {
                            termID = existing
                        } else {
                            termID = Int32(terms.count)
                            termIDs[key] = termID
                            let isStopword =
                                !raw.isNumber && analyzer.stopwords.contains(String(scalarValues: folded))
                            terms.append(Term(key: key, folded: folded, isStopword: isStopword, isNumber: raw.isNumber))
                        }
                        form = (termID, Int32(surfaces.count))
                        surfaces.append(String(scalarValues: lowered))
                        forms[lowered] = form
                    }
                    let termID = Int(form.term)
                    if terms[termID].lastDocument != document {
                        terms[termID].lastDocument = document
                        terms[termID].frequency += 1
                    }
                    guard !terms[termID].isStopword else { continue }
                    noteTokens.append(form)
                }
            }
            tokens.append(noteTokens)
        }

        // Stems, with the thesaurus's stems interned first so phrases can be matched by id.
        var stemIDs: [String: Int32] = [:]
        var stemNames: [String] = []
        func stemID(_ stem: String) -> Int32 {
            if let id = stemIDs[stem] { return id }
            let id = Int32(stemNames.count)
            stemIDs[stem] = id
            stemNames.append(stem)
            return id
        }
        var conceptKeyIDs: [String: Int32] = [:]
        func conceptKeyID(_ key: String) -> Int32 {
            if let id = conceptKeyIDs[key] { return id }
            let id = Int32(conceptKeyIDs.count)
            conceptKeyIDs[key] = id
            return id
        }
        var matcher = PhraseMatcher<Int32>()
        if weights.concept > 0 {
            for phrase in analyzer.compiledPhrases {
                matcher.insert(phrase.keys.map(conceptKeyID), value: phrase.concept)
            }
        }

        var corrections: [Int: SpellingCorrector.Correction] = [:]
        if weights.correctsSpelling {
            let words = terms.map { term in
                SpellingCorrector.Word(
                    scalars: term.folded, frequency: term.frequency, isEligible: !term.isStopword && !term.isNumber)
            }
            corrections = analyzer.spellingCorrector.corrections(for: words)
        }
        let stemmer = analyzer.stemmer
        var termStems = [Int32](repeating: -1, count: terms.count)
        var termConceptKeys = [Int32](repeating: -1, count: terms.count)
        var correctedTo: [Int: [UInt32]] = [:]
        for index in terms.indices {
            // What the word is read as: itself, or its correction (key and folded form).
            var key = terms[index].key
            var folded = terms[index].folded
            switch corrections[index] {
            case .word(let target):
                key = terms[target].key
                folded = terms[target].folded
                correctedTo[index] = folded
            case .lexicon(let target):
                folded = analyzer.spellingCorrector.lexicon[target]
                key = foldFirst ? folded : analyzer.lexiconLowercased[folded] ?? folded
                correctedTo[index] = folded
            case nil:
                break
            }
            if !terms[index].isNumber {
                stemmer.stem(scalars: &key)
                if !foldFirst { TextNormalizer.foldAccents(&key) }
            }
            let stem = String(scalarValues: key)
            termStems[index] = stemID(stem)
            if weights.concept > 0 {
                termConceptKeys[index] = conceptKeyID(
                    TextAnalyzer.conceptKey(stem: stem, folded: String(scalarValues: folded)))
            }
        }

        // Features: stems [0, S), concepts [S, S + C), bigrams after.
        let stemCount = stemNames.count
        let conceptCount = analyzer.thesaurus.concepts.count
        var bigramIDs: [Int64: Int32] = [:]
        var bigramPairs: [(Int32, Int32)] = []
        var conceptSurfaceIDs: [String: Int32] = [:]
        var documentFeatures: [[(feature: Int32, count: Int)]] = []
        var occurrences: [[VectorizedCorpus.Occurrence]] = []
        documentFeatures.reserveCapacity(texts.count)
        occurrences.reserveCapacity(texts.count)
        for noteTokens in tokens {
            let stems = noteTokens.map { termStems[Int($0.term)] }
            var counts: [Int32: Int] = [:]
            var noteOccurrences: [VectorizedCorpus.Occurrence] = []
            for (position, stem) in stems.enumerated() {
                counts[stem, default: 0] += 1
                noteOccurrences.append(.init(feature: stem, surface: noteTokens[position].surface))
            }
            if weights.concept > 0, !matcher.isEmpty {
                let keys = noteTokens.map { termConceptKeys[Int($0.term)] }
                for match in matcher.matches(in: keys) {
                    let feature = Int32(stemCount + match.value)
                    counts[feature, default: 0] += 1
                    let text = match.range.map { surfaces[Int(noteTokens[$0].surface)] }.joined(separator: " ")
                    let surfaceID: Int32
                    if let existing = conceptSurfaceIDs[text] {
                        surfaceID = existing
                    } else {
                        surfaceID = Int32(surfaces.count)
                        conceptSurfaceIDs[text] = surfaceID
                        surfaces.append(text)
                    }
                    noteOccurrences.append(.init(feature: feature, surface: surfaceID))
                }
            }
            if weights.bigram > 0, stems.count >= 2 {
                for position in 1..<stems.count where stems[position - 1] != stems[position] {
                    let key = Int64(stems[position - 1]) << 32 | Int64(stems[position])
                    let id: Int32
                    if let existing = bigramIDs[key] {
                        id = existing
                    } else {
                        id = Int32(bigramPairs.count)
                        bigramIDs[key] = id
                        bigramPairs.append((stems[position - 1], stems[position]))
                    }
                    counts[Int32(stemCount + conceptCount) + id, default: 0] += 1
                }
            }
            documentFeatures.append(counts.map { ($0.key, $0.value) })
            occurrences.append(noteOccurrences)
        }

        let featureCount = stemCount + conceptCount + bigramPairs.count
        var documentFrequency = [Int](repeating: 0, count: featureCount)
        for features in documentFeatures {
            for (feature, _) in features { documentFrequency[Int(feature)] += 1 }
        }
        let n = Double(texts.count)
        let idf = documentFrequency.map { log((1 + n) / (1 + Double($0))) + 1 }
        let vectors = documentFeatures.map { features -> SparseVector in
            let pairs = features.map { feature, count -> (index: Int32, value: Double) in
                let tf = weights.sublinearTermFrequency ? 1 + log(Double(count)) : Double(count)
                let multiplier: Double
                if Int(feature) < stemCount {
                    multiplier = 1
                } else if Int(feature) < stemCount + conceptCount {
                    multiplier = weights.concept * analyzer.thesaurus.concepts[Int(feature) - stemCount].weight
                } else {
                    multiplier = weights.bigram
                }
                return (feature, tf * idf[Int(feature)] * multiplier)
            }
            guard let share = weights.conceptShare else { return SparseVector(pairs: pairs).normalized() }
            // Block normalisation: words and concepts (and pairs) as two unit blocks.
            let conceptRange = Int32(stemCount)..<Int32(stemCount + conceptCount)
            let concepts = pairs.filter { conceptRange.contains($0.index) }
            let words = pairs.filter { !conceptRange.contains($0.index) }
            let conceptNorm = concepts.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
            let wordNorm = words.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
            guard conceptNorm > 0, wordNorm > 0 else { return SparseVector(pairs: pairs).normalized() }
            let conceptScale = share.squareRoot() / conceptNorm
            let wordScale = (1 - share).squareRoot() / wordNorm
            return SparseVector(
                pairs: concepts.map { ($0.index, $0.value * conceptScale) } + words.map { ($0.index, $0.value * wordScale) })
        }

        var featureNames: [VectorizedCorpus.Feature] = stemNames.map { .stem($0) }
        featureNames += (0..<conceptCount).map { .concept($0) }
        featureNames += bigramPairs.map { .bigram(stemNames[Int($0.0)], stemNames[Int($0.1)]) }
        var spelling: [String: String] = [:]
        for (from, to) in correctedTo {
            spelling[String(scalarValues: terms[from].folded)] = String(scalarValues: to)
        }
        return VectorizedCorpus(
            vectors: vectors, features: featureNames, inverseDocumentFrequency: idf,
            documentFrequency: documentFrequency, occurrences: occurrences, surfaces: surfaces,
            spellingCorrections: spelling)
    }
}
