import Engine
import Foundation

/// One note of a labelled corpus file (`Benchmarks/corpus/notes-es.tsv`): its true theme and
/// where it was said.
struct LabelledNote {
    var theme: String
    var question: Int
    var dimension: String
    var table: Int
    var round: Int
    var text: String

    static let header = "theme\tquestion\tdimension\ttable\tround\ttext"

    /// Reads a TSV file with the columns theme, question, dimension, table, round, text.
    static func load(_ path: String) throws -> [LabelledNote] {
        let content = try String(contentsOfFile: path, encoding: .utf8)
        var notes: [LabelledNote] = []
        for (number, line) in content.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            if number == 0, line.hasPrefix("theme\t") { continue }
            let fields = line.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6, let question = Int(fields[1]), let table = Int(fields[3]), let round = Int(fields[4])
            else {
                throw BenchmarkError.badLine(path: path, line: number + 1)
            }
            notes.append(
                LabelledNote(
                    theme: fields[0], question: question, dimension: fields[2], table: table, round: round, text: fields[5]))
        }
        return notes
    }

    static func save(_ notes: [LabelledNote], to path: String) throws {
        var text = header + "\n"
        for note in notes {
            text += "\(note.theme)\t\(note.question)\t\(note.dimension)\t\(note.table)\t\(note.round)\t\(note.text)\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func document(id: Int) -> TextDocument {
        TextDocument(id: id, text: text, table: table, round: round, question: question, dimension: dimension)
    }
}
