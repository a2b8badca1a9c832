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
        /// A negation ("no", "sin"): a stopword that thesaurus phrases may contain.
        var isNegation: Bool
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
                            let word = String(scalarValues: folded)
                            let isStopword = !raw.isNumber && analyzer.stopwords.contains(word)
                            let isNegation = !raw.isNumber && analyzer.stopwords.isNegation(word)
                            terms.append(
                                Term(
                                    key: key, folded: folded, isStopword: isStopword, isNegation: isNegation,
                                    isNumber: raw.isNumber))
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
                    // Negations stay for phrase matching; they are no feature of their own.
                    guard !terms[termID].isStopword || terms[termID].isNegation else { continue }
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
            if terms[index].isNegation {
                if weights.concept > 0 { termConceptKeys[index] = conceptKeyID(TextAnalyzer.negationKey) }
                continue
            }
            // What the word is read as: itself, or its correction (key and folded form).
            let key = terms[index].key
            var folded = terms[index].folded
            func stemmed(_ word: [UInt32]) -> [UInt32] {
                guard !terms[index].isNumber else { return word }
                var stem = word
                stemmer.stem(scalars: &stem)
                if !foldFirst { TextNormalizer.foldAccents(&stem) }
                return stem
            }
            var stemScalars = stemmed(key)
            var correction: (key: [UInt32], folded: [UInt32])?
            switch corrections[index] {
            case .word(let target):
                correction = (terms[target].key, terms[target].folded)
            case .lexicon(let target):
                let word = analyzer.spellingCorrector.lexicon[target]
                correction = (foldFirst ? word : analyzer.lexiconLowercased[word] ?? word, word)
            case nil:
                break
            }
            // Another form of the same word ("innovaciones", "innovacion") needs no correction.
            if let correction {
                let correctedStem = stemmed(correction.key)
                if correctedStem != stemScalars {
                    folded = correction.folded
                    stemScalars = correctedStem
                    correctedTo[index] = folded
                }
            }
            let stem = String(scalarValues: stemScalars)
            termStems[index] = stemID(stem)
            if weights.concept > 0 {
                termConceptKeys[index] = conceptKeyID(
                    analyzer.matchKey(stem: stem, folded: String(scalarValues: folded)))
            }
        }

        // Features: stems [0, S), concepts [S, S + C), bigrams after.
        let stemCount = stemNames.count
        let conceptCount = analyzer.thesaurus.concepts.count
        var bigramIDs: [Int64: Int32] = [:]
        var bigramPairs: [(Int32, Int32)] = []
        var conceptSurfaceIDs: [String: Int32] = [:]
        var documentFeatures: [[(feature: Int32, count: Int)]] = []
        // Per note: its head concept (see `FeatureWeights.secondaryConcept`), or -1.
        var headConcepts: [Int] = []
        headConcepts.reserveCapacity(texts.count)
        var occurrences: [[VectorizedCorpus.Occurrence]] = []
        documentFeatures.reserveCapacity(texts.count)
        occurrences.reserveCapacity(texts.count)
        for noteTokens in tokens {
            var stems: [Int32] = []
            var counts: [Int32: Int] = [:]
            var noteOccurrences: [VectorizedCorpus.Occurrence] = []
            for token in noteTokens {
                let stem = termStems[Int(token.term)]
                guard stem >= 0 else { continue }  // a negation
                stems.append(stem)
                counts[stem, default: 0] += 1
                noteOccurrences.append(.init(feature: stem, surface: token.surface))
            }
            var head = -1
            if weights.concept > 0, !matcher.isEmpty {
                let keys = noteTokens.map { termConceptKeys[Int($0.term)] }
                let matches = matcher.matches(in: keys)
                head = Self.headConcept(of: matches.map(\.value), in: analyzer.thesaurus)
                for match in matches {
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
            // In feature order: the float sums over a note's features must not depend on hash order.
            documentFeatures.append(counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            headConcepts.append(head)
            occurrences.append(noteOccurrences)
        }

        let featureCount = stemCount + conceptCount + bigramPairs.count
        var documentFrequency = [Int](repeating: 0, count: featureCount)
        for features in documentFeatures {
            for (feature, _) in features { documentFrequency[Int(feature)] += 1 }
        }
        let n = Double(texts.count)
        let idf = documentFrequency.map { log((1 + n) / (1 + Double($0))) + 1 }
        let concepts = analyzer.thesaurus.concepts
        let related = weights.relatedConcept > 0 ? analyzer.relatedConcepts : []
        let vectors = zip(documentFeatures, headConcepts).map { features, head -> SparseVector in
            var pairs = features.map { feature, count -> (index: Int32, value: Double) in
                let tf = weights.sublinearTermFrequency ? 1 + log(Double(count)) : Double(count)
                let multiplier: Double
                if Int(feature) < stemCount {
                    multiplier = 1
                } else if Int(feature) < stemCount + conceptCount {
                    let concept = Int(feature) - stemCount
                    let position = head < 0 || concept == head ? 1 : weights.secondaryConcept
                    multiplier = weights.concept * concepts[concept].weight * position
                } else {
                    multiplier = weights.bigram
                }
                return (feature, tf * idf[Int(feature)] * multiplier)
            }
            if !related.isEmpty {
                Self.addRelatedConcepts(
                    to: &pairs, related: related, conceptRange: stemCount..<(stemCount + conceptCount),
                    weight: weights.relatedConcept)
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
    /// The note's head concept among its concept matches (in order): the first topic, else
    /// the first broad concept, else -1 (actors alone, or nothing).
    static func headConcept(of matched: [Int], in thesaurus: ConceptThesaurus) -> Int {
        var firstBroad = -1
        for concept in matched {
            switch thesaurus.concepts[concept].role {
            case .topic: return concept
            case .broad: if firstBroad < 0 { firstBroad = concept }
            case .actor: break
            }
        }
        return firstBroad
    }

    /// Gives each concept's related concepts `weight` times its value (keeping the larger value
    /// when a concept is reached twice, or is also named).
    static func addRelatedConcepts(
        to pairs: inout [(index: Int32, value: Double)], related: [[Int]], conceptRange: Range<Int>, weight: Double
    ) {
        var implied: [Int32: Double] = [:]
        for pair in pairs where conceptRange.contains(Int(pair.index)) {
            for other in related[Int(pair.index) - conceptRange.lowerBound] {
                let feature = Int32(conceptRange.lowerBound + other)
                implied[feature] = max(implied[feature] ?? 0, pair.value * weight)
            }
        }
        guard !implied.isEmpty else { return }
        for index in pairs.indices {
            if let value = implied.removeValue(forKey: pairs[index].index) {
                pairs[index].value = max(pairs[index].value, value)
            }
        }
        pairs += implied.sorted { $0.key < $1.key }.map { (index: $0.key, value: $0.value) }
    }
}
