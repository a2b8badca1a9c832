import Testing

@testable import Engine

@Suite struct TextSpellingCorrectorTests {
    static func word(_ text: String, _ frequency: Int, known: Bool = false) -> SpellingCorrector.Word {
        SpellingCorrector.Word(
            scalars: text.unicodeScalars.map(\.value), frequency: frequency, isKnown: known, isEligible: true)
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
        let words = [
            Self.word("presupuesto", 1, known: true),  // 0: thesaurus word, even if rare here
            Self.word("presupusto", 1),  // 1
            Self.word("coordinacion", 0, known: true),  // 2
            Self.word("cordinacion", 1),  // 3
            Self.word("innovacion", 9),  // 4: frequent
            Self.word("inovacion", 1),  // 5
            Self.word("normas", 5),  // 6
            Self.word("formas", 1),  // 7: different first letter: kept
            Self.word("burocracia", 4),  // 8
            Self.word("burocrasia", 3),  // 9: not rare enough to be corrected
            Self.word("datos", 2),  // 10: too short to correct (4 letters min for targets, 5 for sources)
        ]
        let corrections = SpellingCorrector.corrections(for: words)
        #expect(corrections[1] == 0)
        #expect(corrections[3] == 2)
        #expect(corrections[5] == 4)
        #expect(corrections[7] == nil)
        #expect(corrections[9] == nil)
        #expect(corrections.count == 3)
    }
}
