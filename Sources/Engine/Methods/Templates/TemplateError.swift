/// A canvas or method file that could not be used: which file, where in it (line, column
/// and JSON path, e.g. `$.phases[2].minutes`), and what was expected there.
public struct TemplateError: Error, Equatable, Sendable {
    public var file: String
    /// 1-based line and column of the offending value (or of the object missing a member).
    public var line: Int
    public var column: Int
    /// JSONPath-like location: `$`, `$.sections[1].title`.
    public var path: String
    public var problem: TemplateProblem

    public init(file: String, line: Int, column: Int, path: String, problem: TemplateProblem) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.problem = problem
    }

    /// `file:line:column`, as editors and terminals link it.
    public var location: String { "\(file):\(line):\(column)" }
}
