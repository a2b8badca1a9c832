/// The Snowball English ("Porter2") stemmer, in its Snowball 3.x definition.
///
/// Input: one lower-case word; apostrophes are the ASCII `'`. The implementation follows the
/// published algorithm: exceptional forms; prelude (initial apostrophe, consonant `y` marked
/// as `Y`); regions R1 and R2 (with the exceptional prefixes gener-, commun-, arsen-, past-,
/// univers-, later-, emerg-, organ- and inter-); steps 1a, 1b, 1c, 2, 3,
/// 4 and 5; and the postlude that turns `Y` back into `y`.
public struct EnglishStemmer: Stemmer {
    /// Creates the stemmer (it has no state).
    public init() {}

    private static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    private static func isVowel(_ c: UInt32) -> Bool {
        c == Letter.a || c == Letter.e || c == Letter.i || c == Letter.o || c == Letter.u || c == Letter.y
    }

    /// A vowel, or `w`, `x` or `Y`: the letters that cannot end a short syllable.
    private static func isVowelOrWXY(_ c: UInt32) -> Bool {
        isVowel(c) || c == Letter.w || c == Letter.x || c == Letter.capitalY
    }

    private static func isValidLIEnding(_ c: UInt32) -> Bool {
        switch c {
        case Letter.c, Letter.d, Letter.e, Letter.g, Letter.h, Letter.k, Letter.m, Letter.n, Letter.r, Letter.t:
            return true
        default:
            return false
        }
    }

    // MARK: Tables

    /// Whole words with a fixed stem (nil: the word is its own stem).
    private static let exceptions: [[UInt32]: [UInt32]?] = {
        var table: [[UInt32]: [UInt32]?] = [:]
        let changed = [
            ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"),
            ("early", "earli"), ("only", "onli"), ("singly", "singl"),
        ]
        for (word, stem) in changed { table[scalars(word)] = .some(scalars(stem)) }
        for word in ["sky", "news", "howe", "atlas", "cosmos", "bias", "andes"] {
            table[scalars(word)] = .some(nil)
        }
        return table
    }()

    private static let regionPrefixes: [[UInt32]] =
        ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"].map(scalars)

    private static let apostropheSuffixes = SuffixTable(groups: [(["'", "'s", "'s'"], 0)])

    private enum Step1a {
        static let sses = 0, ies = 1, s = 2, keep = 3
    }

    private static let step1aSuffixes = SuffixTable(groups: [
        (["sses"], Step1a.sses), (["ied", "ies"], Step1a.ies), (["s"], Step1a.s), (["us", "ss"], Step1a.keep),
    ])

    private enum Step1b {
        static let eed = 0, ed = 1, ing = 2
    }

    private static let step1bSuffixes = SuffixTable(groups: [
        (["eed", "eedly"], Step1b.eed), (["ed", "edly", "ingly"], Step1b.ed), (["ing"], Step1b.ing),
    ])
    private static let invariantBeforeEed: [[UInt32]] = ["proc", "exc", "succ"].map(scalars)
    private static let invariantBeforeIng: [[UInt32]] = ["inn", "out", "cann", "herr", "earr", "even"].map(scalars)

    private enum Ending {
        static let addE = 0, double = 1
    }

    private static let step1bEndings = SuffixTable(groups: [
        (["at", "bl", "iz"], Ending.addE), (["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"], Ending.double),
    ])

