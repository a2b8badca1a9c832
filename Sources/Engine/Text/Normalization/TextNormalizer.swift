/// Splits notes into tokens and normalises them: lower case, accents folded (keeping `ñ`),
/// punctuation removed, abbreviations expanded.
///
/// Rules, chosen for notes typed on sticky notes:
/// - letters and digits form tokens; Unicode letters of any script count as letters, and a
///   combining accent typed as a separate character is folded like a precomposed one;
/// - numbers stay tokens, with a decimal or thousands separator between digits kept ("3,5",
///   "21.180");
/// - a slash followed by a gender or number ending is dropped ("usuarios/as" -> "usuarios",
///   "funcionario/a" -> "funcionario"); any other slash separates words
///   ("normativa/regulación" -> two tokens);
/// - a hyphen after a prefix joins ("co-creación" -> "cocreación"); any other hyphen separates;
/// - an apostrophe between letters stays inside an English word ("don't", "user's") and
///   separates words in Spanish;
/// - "@" inside a word is read as the inclusive ending it stands for ("tod@s" -> "todos");
/// - abbreviations in `AbbreviationTable` are expanded ("q" -> "que", "capac." -> "capacitación").
public struct TextNormalizer: Sendable {
    /// The language whose apostrophe and abbreviation rules apply.
    public let language: TextLanguage
    /// The abbreviations expanded; `AbbreviationTable.standard(for:)` by default.
    public let abbreviations: AbbreviationTable

    /// Creates the normaliser for a language; `nil` abbreviations take the language's table.
    public init(language: TextLanguage, abbreviations: AbbreviationTable? = nil) {
        self.language = language
        self.abbreviations = abbreviations ?? AbbreviationTable.standard(for: language)
    }

    /// The tokens of a text, in order.
    public func tokens(in text: String) -> [TextToken] {
        var result: [TextToken] = []
        let scalars = Array(text.unicodeScalars)
        scanTokens(scalars) { raw in
            let surface = String(String.UnicodeScalarView(scalars[raw.surface]))
            for lowered in raw.words {
                var folded = lowered
                Self.foldAccents(&folded)
                result.append(
                    TextToken(
                        surface: surface,
                        lowercased: String(scalarValues: lowered),
                        normalized: String(scalarValues: folded),
                        kind: raw.isNumber ? .number : .word
                    ))
            }
        }
        return result
    }

    /// Lower case with accents folded and `ñ` kept: "Capacitación" -> "capacitacion",
    /// "Pingüino" -> "pinguino", "Año" -> "año". Other characters are kept as they are.
    public static func fold(_ text: String) -> String {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars { appendLowercased(scalar, to: &scalars) }
        foldAccents(&scalars)
        return String(scalarValues: scalars)
    }

    // MARK: Raw tokens

    /// A token before it becomes `TextToken`s: where it is in the text and its lower-case
    /// words (one word, or the expansion of an abbreviation).
    struct RawToken {
        var surface: Range<Int>
        var words: [[UInt32]]
        var isNumber: Bool
    }

    private static let hyphenPrefixes: Set<[UInt32]> = Set(
        [
            "co", "pre", "re", "post", "pos", "sub", "inter", "intra", "ex", "anti", "auto", "multi", "pro", "semi",
            "socio", "bio", "eco", "neo", "macro", "micro", "mini", "super", "trans", "e", "des", "contra", "extra",
            "infra", "meta", "non", "over", "under", "cross",
        ].map { $0.unicodeScalars.map(\.value) })

    private static let genderEndings: Set<[UInt32]> = Set(
        ["a", "as", "o", "os", "e", "es", "x", "xs"].map { $0.unicodeScalars.map(\.value) })

    /// Calls `body` with each raw token of `scalars`.
    func scanTokens(_ scalars: [Unicode.Scalar], _ body: (RawToken) -> Void) {
        let n = scalars.count
        var i = 0
        var word: [UInt32] = []
        word.reserveCapacity(32)
        while i < n {
            guard Self.isWordScalar(scalars[i]) else {
                i += 1
                continue
            }
            let start = i
            word.removeAll(keepingCapacity: true)
            var partStart = 0  // where the part after the last joining hyphen starts in `word`
            var allDigits = true
            var end = i
            scanning: while true {
                // A run of letters, digits and combining marks.
                while end < n {
                    let scalar = scalars[end]
                    if Self.isWordScalar(scalar) {
                        if !Self.isDigit(scalar) { allDigits = false }
                        Self.appendLowercased(scalar, to: &word)
                        end += 1
                    } else if Self.isCombiningMark(scalar), !word.isEmpty {
                        Self.applyCombiningMark(scalar.value, to: &word)
                        end += 1
                    } else {
                        break
                    }
                }
                guard end < n, let last = word.last else { break scanning }
                let connector = scalars[end]
                let next = end + 1 < n ? scalars[end + 1] : nil
                switch connector {
                case ".", ",":
                    if let next, Self.isDigit(next), last >= 0x30, last <= 0x39, allDigits {
                        word.append(connector.value)
                        end += 1
                        continue scanning
                    }
                case "'", "\u{2019}", "\u{02BC}":
                    if language == .english, let next, Self.isLetter(next), !Self.isDigitValue(last) {
                        word.append(Letter.apostrophe)
                        end += 1
                        continue scanning
                    }
                case "-", "\u{2010}", "\u{2011}":
                    if let next, Self.isLetter(next), Self.hyphenPrefixes.contains(Array(word[partStart...])) {
                        end += 1
                        partStart = word.count
                        continue scanning
                    }
                case "@":
                    if let next, Self.isLetter(next) {
                        word.append(Letter.o)
                        end += 1
                        continue scanning
                    } else if !allDigits {
                        word.append(Letter.o)
                        end += 1
                        break scanning
                    }
                case "/":
                    // "usuarios/as": drop a gender or number ending after a slash.
                    var suffixEnd = end + 1
                    var suffix: [UInt32] = []
                    while suffixEnd < n, Self.isLetter(scalars[suffixEnd]), suffix.count < 3 {
                        Self.appendLowercased(scalars[suffixEnd], to: &suffix)
                        suffixEnd += 1
                    }
                    let endsThere = suffixEnd == n || !Self.isWordScalar(scalars[suffixEnd])
                    if !allDigits, word.count >= 3, endsThere, Self.genderEndings.contains(suffix) {
                        end = suffixEnd
                    }
                default:
                    break
                }
                break scanning
            }
            i = end
            emit(word: word, surface: start..<end, scalars: scalars, allDigits: allDigits, body)
        }
    }

