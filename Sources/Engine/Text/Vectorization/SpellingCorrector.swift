/// Maps rare misspelt words to the word they most likely stand for: a frequent word of the
/// same collection, or a word of the lexicon (the thesaurus's words), at most one edit away
/// (two for words of nine letters or more), starting with the same letter.
///
/// Candidates are found through deletion neighbourhoods (two words within k edits share a
/// string obtained from each by at most k deletions), then checked with a typing-error
/// distance (`typoDistance`): a missing letter, two swapped letters, an extra letter next to
/// the same or a neighbouring key, a letter typed for a neighbouring key or for one that
/// sounds the same ("s" for "c", "v" for "b", "g" for "j"). This catches "capacitasion",
/// "presupusto", "inovacion", "burocrasia", "lenguage", but not a different word that happens
/// to be one letter away ("cortos" is not "costos", "normal" is not "normas"). The lexicon's
/// neighbourhoods are built once, when the corrector is created.
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
                let distance = Self.typoDistance(word.scalars, scalars, limit: limit)
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

    /// The number of typing errors that turn `target` into `word`, or `limit + 1` if more are
    /// needed or an edit is not a plausible typing error.
    ///
    /// An optimal string alignment where a letter missing from `word` and two swapped letters
    /// cost 1; an extra letter in `word` costs 1 if it repeats or neighbours (on the keyboard)
    /// the letter before or after it, or is a silent "h"; a letter typed instead of another
    /// costs 1 if the keys are neighbours or the letters sound alike in Spanish (`soundsAlike`).
    static func typoDistance(_ word: [UInt32], _ target: [UInt32], limit: Int) -> Int {
        let a = word
        let b = target
        let never = limit + 1
        if abs(a.count - b.count) > limit { return never }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : never }
        // Cost of each letter of `word` being an extra letter.
        var extra = [Int](repeating: never, count: a.count)
        for i in a.indices {
            let letter = a[i]
            if letter == 0x68 {  // a silent "h"
                extra[i] = 1
            } else if i > 0, a[i - 1] == letter || LetterTable.areKeyboardNeighbours(a[i - 1], letter) {
                extra[i] = 1
            } else if i + 1 < a.count, a[i + 1] == letter || LetterTable.areKeyboardNeighbours(a[i + 1], letter) {
                extra[i] = 1
            }
        }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = [Int](repeating: 0, count: b.count + 1)
        for j in 1...b.count { previous[j] = j }
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = min(never, previous[0] + extra[i - 1])
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = a[i - 1] == b[j - 1] ? 0 : (LetterTable.mayBeTypedFor(a[i - 1], b[j - 1]) ? 1 : never)
                var value = min(previous[j] + extra[i - 1], current[j - 1] + 1, previous[j - 1] + substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = min(value, never)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return never }
            swap(&before, &previous)
            swap(&previous, &current)
        }
        return min(previous[b.count], never)
    }

    /// Letters that a typing error may put for one another, as bit sets over "a"..."z" and "ñ".
    enum LetterTable {
        /// Letters next to each other on a Spanish (QWERTY) keyboard.
        static let keyboardRows: [String: String] = [
            "q": "wa", "w": "qeas", "e": "wrsd", "r": "etdf", "t": "ryfg", "y": "tugh", "u": "yihj", "i": "uojk",
            "o": "ipkl", "p": "olñ", "a": "qwsz", "s": "awedzx", "d": "serfxc", "f": "drtgcv", "g": "ftyhvb",
            "h": "gyujbn", "j": "huiknm", "k": "jiolm", "l": "kopñ", "ñ": "lp", "z": "asx", "x": "zsdc", "c": "xdfv",
            "v": "cfgb", "b": "vghn", "n": "bhjm", "m": "njk",
        ]
        /// Pairs of letters that Spanish spelling confuses because they sound alike.
        static let soundAlike = ["sc", "sz", "cz", "bv", "gj", "yi", "ck", "kq", "cq", "nñ"]

        /// Index of a lower-case letter in the tables ("a"..."z" are 0...25, "ñ" is 26).
        static func index(_ letter: UInt32) -> Int? {
            if letter >= 0x61, letter <= 0x7A { return Int(letter - 0x61) }
            return letter == 0xF1 ? 26 : nil
        }

        static let neighbours: [UInt32] = table(rows: keyboardRows, pairs: [])
        static let typedFor: [UInt32] = table(rows: keyboardRows, pairs: soundAlike)

        private static func table(rows: [String: String], pairs: [String]) -> [UInt32] {
            var bits = [UInt32](repeating: 0, count: 27)
            func link(_ first: Unicode.Scalar, _ second: Unicode.Scalar) {
                guard let i = index(first.value), let j = index(second.value) else { return }
                bits[i] |= 1 << UInt32(j)
                bits[j] |= 1 << UInt32(i)
            }
            for (key, others) in rows {
                guard let letter = key.unicodeScalars.first else { continue }
                for other in others.unicodeScalars { link(letter, other) }
            }
            for pair in pairs {
                let letters = Array(pair.unicodeScalars)
                if letters.count == 2 { link(letters[0], letters[1]) }
            }
            return bits
        }

        static func areKeyboardNeighbours(_ first: UInt32, _ second: UInt32) -> Bool {
            guard let i = index(first), let j = index(second) else { return false }
            return neighbours[i] & (1 << UInt32(j)) != 0
        }

        /// Whether `typed` may be a typing error for `meant`: neighbouring keys or letters that
        /// sound alike.
        static func mayBeTypedFor(_ typed: UInt32, _ meant: UInt32) -> Bool {
            guard let i = index(typed), let j = index(meant) else { return false }
            return typedFor[i] & (1 << UInt32(j)) != 0
        }
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
