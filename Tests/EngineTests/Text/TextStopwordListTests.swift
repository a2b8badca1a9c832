import Testing

@testable import Engine

@Suite struct TextStopwordListTests {
    /// Words that carry the themes of public-sector workshops: none may be a stopword.
    static let meaningfulSpanish = [
        "trabajo", "tiempo", "usuarios", "usuario", "equipo", "equipos", "falta", "personas", "servicio", "servicios",
        "recursos", "capacitacion", "presupuesto", "ley", "normativa", "cambio", "gestion", "datos", "innovacion",
        "bajo", "baja", "estado", "ciudadania", "jefaturas", "burocracia", "tramites", "miedo", "riesgo", "confianza",
        "lenguaje", "claro", "tecnologia", "procesos", "mejorar", "necesidad", "apoyo", "problema", "nuevo", "hacer",
        "red", "redes", "metodos", "herramientas", "incentivos", "plazos", "carga",
    ]
    static let meaningfulEnglish = [
        "time", "work", "users", "team", "lack", "people", "service", "budget", "training", "law", "change", "data",
        "trust", "leadership", "staff", "red", "tape", "low",
    ]

    @Test func meaningfulWordsStay() {
        for word in Self.meaningfulSpanish {
            #expect(!StopwordList.spanish.contains(word), "\(word) must not be a Spanish stopword")
        }
        for word in Self.meaningfulEnglish {
            #expect(!StopwordList.english.contains(word), "\(word) must not be an English stopword")
        }
    }

    @Test func grammaticalWordsGo() {
        for word in ["el", "de", "que", "los", "estan", "porque", "nuestros", "hay", "muy", "para", "x", "q"] {
            #expect(StopwordList.spanish.contains(word), "\(word) should be a Spanish stopword")
        }
        for word in ["the", "of", "and", "is", "don't", "their", "would"] {
            #expect(StopwordList.english.contains(word), "\(word) should be an English stopword")
        }
    }

    @Test func listsAreNormalised() {
        for word in StopwordList.spanish.words.union(StopwordList.english.words) {
            #expect(TextNormalizer.fold(word) == word, "\(word) is not in normalised form")
        }
        #expect(!StopwordList.spanish.contains("7"))
    }
}
