/// Why a row of a notes CSV cannot be imported (values as found in the file).
public enum NoteImportProblem: Error, Sendable, Equatable {
    case emptyText
    case tooLong(length: Int)
    case missingTable
    case unknownTable(value: String, tables: [Int])
    case unknownRound(value: String, rounds: [Int])
    case tableNotInRound(table: Int, round: Int)
    case unknownQuestion(value: String, questions: [Int])
    /// The row's round and question disagree: in that round the table held `expected`.
    case questionMismatch(table: Int, round: Int, expected: Int, found: Int)
    /// The table never held the question.
    case questionNotAtTable(table: Int, question: Int, held: [Int])
    /// No round and no question, and the table held several questions.
    case needRoundOrQuestion(table: Int, held: [Int])
    case unknownSection(value: String, known: [String])
}
