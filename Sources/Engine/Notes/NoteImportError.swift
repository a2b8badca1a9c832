/// A notes CSV that cannot be read at all.
public enum NoteImportError: Error, Equatable, Sendable {
    case empty(file: String)
    case unterminatedQuote(file: String, line: Int)
    case missingColumn(file: String, column: NoteImportColumn, headers: [String])
    case noRows(file: String)
    case noAgenda
}
