import Foundation
import Testing

@testable import Engine

/// Every word of the official Snowball vocabularies must get exactly the official stem.
@Suite struct TextSnowballVectorTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/snowball")

    static func lines(_ name: String) throws -> [String] {
        let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func mismatches(stemmer: some Stemmer, vocabulary: String, output: String) throws -> (Int, [String]) {
        let words = try lines(vocabulary)
        let stems = try lines(output)
        #expect(words.count == stems.count)
        var wrong: [String] = []
        for (word, expected) in zip(words, stems) {
            let actual = stemmer.stem(word)
            if actual != expected { wrong.append("\(word) -> \(actual) (expected \(expected))") }
        }
        return (words.count, wrong)
    }

    @Test func spanishVocabulary() throws {
        let (count, wrong) = try Self.mismatches(
            stemmer: SpanishStemmer(), vocabulary: "es-voc.txt", output: "es-output.txt")
        #expect(count > 28_000)
        #expect(wrong.isEmpty, "\(wrong.count) wrong, e.g. \(wrong.prefix(20))")
    }

    @Test func englishVocabulary() throws {
        let (count, wrong) = try Self.mismatches(
            stemmer: EnglishStemmer(), vocabulary: "en-voc.txt", output: "en-output.txt")
        #expect(count > 42_000)
        #expect(wrong.isEmpty, "\(wrong.count) wrong, e.g. \(wrong.prefix(20))")
    }
}