    private func emit(
        word: [UInt32], surface: Range<Int>, scalars: [Unicode.Scalar], allDigits: Bool, _ body: (RawToken) -> Void
    ) {
        if allDigits {
            body(RawToken(surface: surface, words: [word], isNumber: true))
            return
        }
        guard word.count <= abbreviations.longestKey else {
            body(RawToken(surface: surface, words: [word], isNumber: false))
            return
        }
        var folded = word
        Self.foldAccents(&folded)
        if let words = abbreviations.scalarCapitalOnlyExpansions[folded],
            scalars[surface].allSatisfy({ !Self.isLetter($0) || $0.properties.isUppercase })
        {
            body(RawToken(surface: surface, words: words, isNumber: false))
        } else if let words = abbreviations.scalarExpansions[folded] {
            body(RawToken(surface: surface, words: words, isNumber: false))
        } else {
            body(RawToken(surface: surface, words: [word], isNumber: false))
        }
    }

    // MARK: Characters

    static func isDigitValue(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isDigitValue(scalar.value) }
        return scalar.properties.numericType == .decimal
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        if v == 0xAA || v == 0xBA { return false }  // ª º ordinal indicators
        if v < 0x100 { return v >= 0xC0 && v != 0xD7 && v != 0xF7 }
        return scalar.properties.isAlphabetic && !isCombiningMark(scalar)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { isLetter(scalar) || isDigit(scalar) }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 { return false }
        if v <= 0x36F { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A combining accent typed after a letter: a tilde makes `n` into `ñ`; the others are
    /// dropped (folding would remove them anyway, and stems never depend on them).
    static func applyCombiningMark(_ mark: UInt32, to word: inout [UInt32]) {
        guard let last = word.last else { return }
        switch (mark, last) {
        case (0x303, Letter.n): word[word.count - 1] = 0xF1
        case (0x301, _): word[word.count - 1] = acuteForm(of: last)
        case (0x308, Letter.u): word[word.count - 1] = Letter.uDiaeresis
        default: break
        }
    }

    private static func acuteForm(of vowel: UInt32) -> UInt32 {
        switch vowel {
        case Letter.a: return Letter.aAcute
        case Letter.e: return Letter.eAcute
        case Letter.i: return Letter.iAcute
        case Letter.o: return Letter.oAcute
        case Letter.u: return Letter.uAcute
        default: return vowel
        }
    }

    static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout [UInt32]) {
        let v = scalar.value
        if v < 0x80 {
            word.append(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)
        } else if v < 0x100 {
            word.append(v >= 0xC0 && v <= 0xDE && v != 0xD7 ? v + 0x20 : v)
        } else if scalar.properties.changesWhenLowercased {
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars { word.append(lowered.value) }
        } else {
            word.append(v)
        }
    }

    /// Folds accents in a lower-case word: acute, grave, circumflex, tilde (except on `n`) and
    /// diaeresis; `ç` becomes `c`.
    static func foldAccents(_ word: inout [UInt32]) {
        for index in word.indices {
            let v = word[index]
            if v < 0xE0 { continue }
            if v < 0x100 {
                let folded = latin1Folding[Int(v - 0xE0)]
                if folded != 0 { word[index] = folded }
            } else if v < 0x180, let folded = latinExtendedFolding[v] {
                word[index] = folded
            }
        }
    }

    /// Folding of U+00E0...U+00FF (0: unchanged).
    private static let latin1Folding: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 32)
        func set(_ letters: String, _ base: Character) {
            for scalar in letters.unicodeScalars {
                table[Int(scalar.value - 0xE0)] = base.unicodeScalars.first?.value ?? 0
            }
        }
        set("àáâãäå", "a")
        set("ç", "c")
        set("èéêë", "e")
        set("ìíîï", "i")
        set("òóôõöø", "o")
        set("ùúûü", "u")
        set("ýÿ", "y")
        return table
    }()

    private static let latinExtendedFolding: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        let groups: [(String, Character)] = [
            ("āăą", "a"), ("ćĉċč", "c"), ("ďđ", "d"), ("ēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ńņňŉ", "n"), ("ōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ũūŭůűų", "u"), ("ŵ", "w"), ("ŷ", "y"),
            ("źżž", "z"),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base.unicodeScalars.first?.value }
        }
        return table
    }()
}
