/// The Snowball Spanish stemmer (the Snowball 3.x definition, including its rules for the
/// common misspellings "-acion" and "-ucion" of "-ación" and "-ución").
///
/// Input: one lower-case word, with or without its accents; the stemmer uses acute accents
/// while it works and removes them from the result (`ü` and `ñ` are kept).
/// The implementation follows the published algorithm step by step: regions RV, R1, R2;
/// attached pronoun; standard suffix, or else y-verb suffix, or else verb suffix; residual
/// suffix; and removal of acute accents.
public struct SpanishStemmer: Stemmer {
    /// Creates the stemmer (it has no state).
    public init() {}

    private static func isVowel(_ c: UInt32) -> Bool {
        switch c {
        case Letter.a, Letter.e, Letter.i, Letter.o, Letter.u, Letter.aAcute, Letter.eAcute, Letter.iAcute,
            Letter.oAcute, Letter.uAcute, Letter.uDiaeresis:
            return true
        default:
            return false
        }
    }

    private static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    // MARK: Suffix tables

    private static let pronouns = SuffixTable(
        groups: [(["me", "se", "sela", "selo", "selas", "selos", "la", "le", "lo", "las", "les", "los", "nos"], 0)]
    )

    private enum PronounHost {
        static let accentedIendo = 0, accentedAndo = 1, accentedAr = 2, accentedEr = 3, accentedIr = 4
        static let plain = 5, yendo = 6
    }

    private static let pronounHosts = SuffixTable(groups: [
        (["iéndo"], PronounHost.accentedIendo),
        (["ándo"], PronounHost.accentedAndo),
        (["ár"], PronounHost.accentedAr),
        (["ér"], PronounHost.accentedEr),
        (["ír"], PronounHost.accentedIr),
        (["ando", "iendo", "ar", "er", "ir"], PronounHost.plain),
        (["yendo"], PronounHost.yendo),
    ])
    private static let unaccentedHosts: [[UInt32]] = ["iendo", "ando", "ar", "er", "ir"].map(scalars)

    private enum Standard {
        static let deleteInR2 = 0, deleteWithIc = 1, logia = 2, ucion = 3, encia = 4
        static let amente = 5, mente = 6, idad = 7, ivo = 8
    }

    private static let standardSuffixes = SuffixTable(groups: [
        (
            [
                "anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos", "able", "ables", "ible", "ibles",
                "ista", "istas", "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos",
            ], Standard.deleteInR2
        ),
        (
            [
                "adora", "ador", "ación", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias",
                "acion",
            ], Standard.deleteWithIc
        ),
        (["logía", "logías"], Standard.logia),
        (["ución", "uciones", "ucion"], Standard.ucion),
        (["encia", "encias"], Standard.encia),
        (["amente"], Standard.amente),
        (["mente"], Standard.mente),
        (["idad", "idades"], Standard.idad),
        (["iva", "ivo", "ivas", "ivos"], Standard.ivo),
    ])
    private static let afterAmente = SuffixTable(groups: [(["iv"], 0), (["os", "ic", "ad"], 1)])
    private static let afterMente = SuffixTable(groups: [(["ante", "able", "ible"], 0)])
    private static let afterIdad = SuffixTable(groups: [(["abil", "ic", "iv"], 0)])
    private static let log = scalars("log")
    private static let uOnly = scalars("u")
    private static let ente = scalars("ente")

    private static let yVerbSuffixes = SuffixTable(
        groups: [(["ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yó", "yas", "yes", "yais", "yamos"], 0)]
    )

    private static let verbSuffixes = SuffixTable(groups: [
        (["en", "es", "éis", "emos"], 0),
        (
            [
                "arían", "arías", "arán", "arás", "aríais", "aría", "aréis", "aríamos", "aremos", "ará", "aré",
                "erían", "erías", "erán", "erás", "eríais", "ería", "eréis", "eríamos", "eremos", "erá", "eré",
                "irían", "irías", "irán", "irás", "iríais", "iría", "iréis", "iríamos", "iremos", "irá", "iré",
                "aba", "ada", "ida", "ía", "ara", "iera", "ad", "ed", "id", "ase", "iese", "aste", "iste", "an",
                "aban", "ían", "aran", "ieran", "asen", "iesen", "aron", "ieron", "ado", "ido", "ando", "iendo",
                "ió", "ar", "er", "ir", "as", "abas", "adas", "idas", "ías", "aras", "ieras", "ases", "ieses",
                "ís", "áis", "abais", "íais", "arais", "ierais", "aseis", "ieseis", "asteis", "isteis", "ados",
                "idos", "amos", "ábamos", "íamos", "imos", "áramos", "iéramos", "iésemos", "ásemos",
            ], 1
        ),
    ])

    private static let residualSuffixes = SuffixTable(groups: [
        (["os", "a", "o", "á", "í", "ó"], 0),
        (["e", "é"], 1),
    ])

    // MARK: Regions

    private struct Regions {
        var pV: Int
        var p1: Int
        var p2: Int
    }

