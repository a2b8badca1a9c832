import Testing

@testable import Engine

@Suite struct TextThemeClustererTests {
    static func notes(_ texts: [String], question: Int = 2, dimension: String? = "capacidades") -> [TextDocument] {
        texts.enumerated().map { index, text in
            TextDocument(
                id: index + 1, text: text, table: index % 3 + 1, round: index % 2 + 1, question: question, dimension: dimension)
        }
    }

    /// The same notes with ids shifted, so that several sets can be combined.
    static func renumbered(_ documents: [TextDocument], by offset: Int) -> [TextDocument] {
        documents.map { document in
            var shifted = document
            shifted.id += offset
            return shifted
        }
    }

    static let budget = [
        "Falta de presupuesto para innovar", "No hay recursos financieros", "presupuesto insuficiente",
        "Faltan fondos y financiamiento para proyectos",
    ]
    static let training = [
        "Capacitación permanente en innovación", "Formación continua de los funcionarios",
        "Cursos de capacitacion para los equipos",
    ]
    static let rules = ["Marco normativo rígido", "La normativa no permite innovar", "leyes y regulación desactualizadas"]

    let clusterer = ThemeClusterer(configuration: .init(language: .spanish, grouping: .none))

    func partition(_ themes: [Theme]) -> Set<Set<Int>> { Set(themes.map { Set($0.memberIDs) }) }

    @Test func paraphrasesWithoutSharedWordsGroupTogether() {
        let documents = Self.notes(Self.budget + Self.training + Self.rules + ["Espacios físicos para cocrear"])
        let themes = clusterer.themes(for: documents)
        #expect(partition(themes) == [Set(1...4), Set(5...7), Set(8...10), [11]])
        // Ordered by mention counts.
        #expect(themes.map(\.counts.notes) == [4, 3, 3, 1])
        #expect(themes.map(\.id) == [0, 1, 2, 3])
    }

    @Test func labelIsTheMostRepresentativeMember() {
        let documents = Self.notes(Self.budget)
        guard let theme = clusterer.themes(for: documents).first else {
            Issue.record("no theme")
            return
        }
        #expect(theme.labelDocumentID == theme.memberIDs.first)
        #expect(Self.budget.contains(theme.label))
        // The medoid maximises the summed similarity to the others: check against all members.
        let corpus = clusterer.vectorize(documents)
        let sum = corpus.vectors.reduce(SparseVector.zero, +)
        let scores = corpus.vectors.map { $0.dot(sum) }
        let best = scores.indices.max { scores[$0] < scores[$1] }
        #expect(best.map { documents[$0].id } == theme.labelDocumentID)
    }

    @Test func keywordsAreWrittenFormsNotStems() {
        let themes = clusterer.themes(for: Self.notes(Self.budget))
        let keywords = themes.first?.keywords.map(\.text) ?? []
        #expect(keywords.contains("presupuesto"))
        #expect(!keywords.contains("presupuest"))
        #expect(keywords.allSatisfy { !$0.isEmpty })
        #expect(themes.first?.concepts.first == "presupuesto y financiamiento")
    }

    @Test func mentionCountsCountNotesTablesAndRounds() {
        let documents = [
            TextDocument(id: 10, text: "Falta de presupuesto", table: 1, round: 1, question: 2),
            TextDocument(id: 11, text: "falta presupuesto!!", table: 1, round: 2, question: 2),
            TextDocument(id: 12, text: "Presupuesto insuficiente", table: 4, round: 2, question: 2),
        ]
        let themes = clusterer.themes(for: documents)
        #expect(themes.count == 1)
        #expect(themes.first?.counts == MentionCounts(notes: 3, tables: 2, rounds: 2))
    }

