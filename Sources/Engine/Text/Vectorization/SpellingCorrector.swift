/// Maps rare misspelt words to the word they most likely stand for: a frequent word of the
/// same collection, or a word of the lexicon (the thesaurus's words), at most one edit away
/// (two for words of nine letters or more), starting with the same letter.
///
/// Candidates are found through deletion neighbourhoods (two words within k edits share a
/// string obtained from each by at most k deletions), then checked with the optimal string
/// alignment distance. This catches "capacitasion", "presupusto", "inovacion", "burocrasia".
/// The lexicon's neighbourhoods are built once, when the corrector is created.
struct SpellingCorrector: Sendable {
    /// One distinct word of a collection (lower case, accents folded).
    struct Word {
        var scalars: [UInt32]
        /// In how many notes it appears.
        var frequency: Int
        /// Numbers and stopwords take no part.
        var isEligible: Bool
    }

    /// What a misspelt word is read as.
    enum Correction: Hashable {
        /// Another word of the collection (its index).
        case word(Int)
        /// A word of the lexicon (its index in `lexicon`).
        case lexicon(Int)
    }

    /// Words seen in at most this many notes may be corrected.
    static let rareFrequency = 2
    /// Words seen in at least this many notes may be targets.
    static let anchorFrequency = 3

    /// Known words: never corrected, always valid targets.
    let lexicon: [[UInt32]]
    let lexiconSet: Set<[UInt32]>
    private let lexiconIndex: HashMultimap

    init(lexicon words: some Sequence<[UInt32]>) {
        var unique: [[UInt32]] = []
        var seen = Set<[UInt32]>()
        for word in words where word.count >= 4 && seen.insert(word).inserted { unique.append(word) }
        var index = HashMultimap(capacity: unique.count * 16)
        for (position, word) in unique.enumerated() {
            Self.forEachDeletion(of: word, depth: word.count >= 7 ? 2 : 1) { index.insert($0, Int32(position)) }
        }
        lexicon = unique
        lexiconSet = seen
        lexiconIndex = index
    }

    /// For each corrected word (by index), what it is read as.
    func corrections(for words: [Word]) -> [Int: Correction] {
        var anchors = HashMultimap(capacity: 256)
        for (index, word) in words.enumerated() where isAnchor(word) {
            Self.forEachDeletion(of: word.scalars, depth: word.scalars.count >= 7 ? 2 : 1) {
                anchors.insert($0, Int32(index))
            }
        }
        var frequencyOfLexiconWord: [[UInt32]: Int] = [:]
        for word in words where lexiconSet.contains(word.scalars) { frequencyOfLexiconWord[word.scalars] = word.frequency }

        var result: [Int: Correction] = [:]
        for (index, word) in words.enumerated() where isCandidate(word) {
            let limit = word.scalars.count >= 9 ? 2 : 1
            var seenWords = Set<Int32>()
            var seenLexicon = Set<Int32>()
            var best: (correction: Correction, distance: Int, frequency: Int, scalars: [UInt32])?
            func offer(_ correction: Correction, _ scalars: [UInt32], frequency: Int) {
                guard scalars.first == word.scalars.first else { return }
                let distance = Self.optimalStringAlignment(word.scalars, scalars, limit: limit)
                guard distance <= limit else { return }
                if let current = best {
                    let better =
                        distance < current.distance
                        || (distance == current.distance
                            && (frequency > current.frequency
                                || (frequency == current.frequency && scalars.lexicographicallyPrecedes(current.scalars))))
                    guard better else { return }
                }
                best = (correction, distance, frequency, scalars)
            }
            Self.forEachDeletion(of: word.scalars, depth: limit) { hash in
                anchors.forEach(hash) { target in
                    guard Int(target) != index, seenWords.insert(target).inserted else { return }
                    let candidate = words[Int(target)]
                    guard candidate.frequency >= max(Self.anchorFrequency, 2 * word.frequency) else { return }
                    offer(.word(Int(target)), candidate.scalars, frequency: candidate.frequency)
                }
                lexiconIndex.forEach(hash) { target in
                    guard seenLexicon.insert(target).inserted else { return }
                    let scalars = lexicon[Int(target)]
                    offer(.lexicon(Int(target)), scalars, frequency: frequencyOfLexiconWord[scalars] ?? 0)
                }
            }
            if let best { result[index] = best.correction }
        }
        return result
    }

    private func isAnchor(_ word: Word) -> Bool {
        word.isEligible && word.scalars.count >= 4 && word.frequency >= Self.anchorFrequency
            && !lexiconSet.contains(word.scalars)
    }

    private func isCandidate(_ word: Word) -> Bool {
        word.isEligible && word.frequency <= Self.rareFrequency && word.scalars.count >= 5
            && !lexiconSet.contains(word.scalars)
    }

    /// Calls `body` with a hash of the word and of every string obtained by deleting up to
    /// `depth` of its scalars.
    private static func forEachDeletion(of word: [UInt32], depth: Int, _ body: (UInt64) -> Void) {
        body(hash(word, skipping: -1, and: -1))
        guard depth >= 1 else { return }
        for i in word.indices {
            body(hash(word, skipping: i, and: -1))
            if depth >= 2 {
                for j in (i + 1)..<word.count { body(hash(word, skipping: i, and: j)) }
            }
        }
    }

    private static func hash(_ word: [UInt32], skipping first: Int, and second: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for (index, scalar) in word.enumerated() where index != first && index != second {
            h = (h ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The optimal string alignment distance, or `limit + 1` as soon as it must exceed `limit`.
    static func optimalStringAlignment(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&before, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
