/// The text pipeline for one language: normalisation, stopwords, stemming and thesaurus
/// concepts.
///
/// Order of operations (see docs/TEXT-ANALYSIS.md): tokens are lower-cased and their accents
/// folded *before* stemming (`foldsAccentsBeforeStemming`), so that "capacitación" and the
/// frequent misspelling "capacitacion" always take the same path through the stemmer and get
/// the same stem. Stemming the accented word first and folding the stem afterwards is
/// available for comparison; it grouped the benchmark corpus slightly worse.
public struct TextAnalyzer: Sendable {
    /// The language of the texts.
    public let language: TextLanguage
    /// Tokenisation and normalisation.
    public let normalizer: TextNormalizer
    /// Stopwords, removed from what grouping compares.
    public let stopwords: StopwordList
    /// Concepts matched on the content stems.
    public let thesaurus: ConceptThesaurus
    /// Whether accents are folded before stemming (true) or after (false).
    public let foldsAccentsBeforeStemming: Bool

    let stemmer: any Stemmer
    /// Thesaurus phrases compiled to sequences of concept keys (see `conceptKey`), with the
    /// concept index.
    let compiledPhrases: [(keys: [String], concept: Int)]
    private let phraseMatcher: PhraseMatcher<String>
    /// Corrects misspellings towards frequent words and the thesaurus's words.
    let spellingCorrector: SpellingCorrector
    /// Lower-case accented forms of the lexicon's words (used when stemming comes first).
    let lexiconLowercased: [[UInt32]: [UInt32]]
    /// Concept keys shared by single-word terms of different concepts: words with such a key
    /// match a term only when written exactly as the term (see `matchKey`).
    let ambiguousKeys: Set<String>
    /// For each concept (by index), the indices of its related concepts, in both directions
    /// (a relation declared on either concept counts for both), without itself.
    let relatedConcepts: [[Int]]

    /// Creates the pipeline; `nil` arguments take the language's built-in lists.
    public init(
        language: TextLanguage, thesaurus: ConceptThesaurus? = nil, stopwords: StopwordList? = nil,
        foldsAccentsBeforeStemming: Bool = true
    ) {
        self.language = language
        self.normalizer = TextNormalizer(language: language)
        self.stopwords = stopwords ?? StopwordList.standard(for: language)
        self.thesaurus = thesaurus ?? ConceptThesaurus.standard(for: language)
        self.foldsAccentsBeforeStemming = foldsAccentsBeforeStemming
        self.stemmer = language.stemmer
        // Keys claimed by single-word terms of two concepts ("colaborar" and "colaboradores",
        // "comunicación" and "comunidad") are ambiguous: such words match on their exact form.
        var conceptsOfKey: [String: Set<Int>] = [:]
        for (index, concept) in self.thesaurus.concepts.enumerated() {
            for term in concept.terms {
                let keys = Self.contentKeys(
                    of: term, normalizer: normalizer, stopwords: self.stopwords, stemmer: stemmer,
                    foldFirst: foldsAccentsBeforeStemming, ambiguous: [])
                if keys.count == 1, let key = keys.first { conceptsOfKey[key, default: []].insert(index) }
            }
        }
        let ambiguous = Set(conceptsOfKey.filter { $0.value.count > 1 }.keys)
        self.ambiguousKeys = ambiguous
        var compiled: [(keys: [String], concept: Int)] = []
        var matcher = PhraseMatcher<String>()
        for (index, concept) in self.thesaurus.concepts.enumerated() {
            for term in concept.terms {
                let keys = Self.contentKeys(
                    of: term, normalizer: normalizer, stopwords: self.stopwords, stemmer: stemmer,
                    foldFirst: foldsAccentsBeforeStemming, ambiguous: ambiguous)
                // A phrase whose only content word remains after stopword removal ("en línea")
                // would match that word alone: it is left out. Negations count ("sin papel").
                let words = normalizer.tokens(in: term).count
                guard keys.contains(where: { $0 != Self.negationKey }), keys.count > 1 || words == 1 else { continue }
                compiled.append((keys, index))
                matcher.insert(keys, value: index)
            }
        }
        self.compiledPhrases = compiled
        self.phraseMatcher = matcher
        var lexicon: [[UInt32]: [UInt32]] = [:]
        for concept in self.thesaurus.concepts {
            for term in concept.terms {
                for token in normalizer.tokens(in: term) where token.kind == .word {
                    lexicon[token.normalized.unicodeScalars.map(\.value)] = token.lowercased.unicodeScalars.map(\.value)
                }
            }
        }
        self.lexiconLowercased = lexicon
        self.relatedConcepts = Self.relations(of: self.thesaurus)
        self.spellingCorrector = SpellingCorrector(lexicon: lexicon.keys.sorted { $0.lexicographicallyPrecedes($1) })
    }