    @Test func groupingKeepsQuestionsAndDimensionsApart() {
        let grouped = ThemeClusterer(configuration: .init(language: .spanish))
        let documents =
            Self.notes(Self.budget, question: 2, dimension: "capacidades")
            + Self.renumbered(
                Self.notes(["Falta de presupuesto", "No hay presupuesto"], question: 3, dimension: "estructuras"), by: 100)
        let themes = grouped.themes(for: documents)
        #expect(themes.count == 2)
        #expect(themes.map(\.question) == [2, 3])
        #expect(themes.map(\.dimension) == ["capacidades", "estructuras"])
        #expect(grouped.assignments(for: documents) == [0, 0, 0, 0, 1, 1])
    }

    @Test func crossCuttingThemesSpanQuestions() {
        let grouped = ThemeClusterer(configuration: .init(language: .spanish))
        var documents = Self.notes(Self.budget, question: 2)
        documents += Self.renumbered(
            Self.notes(["Fondos concursables para innovar", "asignar presupuesto a innovación"], question: 3), by: 50)
        documents += Self.renumbered(Self.notes(Self.rules, question: 2, dimension: "estructuras"), by: 80)
        let report = grouped.report(for: documents)
        #expect(report.crossCuttingThemes.count == 1)
        #expect(report.crossCuttingThemes.first?.questions == [2, 3])
        #expect(report.crossCuttingThemes.first?.theme.counts.notes == 6)
        #expect(report.crossCuttingConcepts.first?.conceptID == "presupuesto")
        #expect(report.crossCuttingConcepts.allSatisfy { $0.breadth >= 2 })
    }

    @Test func thresholdExtremes() {
        let documents = Self.notes(Self.budget + Self.rules + ["Falta de presupuesto para innovar"])
        let everything = ThemeClusterer(configuration: .init(similarity: 0, grouping: .none)).themes(for: documents)
        #expect(everything.count == 1)
        let strict = ThemeClusterer(configuration: .init(similarity: 1, grouping: .none)).themes(for: documents)
        // Only the exact repeat of the first note joins it.
        #expect(strict.count == documents.count - 1)
        #expect(strict.first?.memberIDs.sorted() == [1, 8])
    }

    @Test func emptyInputAndEmptyNotes() {
        #expect(clusterer.themes(for: []).isEmpty)
        let themes = clusterer.themes(for: Self.notes(["", "de la y", "Falta de presupuesto"]))
        #expect(themes.count == 3)
    }

    @Test func resultDoesNotDependOnInputOrder() {
        let documents = Self.notes(Self.budget + Self.training + Self.rules)
        var generator = SeededGenerator(seed: 5)
        let shuffled = documents.shuffled(using: &generator)
        #expect(partition(clusterer.themes(for: documents)) == partition(clusterer.themes(for: shuffled)))
    }

    @Test func spellingCorrectionsAreReported() {
        let documents = Self.notes(["presupusto insuficiente", "capacitasion continua", "falta coordinacion"])
        let report = clusterer.report(for: documents)
        #expect(report.spellingCorrections["presupusto"] == "presupuesto")
        #expect(report.spellingCorrections["capacitasion"] == "capacitacion")
    }

    @Test func themeConceptsAreTheOnesItsNotesName() {
        // Fear of error is related to punitive control: the relation brings the notes together
        // but the theme lists only what its notes say.
        let themes = clusterer.themes(for: Self.notes(["Temor a equivocarse", "Miedo al fracaso", "miedo a fallar"]))
        #expect(themes.count == 1)
        #expect(themes.first?.concepts == ["miedo al error y aversión al riesgo"])
    }

    @Test func notesAboutFearAndPunitiveControlFormOneTheme() {
        // No note names both: the relation between the concepts brings them together.
        let documents = Self.notes([
            "Miedo a equivocarse", "miedo al fracaso", "Sumarios de la Contraloría", "Fiscalización punitiva",
            "Falta de presupuesto", "No hay recursos financieros",
        ])
        #expect(partition(clusterer.themes(for: documents)) == [Set(1...4), Set(5...6)])
        let unrelated = ThemeClusterer(
            configuration: .init(language: .spanish, grouping: .none, weights: FeatureWeights(relatedConcept: 0)))
        #expect(partition(unrelated.themes(for: documents)) == [Set(1...2), Set(3...4), Set(5...6)])
    }
}
