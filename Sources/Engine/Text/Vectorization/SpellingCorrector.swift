/// Maps rare misspelt words to the word they most likely stand for: a frequent word of the
/// same collection, or a thesaurus word, at most one edit away (two for words of nine letters
/// or more), starting with the same letter.
///
/// Candidates are found through deletion neighbourhoods (two words within k edits share a
/// string obtained from each by at most k deletions), then checked with the optimal string
/// alignment distance. This catches "capacitasion", "presupusto", "inovacion", "burocrasia".
struct SpellingCorrector {
    /// One distinct word of the collection (lower case, accents folded).
    struct Word {
        var scalars: [UInt32]
        /// In how many notes it appears.
        var frequency: Int
        /// A word of the thesaurus or stopword list: never corrected, always a valid target.
        var isKnown: Bool
        /// Numbers and stopwords take no part.
        var isEligible: Bool
    }

    /// Words seen in at most this many notes may be corrected.
    static let rareFrequency = 2
    /// Words seen in at least this many notes may be targets.
    static let anchorFrequency = 3

    /// For each corrected word (by index), the index of its correction.
    static func corrections(for words: [Word]) -> [Int: Int] {
        var anchors: [UInt64: [Int32]] = [:]
        for (index, word) in words.enumerated() where isAnchor(word) {
            let depth = word.scalars.count >= 7 ? 2 : 1
            forEachDeletion(of: word.scalars, depth: depth) { hash in anchors[hash, default: []].append(Int32(index)) }
        }
        var result: [Int: Int] = [:]
        for (index, word) in words.enumerated() where isCandidate(word) {
            let limit = word.scalars.count >= 9 ? 2 : 1
            var seen = Set<Int32>()
            var best: (target: Int, distance: Int, frequency: Int)?
            forEachDeletion(of: word.scalars, depth: limit) { hash in
                guard let targets = anchors[hash] else { return }
                for target in targets where seen.insert(target).inserted && Int(target) != index {
                    let candidate = words[Int(target)]
                    guard candidate.scalars.first == word.scalars.first else { continue }
                    guard candidate.isKnown || candidate.frequency >= max(anchorFrequency, 2 * word.frequency) else {
                        continue
                    }
                    let distance = optimalStringAlignment(word.scalars, candidate.scalars, limit: limit)
                    guard distance <= limit else { continue }
                    let better: Bool
                    if let best {
                        better =
                            distance < best.distance
                            || (distance == best.distance
                                && (candidate.frequency > best.frequency
                                    || (candidate.frequency == best.frequency
                                        && candidate.scalars.lexicographicallyPrecedes(words[best.target].scalars))))
                    } else {
                        better = true
                    }
                    if better { best = (Int(target), distance, candidate.frequency) }
                }
            }
            if let best { result[index] = best.target }
        }
        return result
    }

    private static func isAnchor(_ word: Word) -> Bool {
        word.isEligible && word.scalars.count >= 4 && (word.isKnown || word.frequency >= anchorFrequency)
    }

    private static func isCandidate(_ word: Word) -> Bool {
        word.isEligible && !word.isKnown && word.frequency <= rareFrequency && word.scalars.count >= 5
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
