/// A row that cannot be imported.
public struct NoteImportRejection: Sendable, Equatable {
    public var line: Int
    public var problem: NoteImportProblem

    public init(line: Int, problem: NoteImportProblem) {
        self.line = line
        self.problem = problem
    }
}
