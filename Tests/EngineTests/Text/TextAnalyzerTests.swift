import Testing

@testable import Engine

@Suite struct TextAnalyzerTests {
    let spanish = TextAnalyzer(language: .spanish)
    let english = TextAnalyzer(language: .english)

    func conceptIDs(_ text: String, _ analyzer: TextAnalyzer) -> [String] {
        analyzer.analyze(text).concepts.map(\.conceptID)
    }

    @Test func accentedAndUnaccentedSpellingsShareAStem() {
        for (a, b) in [
            ("capacitación", "capacitacion"), ("Capacitación", "CAPACITACIONES"), ("trámites", "tramites"),
            ("políticas", "politicas"), ("gestión", "gestion"), ("información", "informacion"),
        ] {
            #expect(spanish.stem(a) == spanish.stem(b), "\(a) / \(b)")
        }
        #expect(spanish.stem("presupuestos") == spanish.stem("presupuesto"))
        #expect(spanish.stem("Niños") == "niñ")
    }

    @Test func stemFirstOrderFoldsTheStem() {
        let stemFirst = TextAnalyzer(language: .spanish, foldsAccentsBeforeStemming: false)
        #expect(stemFirst.stem("capacitación") == "capacit")
        #expect(stemFirst.stem("pingüinos") == "pinguin")
        #expect(!stemFirst.stem("información").unicodeScalars.contains { $0.value > 0x7F })
    }

    @Test func stopwordsAreFlaggedAndContentStemsKept() {
        let analysis = spanish.analyze("Falta de tiempo para los equipos")
        #expect(analysis.tokens.map(\.isStopword) == [false, true, false, true, true, false])
        #expect(analysis.contentStems == ["falt", "tiemp", "equip"])
    }

    @Test func synonymsMapToOneConcept() {
        #expect(conceptIDs("Falta de presupuesto", spanish) == ["presupuesto"])
        #expect(conceptIDs("no hay recursos financieros", spanish) == ["presupuesto"])
        #expect(conceptIDs("faltan fondos y financiamiento", spanish) == ["presupuesto", "presupuesto"])
        #expect(conceptIDs("marco legal rígido", spanish).first == "normativa")
        #expect(conceptIDs("las jefaturas y los directivos", spanish) == ["liderazgo", "liderazgo"])
        #expect(conceptIDs("demasiado papeleo y burocracia", spanish) == ["burocracia", "burocracia"])
        #expect(conceptIDs("capacitación, formación y cursos", spanish) == ["capacitacion", "capacitacion", "capacitacion"])
    }

    @Test func longerPhrasesWinAndAmbiguousWordsStayOut() {
        // "recursos" alone is money; "recursos humanos" is staff.
        #expect(conceptIDs("faltan recursos humanos", spanish) == ["funcionarios"])
        // "trabajo" shares the stem of "trabajadores" but is not the staff concept.
        #expect(!conceptIDs("trabajo en equipo", spanish).contains("funcionarios"))
        // "forma" shares the stem of "formar" but is not training.
        #expect(!conceptIDs("de forma permanente", spanish).contains("capacitacion"))
        // A phrase reduced to one word by stopword removal ("en línea") does not match that word;
        // negations count as words of a phrase ("sin papel").
        #expect(conceptIDs("mucho papel", spanish).isEmpty)
        #expect(conceptIDs("cero papel", spanish) == ["digitalizacion"])
        #expect(conceptIDs("gestión sin papel", spanish) == ["digitalizacion"])
        let online = TextAnalyzer(
            language: .spanish,
            thesaurus: ConceptThesaurus(concepts: [.init(id: "online", label: "online", terms: ["en línea", "sin papel"])]))
        #expect(conceptIDs("en la línea de siempre", online).isEmpty)
        #expect(conceptIDs("trámites sin papel", online) == ["online"])
    }

    @Test func conceptMatchesKeepTheWrittenWords() {
        let concepts = spanish.analyze("No hay Recursos Financieros").concepts
        #expect(concepts.first?.surface == "recursos financieros")
        #expect(concepts.first?.label == "presupuesto y financiamiento")
    }

    @Test func englishPipeline() {
        #expect(english.stem("trainings") == "train")
        #expect(conceptIDs("lack of funding", english) == ["budget"])
        #expect(conceptIDs("too much red tape", english) == ["bureaucracy"])
        #expect(english.analyze("the users' trust").contentStems == ["user", "trust"])
    }

    @Test func emptyThesaurusMatchesNothing() {
        let plain = TextAnalyzer(language: .spanish, thesaurus: .empty)
        #expect(plain.analyze("Falta de presupuesto").concepts.isEmpty)
    }
}