    /// Tokens, stems, stopword flags and concepts of one text.
    public func analyze(_ text: String) -> AnalyzedText {
        let tokens = normalizer.tokens(in: text).map { token in
            AnalyzedToken(
                token: token, stem: stem(of: token),
                isStopword: token.kind == .word && stopwords.contains(token.normalized))
        }
        // Content words, and negations (thesaurus phrases may contain them: "sin internet").
        let content = tokens.filter { !$0.isStopword || isNegation($0.token) }
        let keys = content.map {
            isNegation($0.token) ? Self.negationKey : matchKey(stem: $0.stem, folded: $0.token.normalized)
        }
        let concepts = phraseMatcher.matches(in: keys).map { match in
            let concept = thesaurus.concepts[match.value]
            let surface = content[match.range].map(\.token.lowercased).joined(separator: " ")
            return ConceptMatch(conceptID: concept.id, label: concept.label, surface: surface)
        }
        return AnalyzedText(tokens: tokens, concepts: concepts)
    }

    /// Whether a token is a negation word ("no", "sin"), which phrase matching keeps.
    func isNegation(_ token: TextToken) -> Bool {
        token.kind == .word && stopwords.isNegation(token.normalized)
    }

    /// The stem of a token following this pipeline's order (numbers are their own stem).
    public func stem(of token: TextToken) -> String {
        if token.kind == .number { return token.normalized }
        if foldsAccentsBeforeStemming { return stemmer.stem(token.normalized) }
        return TextNormalizer.fold(stemmer.stem(token.lowercased))
    }

    /// The stem of one word (lower-cased and normalised first).
    public func stem(_ word: String) -> String {
        guard let token = normalizer.tokens(in: word).first else { return "" }
        return stem(of: token)
    }

    /// What thesaurus matching compares: the stem, plus the letter that follows it in the
    /// word ("capacit+a" for "capacitación", "capacitar", "capacitados"). Stems alone conflate
    /// too much for synonym matching ("trabajadores" and "trabajo" share "trabaj", "forma"
    /// and "formar" share "form"); the next letter keeps the inflections of one word together
    /// and most derivations apart.
    ///
    /// A word that is its own stem counts as followed by "e", so that a singular ending in a
    /// consonant matches its plural ("intersectorial" and "intersectoriales", "red" and
    /// "redes"), as vowel endings already do ("jefe" and "jefes").
    static func conceptKey(stem: String, folded: String) -> String {
        let stemScalars = stem.unicodeScalars
        let wordScalars = folded.unicodeScalars
        guard wordScalars.starts(with: stemScalars) else { return stem + "~" }
        let rest = wordScalars.dropFirst(stemScalars.count)
        guard let next = rest.first else { return stem + "+e" }
        return stem + "+" + String(next)
    }

    /// What phrase matching compares for a word: its `conceptKey`, or, when that key is
    /// ambiguous in the thesaurus, the word itself ("=comunicacion").
    func matchKey(stem: String, folded: String) -> String {
        Self.matchKey(stem: stem, folded: folded, ambiguous: ambiguousKeys)
    }

    static func matchKey(stem: String, folded: String, ambiguous: Set<String>) -> String {
        let key = conceptKey(stem: stem, folded: folded)
        return ambiguous.contains(key) ? "=" + folded : key
    }

    /// The key of a negation word in phrase matching.
    static let negationKey = "¬"

    /// Symmetric relations between concept indices, from the concepts' `related` identifiers.
    static func relations(of thesaurus: ConceptThesaurus) -> [[Int]] {
        var indexOfID: [String: Int] = [:]
        for (index, concept) in thesaurus.concepts.enumerated() where indexOfID[concept.id] == nil {
            indexOfID[concept.id] = index
        }
        var related = [Set<Int>](repeating: [], count: thesaurus.concepts.count)
        for (index, concept) in thesaurus.concepts.enumerated() {
            for id in concept.related {
                guard let other = indexOfID[id], other != index else { continue }
                related[index].insert(other)
                related[other].insert(index)
            }
        }
        return related.map { $0.sorted() }
    }

    private static func contentKeys(
        of text: String, normalizer: TextNormalizer, stopwords: StopwordList, stemmer: any Stemmer, foldFirst: Bool,
        ambiguous: Set<String>
    ) -> [String] {
        normalizer.tokens(in: text).compactMap { token in
            if token.kind == .word, stopwords.isNegation(token.normalized) { return negationKey }
            if token.kind == .word, stopwords.contains(token.normalized) { return nil }
            if token.kind == .number {
                return matchKey(stem: token.normalized, folded: token.normalized, ambiguous: ambiguous)
            }
            let stem = foldFirst ? stemmer.stem(token.normalized) : TextNormalizer.fold(stemmer.stem(token.lowercased))
            return matchKey(stem: stem, folded: token.normalized, ambiguous: ambiguous)
        }
    }
}
