import Testing

@testable import Engine

@Suite struct NameRedactorTests {
    static let names = ["Camila Rojas Fuentes", "José Núñez Pérez", "Camila Díaz Pino", "María de la Luz Soto Vera"]

    static func redactor() -> NameRedactor {
        NameRedactor(
            names: names, emails: ["camila.rojas@ejemplo.cl", "", "", ""], pseudonym: { "Participante \($0)" },
            marker: "[nombre]")
    }

    @Test func fullAndPartialNamesWithoutAccentsOrCase() {
        let redactor = Self.redactor()
        #expect(redactor.redact("Lo propuso Camila Rojas Fuentes en la mesa") == "Lo propuso Participante 1 en la mesa")
        #expect(redactor.redact("según jose nuñez perez") == "según Participante 2")
        #expect(
            redactor.redact("Idea de Rojas Fuentes, apoyada por José Núñez.")
                == "Idea de Participante 1, apoyada por Participante 2.")
        #expect(redactor.redact("María de la Luz Soto lo dijo") == "Participante 4 lo dijo")
    }

    @Test func firstNamesAloneWhenCapitalised() {
        let redactor = Self.redactor()
        // José is one person; Camila is two.
        #expect(redactor.redact("Como dijo José, falta tiempo") == "Como dijo Participante 2, falta tiempo")
        #expect(redactor.redact("Como dijo Camila, falta tiempo") == "Como dijo [nombre], falta tiempo")
        #expect(redactor.redact("josé no vino") == "josé no vino")
    }

    @Test func surnamesOnlyInsideASentence() {
        let redactor = Self.redactor()
        #expect(redactor.redact("Lo planteó Núñez al final") == "Lo planteó Participante 2 al final")
        // At the start of a sentence a surname is too often a word: "Fuentes de financiamiento".
        #expect(redactor.redact("Fuentes de financiamiento escasas") == "Fuentes de financiamiento escasas")
        #expect(redactor.redact("faltan fuentes de financiamiento") == "faltan fuentes de financiamiento")
        #expect(redactor.redact("Hay poca luz. Soto no estuvo") == "Hay poca luz. Soto no estuvo")
    }

    @Test func emailsAndPseudonymsOfNames() {
        let redactor = Self.redactor()
        #expect(redactor.redact("escribir a CAMILA.ROJAS@ejemplo.cl hoy") == "escribir a Participante 1 hoy")
        #expect(redactor.pseudonym(for: "JOSE NUNEZ PEREZ") == "Participante 2")
        #expect(redactor.pseudonym(for: "Alguien Más") == "[nombre]")
        #expect(redactor.isNameWord("núñez"))
        #expect(!redactor.isNameWord("presupuesto"))
        #expect(!redactor.isNameWord("de"))
        #expect(redactor.redact("Sin nombres aquí") == "Sin nombres aquí")
    }

    @Test func repeatedNamesAreOnePerson() {
        let redactor = NameRedactor(
            names: ["Ana Pérez", "Luis Soto", "ana perez"], pseudonym: { "P\($0)" }, marker: "?")
        #expect(redactor.pseudonym(for: "ana perez") == "P1")
        #expect(redactor.pseudonym(for: "Luis Soto") == "P2")
    }
}