    private static let step2Suffixes: SuffixTable = {
        let replacements: [(suffixes: [String], replacement: String)] = [
            (["tional"], "tion"), (["enci"], "ence"), (["anci"], "ance"), (["abli"], "able"), (["entli"], "ent"),
            (["izer", "ization"], "ize"), (["ational", "ation", "ator"], "ate"), (["alism", "aliti", "alli"], "al"),
            (["fulness"], "ful"), (["ousli", "ousness"], "ous"), (["iveness", "iviti"], "ive"),
            (["biliti", "bli"], "ble"), (["ogist"], "og"), (["ogi"], "og"), (["fulli"], "ful"),
            (["lessli"], "less"), (["li"], ""),
        ]
        return SuffixTable(groups: replacements.enumerated().map { ($0.element.suffixes, $0.offset) })
    }()
    private static let step2Replacements: [[UInt32]] = [
        "tion", "ence", "ance", "able", "ent", "ize", "ate", "al", "ful", "ous", "ive", "ble", "og", "og", "ful",
        "less", "",
    ].map(scalars)
    private static let step2Ogi = 13
    private static let step2Li = 16

    private static let step3Suffixes = SuffixTable(groups: [
        (["tional"], 0), (["ational"], 1), (["alize"], 2), (["icate", "iciti", "ical"], 3), (["ful", "ness"], 4),
        (["ative"], 5),
    ])
    private static let step3Replacements: [[UInt32]] = ["tion", "ate", "al", "ic", ""].map(scalars)

    private static let step4Suffixes = SuffixTable(groups: [
        (
            [
                "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate",
                "iti", "ous", "ive", "ize",
            ], 0
        ),
        (["ion"], 1),
    ])

    private static let ie = scalars("ie")
    private static let ee = scalars("ee")
    private static let ss = scalars("ss")

    // MARK: Stemming

    /// Stems a lower-case word given as Unicode scalar values, in place.
    public func stem(scalars w: inout [UInt32]) {
        if let exception = Self.exceptions[w] {
            if let stem = exception { w = stem }
            return
        }
        guard w.count >= 3 else { return }

        // Prelude.
        if w.first == Letter.apostrophe { w.removeFirst() }
        var foundY = false
        if w.first == Letter.y {
            w[0] = Letter.capitalY
            foundY = true
        }
        if w.count >= 2 {
            for index in 1..<w.count where w[index] == Letter.y && Self.isVowel(w[index - 1]) {
                w[index] = Letter.capitalY
                foundY = true
            }
        }

        let (p1, p2) = Self.regions(of: w)
        Self.step1a(&w)
        Self.step1b(&w, p1: p1)
        Self.step1c(&w)
        Self.step2(&w, p1: p1)
        Self.step3(&w, p1: p1, p2: p2)
        Self.step4(&w, p2: p2)
        Self.step5(&w, p1: p1, p2: p2)

        if foundY {
            for index in w.indices where w[index] == Letter.capitalY { w[index] = Letter.y }
        }
    }

    private static func regions(of w: [UInt32]) -> (p1: Int, p2: Int) {
        let n = w.count
        func afterVowelThenNonVowel(from start: Int) -> Int? {
            var i = start
            while i < n, !isVowel(w[i]) { i += 1 }
            i += 1
            while i < n, isVowel(w[i]) { i += 1 }
            return i < n ? i + 1 : nil
        }
        var p1 = n
        if let prefix = regionPrefixes.first(where: { w.starts(with: $0) }) {
            p1 = prefix.count
        } else if let position = afterVowelThenNonVowel(from: 0) {
            p1 = position
        } else {
            return (n, n)
        }
        let p2 = afterVowelThenNonVowel(from: p1) ?? n
        return (p1, p2)
    }

    /// Whether the word up to `end` ends in a short syllable (the `shortv` routine).
    private static func endsInShortSyllable(_ w: [UInt32], end: Int) -> Bool {
        if end >= 3, !isVowelOrWXY(w[end - 1]), isVowel(w[end - 2]), !isVowel(w[end - 3]) { return true }
        if end == 2, !isVowel(w[1]), isVowel(w[0]) { return true }
        return w.matches("past", at: end - 4)
    }

