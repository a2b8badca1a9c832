import Testing

@testable import Engine

@Suite struct TextNormalizerTests {
    let spanish = TextNormalizer(language: .spanish)
    let english = TextNormalizer(language: .english)

    func normalized(_ text: String, _ normalizer: TextNormalizer) -> [String] {
        normalizer.tokens(in: text).map(\.normalized)
    }

    @Test func foldsAccentsAndDiaeresisButKeepsEnye() {
        #expect(TextNormalizer.fold("Capacitación") == "capacitacion")
        #expect(TextNormalizer.fold("PINGÜINO") == "pinguino")
        #expect(TextNormalizer.fold("AÑO Niño") == "año niño")
        #expect(TextNormalizer.fold("àéîõü ç") == "aeiou c")
    }

    @Test func combiningAccentsFoldLikePrecomposedOnes() {
        // "capacitación" and "año" typed with combining marks (as some keyboards and PDFs do).
        #expect(normalized("capacitacio\u{301}n", spanish) == ["capacitacion"])
        #expect(normalized("an\u{303}o", spanish) == ["año"])
        #expect(spanish.tokens(in: "Gestio\u{301}n").first?.lowercased == "gestión")
    }

    @Test func punctuationIsStrippedAndCaseLowered() {
        #expect(normalized("¡¿Qué pasa con la INNOVACIÓN?!", spanish) == ["que", "pasa", "con", "la", "innovacion"])
        #expect(normalized("falta (mucho) tiempo... 🙂 «ok»", spanish) == ["falta", "mucho", "tiempo", "ok"])
    }

    @Test func genderSlashesAndOtherSlashes() {
        #expect(normalized("usuarios/as y funcionario/a", spanish) == ["usuarios", "y", "funcionario"])
        #expect(normalized("los/las jefes/as", spanish) == ["los", "las", "jefes"])
        #expect(normalized("normativa/regulación", spanish) == ["normativa", "regulacion"])
        #expect(normalized("tod@s l@s usuari@s", spanish) == ["todos", "los", "usuarios"])
    }

    @Test func hyphensJoinPrefixesAndSplitCompounds() {
        #expect(normalized("co-creación y co-diseño", spanish) == ["cocreacion", "y", "codiseño"])
        #expect(normalized("alianza público-privada", spanish) == ["alianza", "publico", "privada"])
        #expect(normalized("re-diseñar", spanish) == ["rediseñar"])
    }

    @Test func numbersAreTokens() {
        let tokens = spanish.tokens(in: "Ley 21.180 del 2019: 3,5 millones, 24/7")
        #expect(tokens.map(\.normalized) == ["ley", "21.180", "del", "2019", "3,5", "millones", "24", "7"])
        #expect(tokens.filter { $0.kind == .number }.count == 5)
        #expect(normalized("microsoft365 y covid-19", spanish) == ["microsoft365", "y", "covid", "19"])
    }

    @Test func apostrophesDependOnLanguage() {
        #expect(normalized("We don't have the users' trust", english) == ["we", "don't", "have", "the", "users", "trust"])
        #expect(normalized("it’s the team’s time", english) == ["it's", "the", "team's", "time"])
        #expect(normalized("l'equip", spanish) == ["l", "equip"])
    }

    @Test func abbreviationsExpand() {
        #expect(normalized("x ej. q falta capac.", spanish) == ["por", "ejemplo", "que", "falta", "capacitacion"])
        #expect(
            normalized("xq no hay ppto ni RRHH", spanish) == ["porque", "no", "hay", "presupuesto", "ni", "recursos", "humanos"])
        #expect(normalized("áreas de TI", spanish) == ["areas", "de", "tecnologias", "de", "informacion"])
        #expect(normalized("a ti te toca", spanish) == ["a", "ti", "te", "toca"])
        let expanded = spanish.tokens(in: "capac.")
        #expect(expanded.first?.surface == "capac")
        #expect(expanded.first?.lowercased == "capacitación")
    }

    @Test func lettersOfOtherScriptsAreWordsInLowerCase() {
        #expect(normalized("ΕΛΛΆΔΑ и Россия", spanish) == ["ελλάδα", "и", "россия"])
    }
}
