import Foundation
import Testing

@testable import Engine

/// The built-in thesauri as data, and what roles, relations, negations and ambiguous keys do
/// to concept matching.
@Suite struct TextConceptThesaurusTests {
    let spanish = TextAnalyzer(language: .spanish)

    func conceptIDs(_ text: String, _ analyzer: TextAnalyzer) -> [String] {
        analyzer.analyze(text).concepts.map(\.conceptID)
    }

    @Test(arguments: [TextLanguage.spanish, .english])
    func everyTermNamesItsConcept(language: TextLanguage) {
        // A term that another concept claims first, or that stopword removal empties, would be
        // dead weight in the list: each term, analysed alone, must name its own concept.
        let analyzer = TextAnalyzer(language: language)
        var dead: [String] = []
        for concept in analyzer.thesaurus.concepts {
            for term in concept.terms where !conceptIDs(term, analyzer).contains(concept.id) {
                dead.append("\(concept.id): \(term)")
            }
        }
        #expect(dead.isEmpty, "\(dead)")
    }

    @Test(arguments: [TextLanguage.spanish, .english])
    func identifiersAreUniqueAndRelationsResolve(language: TextLanguage) {
        let concepts = ConceptThesaurus.standard(for: language).concepts
        let ids = concepts.map(\.id)
        #expect(Set(ids).count == ids.count)
        for concept in concepts {
            #expect(concept.related.allSatisfy { ids.contains($0) && $0 != concept.id }, "\(concept.id)")
            // Actors never head a note, and weigh less.
            if concept.role == .actor { #expect(concept.weight < 1) }
        }
    }

    @Test func relationsAreSymmetricAndIgnoreUnknownIdentifiers() {
        let thesaurus = ConceptThesaurus(concepts: [
            .init(id: "a", label: "a", terms: ["alfa"], related: ["b", "nada", "a"]),
            .init(id: "b", label: "b", terms: ["beta"]),
            .init(id: "c", label: "c", terms: ["gama"], related: ["b"]),
        ])
        #expect(TextAnalyzer.relations(of: thesaurus) == [[1], [0, 2], [1]])
    }

    @Test func negationsArePartOfPhrases() {
        #expect(conceptIDs("Zonas sin internet", spanish) == ["brecha_digital"])
        #expect(conceptIDs("Los servicios no conversan entre sí", spanish) == ["coordinacion"])
        #expect(conceptIDs("La gente no entiende las cartas", spanish).contains("lenguaje"))
        // Without the negation the phrase is another thing: internet alone is technology.
        #expect(conceptIDs("Todos tienen internet", spanish) == ["tecnologia"])
        // A negation alone names nothing, and does not break phrases around it.
        #expect(conceptIDs("no, nunca, sin", spanish).isEmpty)
        #expect(conceptIDs("no hay recursos financieros", spanish) == ["presupuesto"])
        #expect(StopwordList.spanish.contains("sin") && StopwordList.spanish.isNegation("sin"))
        #expect(spanish.analyze("sin internet").contentStems == ["internet"])
    }

    @Test func singularAndPluralOfConsonantEndingsMatchAlike() {
        #expect(conceptIDs("mesas intersectoriales", spanish) == ["coordinacion"])
        #expect(conceptIDs("trabajo intersectorial", spanish) == ["coordinacion"])
        #expect(
            TextAnalyzer.conceptKey(stem: "legal", folded: "legal") == TextAnalyzer.conceptKey(stem: "legal", folded: "legales"))
        #expect(TextAnalyzer.conceptKey(stem: "jef", folded: "jefe") == TextAnalyzer.conceptKey(stem: "jef", folded: "jefes"))
    }

    @Test func keysSharedByTwoConceptsMatchExactWordsOnly() {
        let thesaurus = ConceptThesaurus(concepts: [
            .init(id: "staff", label: "staff", terms: ["colaboradores"]),
            .init(id: "silos", label: "silos", terms: ["colaborar", "colaboración"]),
        ])
        let analyzer = TextAnalyzer(language: .spanish, thesaurus: thesaurus)
        // "colaborar" and "colaboradores" share the key "colabor+a": each is read as written.
        #expect(conceptIDs("colaboradores", analyzer) == ["staff"])
        #expect(conceptIDs("colaborar y colaboración", analyzer) == ["silos", "silos"])
        // An unlisted form with that key is not guessed.
        #expect(conceptIDs("colaboradora", analyzer).isEmpty)
        // In the built-in thesaurus, "comunicación" is communication, "comunidad" people.
        #expect(conceptIDs("comunicación interna", spanish) == ["difusion"])
        #expect(conceptIDs("falta comunicación", spanish) == ["difusion"])
        #expect(conceptIDs("la comunidad", spanish) == ["ciudadania"])
    }

    @Test func headConceptIsTheFirstTopic() {
        let thesaurus = spanish.thesaurus
        func head(_ text: String) -> String? {
            let index = thesaurus.concepts.indices
            let matched = spanish.analyze(text).concepts.compactMap { match in
                index.first { thesaurus.concepts[$0].id == match.conceptID }
            }
            let head = DocumentVectorizer.headConcept(of: matched, in: thesaurus)
            return head >= 0 ? thesaurus.concepts[head].id : nil
        }
        #expect(head("No hay presupuesto para pilotos") == "presupuesto")
        #expect(head("Pilotos sin presupuesto") == "experimentacion")
        // Broad concepts give way to a topic that follows them.
        #expect(head("Metodologías ágiles") == "agil")
        #expect(head("Sistemas de escucha activa") == "retroalimentacion")
        // ...and head the note when it names no topic.
        #expect(head("Falta de metodologías") == "metodologias")
        // Actors never head.
        #expect(head("Los usuarios y los funcionarios") == nil)
        #expect(head("Escuchar a los usuarios") == "retroalimentacion")
    }
}