    private static func step1a(_ w: inout [UInt32]) {
        if let match = apostropheSuffixes.longestMatch(in: w, end: w.count) {
            w.removeSubrange(match.start...)
        }
        guard let match = step1aSuffixes.longestMatch(in: w, end: w.count) else { return }
        let start = match.start
        switch match.action {
        case Step1a.sses:
            w.replaceTail(from: start, with: ss)
        case Step1a.ies:
            w.replaceTail(from: start, with: start >= 2 ? [Letter.i] : ie)
        case Step1a.s:
            // Delete if a vowel occurs before the letter preceding the s.
            guard start >= 1 else { return }
            if w[..<(start - 1)].contains(where: isVowel) { w.removeLast() }
        default:
            break
        }
    }

    private static func step1b(_ w: inout [UInt32], p1: Int) {
        guard let match = step1bSuffixes.longestMatch(in: w, end: w.count) else { return }
        let start = match.start
        switch match.action {
        case Step1b.eed:
            if invariantBeforeEed.contains(where: { $0.count == start && w.starts(with: $0) }) { return }
            if start >= p1 { w.replaceTail(from: start, with: ee) }
            return
        case Step1b.ing:
            if start >= 1, w[start - 1] == Letter.y {
                if start == 2, !isVowel(w[0]) {
                    w.replaceTail(from: 1, with: ie)
                    return
                }
            } else if invariantBeforeIng.contains(where: { $0.count == start && w.starts(with: $0) }) {
                return
            }
        default:
            break
        }
        // -ed, -edly, -ing, -ingly: delete if the preceding part contains a vowel, then tidy the end.
        guard w[..<start].contains(where: isVowel) else { return }
        w.removeSubrange(start...)
        if let ending = step1bEndings.longestMatch(in: w, end: w.count) {
            if ending.action == Ending.addE {
                w.append(Letter.e)
            } else if !(ending.start == 1 && (w[0] == Letter.a || w[0] == Letter.e || w[0] == Letter.o)) {
                w.removeLast()
            }
        } else if w.count == p1, endsInShortSyllable(w, end: w.count) {
            w.append(Letter.e)
        }
    }

    private static func step1c(_ w: inout [UInt32]) {
        let n = w.count
        guard n >= 3, w[n - 1] == Letter.y || w[n - 1] == Letter.capitalY, !isVowel(w[n - 2]) else { return }
        w[n - 1] = Letter.i
    }

    private static func step2(_ w: inout [UInt32], p1: Int) {
        guard let match = step2Suffixes.longestMatch(in: w, end: w.count), match.start >= p1 else { return }
        let start = match.start
        switch match.action {
        case step2Ogi:
            guard start >= 1, w[start - 1] == Letter.l else { return }
        case step2Li:
            guard start >= 1, isValidLIEnding(w[start - 1]) else { return }
        default:
            break
        }
        w.replaceTail(from: start, with: step2Replacements[match.action])
    }

    private static func step3(_ w: inout [UInt32], p1: Int, p2: Int) {
        guard let match = step3Suffixes.longestMatch(in: w, end: w.count), match.start >= p1 else { return }
        if match.action == 5 {
            if match.start >= p2 { w.removeSubrange(match.start...) }
        } else {
            w.replaceTail(from: match.start, with: step3Replacements[match.action])
        }
    }

    private static func step4(_ w: inout [UInt32], p2: Int) {
        guard let match = step4Suffixes.longestMatch(in: w, end: w.count), match.start >= p2 else { return }
        if match.action == 1 {
            guard match.start >= 1, w[match.start - 1] == Letter.s || w[match.start - 1] == Letter.t else { return }
        }
        w.removeSubrange(match.start...)
    }

    private static func step5(_ w: inout [UInt32], p1: Int, p2: Int) {
        guard let last = w.last else { return }
        let start = w.count - 1
        if last == Letter.e {
            if start >= p2 || (start >= p1 && !endsInShortSyllable(w, end: start)) { w.removeLast() }
        } else if last == Letter.l {
            if start >= p2, start >= 1, w[start - 1] == Letter.l { w.removeLast() }
        }
    }
}