    private static func regions(of w: [UInt32]) -> Regions {
        let n = w.count
        var result = Regions(pV: n, p1: n, p2: n)
        func firstVowel(from start: Int) -> Int? {
            var i = start
            while i < n {
                if isVowel(w[i]) { return i }
                i += 1
            }
            return nil
        }
        func firstNonVowel(from start: Int) -> Int? {
            var i = start
            while i < n {
                if !isVowel(w[i]) { return i }
                i += 1
            }
            return nil
        }
        if n >= 2 {
            if isVowel(w[0]) {
                if !isVowel(w[1]) {
                    if let i = firstVowel(from: 2) { result.pV = i + 1 }
                } else if let i = firstNonVowel(from: 2) {
                    result.pV = i + 1
                }
            } else if !isVowel(w[1]) {
                if let i = firstVowel(from: 2) { result.pV = i + 1 }
            } else if n >= 3 {
                result.pV = 3
            }
        }
        if let v1 = firstVowel(from: 0), let c1 = firstNonVowel(from: v1 + 1) {
            result.p1 = c1 + 1
            if let v2 = firstVowel(from: c1 + 1), let c2 = firstNonVowel(from: v2 + 1) {
                result.p2 = c2 + 1
            }
        }
        return result
    }

    // MARK: Steps

    /// Stems a lower-case word given as Unicode scalar values, in place.
    public func stem(scalars w: inout [UInt32]) {
        let r = Self.regions(of: w)
        Self.removeAttachedPronoun(&w, r)
        if !Self.removeStandardSuffix(&w, r) {
            if !Self.removeYVerbSuffix(&w, r) {
                Self.removeVerbSuffix(&w, r)
            }
        }
        Self.removeResidualSuffix(&w, r)
        for index in w.indices {
            switch w[index] {
            case Letter.aAcute: w[index] = Letter.a
            case Letter.eAcute: w[index] = Letter.e
            case Letter.iAcute: w[index] = Letter.i
            case Letter.oAcute: w[index] = Letter.o
            case Letter.uAcute: w[index] = Letter.u
            default: break
            }
        }
    }

    private static func removeAttachedPronoun(_ w: inout [UInt32], _ r: Regions) {
        guard let pronoun = pronouns.longestMatch(in: w, end: w.count) else { return }
        guard let host = pronounHosts.longestMatch(in: w, end: pronoun.start), host.start >= r.pV else { return }
        switch host.action {
        case PronounHost.accentedIendo, PronounHost.accentedAndo, PronounHost.accentedAr, PronounHost.accentedEr,
            PronounHost.accentedIr:
            w.replaceTail(from: host.start, with: unaccentedHosts[host.action])
        case PronounHost.plain:
            w.removeSubrange(pronoun.start...)
        default:  // yendo: only after u, which may lie outside RV
            if host.start > 0, w[host.start - 1] == Letter.u { w.removeSubrange(pronoun.start...) }
        }
    }

    /// Returns whether a standard suffix was found and its action carried out.
    private static func removeStandardSuffix(_ w: inout [UInt32], _ r: Regions) -> Bool {
        guard let match = standardSuffixes.longestMatch(in: w, end: w.count) else { return false }
        let start = match.start
        switch match.action {
        case Standard.deleteInR2:
            guard start >= r.p2 else { return false }
            w.removeSubrange(start...)
        case Standard.deleteWithIc:
            guard start >= r.p2 else { return false }
            w.removeSubrange(start...)
            if w.matches("ic", at: w.count - 2), w.count - 2 >= r.p2 { w.removeLast(2) }
        case Standard.logia:
            guard start >= r.p2 else { return false }
            w.replaceTail(from: start, with: log)
        case Standard.ucion:
            guard start >= r.p2 else { return false }
            w.replaceTail(from: start, with: uOnly)
        case Standard.encia:
            guard start >= r.p2 else { return false }
            w.replaceTail(from: start, with: ente)
        case Standard.amente:
            guard start >= r.p1 else { return false }
            w.removeSubrange(start...)
            if let next = afterAmente.longestMatch(in: w, end: w.count), next.start >= r.p2 {
                w.removeSubrange(next.start...)
                if next.action == 0, w.matches("at", at: w.count - 2), w.count - 2 >= r.p2 { w.removeLast(2) }
            }
        case Standard.mente:
            guard start >= r.p2 else { return false }
            w.removeSubrange(start...)
            if let next = afterMente.longestMatch(in: w, end: w.count), next.start >= r.p2 {
                w.removeSubrange(next.start...)
            }
        case Standard.idad:
            guard start >= r.p2 else { return false }
            w.removeSubrange(start...)
            if let next = afterIdad.longestMatch(in: w, end: w.count), next.start >= r.p2 {
                w.removeSubrange(next.start...)
            }
        default:  // iva ivo ivas ivos
            guard start >= r.p2 else { return false }
            w.removeSubrange(start...)
            if w.matches("at", at: w.count - 2), w.count - 2 >= r.p2 { w.removeLast(2) }
        }
        return true
    }

    private static func removeYVerbSuffix(_ w: inout [UInt32], _ r: Regions) -> Bool {
        guard let match = yVerbSuffixes.longestMatch(in: w, end: w.count, lowerBound: r.pV) else { return false }
        guard match.start > 0, w[match.start - 1] == Letter.u else { return false }
        w.removeSubrange(match.start...)
        return true
    }

    private static func removeVerbSuffix(_ w: inout [UInt32], _ r: Regions) {
        guard let match = verbSuffixes.longestMatch(in: w, end: w.count, lowerBound: r.pV) else { return }
        var start = match.start
        if match.action == 0, start >= 2, w[start - 1] == Letter.u, w[start - 2] == Letter.g {
            start -= 1
        }
        w.removeSubrange(start...)
    }

    private static func removeResidualSuffix(_ w: inout [UInt32], _ r: Regions) {
        guard let match = residualSuffixes.longestMatch(in: w, end: w.count), match.start >= r.pV else { return }
        w.removeSubrange(match.start...)
        if match.action == 1 {
            let u = w.count - 1
            if u >= 1, w[u] == Letter.u, w[u - 1] == Letter.g, u >= r.pV { w.removeLast() }
        }
    }
}
