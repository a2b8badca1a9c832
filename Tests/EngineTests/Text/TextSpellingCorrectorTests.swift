import Testing

@testable import Engine

@Suite struct TextSpellingCorrectorTests {
    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    static func word(_ text: String, _ frequency: Int) -> SpellingCorrector.Word {
        SpellingCorrector.Word(scalars: scalars(text), frequency: frequency, isEligible: true)
    }

    @Test func distances() {
        func d(_ a: String, _ b: String) -> Int {
            SpellingCorrector.optimalStringAlignment(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value), limit: 5)
        }
        #expect(d("presupusto", "presupuesto") == 1)
        #expect(d("capacitasion", "capacitacion") == 1)
        #expect(d("nesecitamos", "necesitamos") == 2)
        #expect(d("inovacion", "innovacion") == 1)
        #expect(d("ab", "ba") == 1)
        #expect(d("", "abc") == 3)
    }

    @Test func rareMisspellingsMapToFrequentOrKnownWords() {
        let corrector = SpellingCorrector(lexicon: ["presupuesto", "coordinacion"].map(Self.scalars))
        let words = [
            Self.word("presupuesto", 1),  // 0: lexicon word, even if rare here: never corrected
            Self.word("presupusto", 1),  // 1
            Self.word("cordinacion", 1),  // 2: lexicon word absent from the notes
            Self.word("innovacion", 9),  // 3: frequent
            Self.word("inovacion", 1),  // 4
            Self.word("normas", 5),  // 5
            Self.word("formas", 1),  // 6: different first letter: kept
            Self.word("burocracia", 4),  // 7
            Self.word("burocrasia", 3),  // 8: not rare enough to be corrected
            Self.word("innovaciom", 2),  // 9: rare, and "innovacion" is frequent enough (9 >= 2 x 2)
        ]
        let corrections = corrector.corrections(for: words)
        #expect(corrections[1] == .lexicon(0))
        #expect(corrections[2] == .lexicon(1))
        #expect(corrections[4] == .word(3))
        #expect(corrections[6] == nil)
        #expect(corrections[8] == nil)
        #expect(corrections[9] == .word(3))
        #expect(corrections.count == 4)
    }

    @Test func onlyTypingErrorsCount() {
        func typos(_ word: String, _ target: String, limit: Int = 1) -> Int {
            SpellingCorrector.typoDistance(Self.scalars(word), Self.scalars(target), limit: limit)
        }
        // Typing errors: missing letter, swapped letters, doubled letter, neighbouring key,
        // letters that sound alike.
        #expect(typos("presupusto", "presupuesto") == 1)
        #expect(typos("presupeusto", "presupuesto") == 1)
        #expect(typos("innovvacion", "innovacion") == 1)
        #expect(typos("presupuedto", "presupuesto") == 1)
        #expect(typos("capacitasion", "capacitacion") == 1)
        #expect(typos("lenguage", "lenguaje") == 1)
        #expect(typos("interoperavilidad", "interoperabilidad") == 1)
        #expect(typos("nesecitamos", "necesitamos", limit: 2) == 2)
        // Other words one letter away are not typing errors.
        #expect(typos("cortos", "costos") > 1)
        #expect(typos("normal", "normas") > 1)
        #expect(typos("comparar", "comprar") > 1)
        #expect(typos("medimos", "medios") > 1)
        #expect(typos("contratar", "contralor", limit: 2) > 2)
    }

    @Test func realWordsAreNotCorrectedIntoOthers() {
        let corrector = SpellingCorrector(lexicon: ["costos", "normas", "presupuesto"].map(Self.scalars))
        let words = [Self.word("cortos", 1), Self.word("normal", 1), Self.word("presupusto", 1)]
        #expect(corrector.corrections(for: words) == [2: .lexicon(2)])
    }
}
