import Foundation
import Testing

@testable import Engine

/// Sanity checks of the labelled benchmark corpus (Benchmarks/corpus/notes-es.tsv).
@Suite struct TextCorpusFileTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Benchmarks/corpus/notes-es.tsv")

    @Test func corpusIsWellFormed() throws {
        let lines = try String(contentsOf: Self.path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == "theme\tquestion\tdimension\ttable\tround\ttext")
        let rows = lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.allSatisfy { $0.count == 6 })
        #expect((700...900).contains(rows.count))
        let themes = Dictionary(grouping: rows, by: { $0[0] })
        #expect((25...40).contains(themes.count))
        #expect(themes.values.contains { $0.count <= 2 })
        #expect(themes.values.contains { $0.count >= 25 })
        #expect(rows.allSatisfy { ["1", "2", "3"].contains($0[1]) })
        #expect(rows.allSatisfy { ["estructuras", "capacidades", "metodos", "interacciones"].contains($0[2]) })
        #expect(rows.allSatisfy { Int($0[3]) != nil && Int($0[4]) != nil && !$0[5].isEmpty })
        // Every table discusses each question in one round.
        let rounds = Dictionary(grouping: rows, by: { "\($0[3])-\($0[1])" }).mapValues { Set($0.map { $0[4] }) }
        #expect(rounds.values.allSatisfy { $0.count == 1 })
    }
}
