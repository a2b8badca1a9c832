import Foundation
import Testing

@testable import Engine

@Suite struct TextAnalystViewTests {
    let view = TextAnalystView(language: .spanish)

    static let notes = """
        Falta de presupuesto para innovar
        No hay recursos financieros

        presupuesto insuficiente
        Capacitación permanente en innovación
        Formación continua de los funcionarios
        """

    @Test func commandsHaveTheirCLINames() {
        #expect(TextAnalystView.Command.allCases.map(\.rawValue) == ["stem", "keywords", "themes"])
        #expect(TextAnalystView.Command(rawValue: "themes") == .themes)
    }

    @Test func stemReportShowsEachTokenWithItsStem() {
        let report = view.run(.stem, input: "Capacitación de los funcionarios/as\nfalta de ppto")
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines.first == "Capacitación→capacit de· los· funcionarios/as→funcionari")
        #expect(lines.contains("  concepts: capacitacion (capacitación), funcionarios (funcionarios)"))
        #expect(lines.contains("falta→falt de· ppto→presupuest"))
        #expect(report.hasSuffix("(→ stem, · stopword)\n"))
        #expect(view.stems("a\n\nb").count == 2)
    }

    @Test func keywordReportRanksByWeight() {
        let keywords = view.keywords(Self.notes)
        #expect(keywords.first?.conceptID == "presupuesto" || keywords.first?.stem == "presupuest")
        #expect(zip(keywords, keywords.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        #expect(keywords.allSatisfy { $0.weight > 0 && $0.weight <= 1 && $0.documentCount >= 1 })
        let report = view.run(.keywords, input: Self.notes)
        #expect(report.hasPrefix("5 notes, top "))
        #expect(report.contains("presupuesto"))
        #expect(!report.contains(" presupuest\n"))
    }

    @Test func themeReportListsThemesWithMembers() {
        let report = view.run(.themes, input: Self.notes)
        let similarity = String(format: "%.3f", ThemeClusterer.Configuration.defaultSimilarity)
        #expect(report.hasPrefix("5 notes, 2 themes (similarity \(similarity))"))
        #expect(report.contains("Theme 1: \""))
        #expect(report.contains("  3 notes; cohesion "))
        #expect(report.contains("  - No hay recursos financieros\n"))
        #expect(!report.contains("Cross-cutting"))
        let structured = view.report(Self.notes)
        #expect(structured.themes.map(\.counts.notes) == [3, 2])
    }

    @Test func locatedInputIsGroupedPerQuestionAndDimension() {
        let input = """
            1\t1\t2\tcapacidades\tFalta de presupuesto para innovar
            2\t2\t2\tcapacidades\tNo hay recursos financieros
            3\t1\t3\testructuras\tFondos concursables para financiar ideas
            """
        let documents = TextAnalystView.documents(from: input)
        #expect(documents.map(\.table) == [1, 2, 3])
        #expect(documents.map(\.question) == [2, 2, 3])
        #expect(documents.last?.dimension == "estructuras")
        let report = view.run(.themes, input: input)
        #expect(report.contains("[question 2, capacidades]"))
        #expect(report.contains("2 notes, 2 tables, 2 rounds"))
        #expect(report.contains("Cross-cutting themes"))
    }

    @Test func corpusFormatIsRead() {
        let input = "theme\tquestion\tdimension\ttable\tround\ttext\nx\t1\tmetodos\t4\t2\tPilotos antes de escalar\n"
        let documents = TextAnalystView.documents(from: input)
        #expect(
            documents == [
                TextDocument(id: 1, text: "Pilotos antes de escalar", table: 4, round: 2, question: 1, dimension: "metodos")
            ])
    }

    @Test func emptyInput() {
        #expect(view.run(.stem, input: "") == "(no text)\n")
        #expect(view.run(.keywords, input: "\n \n") == "(no keywords)\n")
        #expect(view.run(.themes, input: "") == "(no notes)\n")
    }

    @Test func decimals() {
        #expect(TextAnalystView.decimal(0.1604) == "0.160")
        #expect(TextAnalystView.decimal(1) == "1.000")
        #expect(TextAnalystView.decimal(0.0456) == "0.046")
    }
}
