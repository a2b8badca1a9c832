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

/// What is wrong with a value of a template file.
public enum TemplateProblem: Equatable, Sendable {
    /// The file or directory could not be read.
    case unreadable(FileError)
    /// The bytes are not UTF-8.
    case invalidUTF8
    /// Not well-formed JSON.
    case syntax(JSONSyntaxError)
    /// A required member is absent.
    case missing
    /// A list that must hold at least one element is empty.
    case emptyList
    /// The file declares a format version this build does not read.
    case unsupportedVersion(Int)
    /// A value of the wrong JSON type.
    case wrongType(expected: TemplateExpectation, found: JSONKind)
    /// A number outside its range.
    case outOfRange(value: Int, range: ClosedRange<Int>)
    /// A word that is not one of the accepted ones.
    case notOneOf(value: String, choices: [String])
    /// An id that is not kebab-case (`lower-case-words`).
    case invalidIdentifier(String)
    /// An empty text, or a text object without one of the languages.
    case emptyText(missing: Language?)
    /// A member the format does not know (usually a typo).
    case unknownMember(String, suggestion: String?)
    /// A canvas id that no template file defines.
    case unknownCanvas(String, suggestion: String?, known: [String])
    /// A question number beyond the method's questions.
    case unknownQuestion(Int, count: Int)
    /// The id is already defined by another file of the same directory.
    case duplicateIdentifier(String, otherFile: String)
    /// The id or alias belongs to a built-in method.
    case reservedIdentifier(String)
    /// A method without any conversation round.
    case noRounds
}

/// What a template value should have been, for messages.
public enum TemplateExpectation: Equatable, Sendable {
    case object
    case array
    case string
    /// A string, or an object `{"es": ..., "en": ...}`.
    case text
    case integer
    case boolean
    /// A canvas id (string) or a canvas object.
    case canvasReference
    /// A question number, or `"spread"`.
    case questionChoice
}

/// The type of a JSON value, for messages.
public enum JSONKind: String, Equatable, Sendable {
    case null, boolean, number, string, array, object

    public init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool: self = .boolean
        case .integer, .double: self = .number
        case .string: self = .string
        case .array: self = .array
        case .object: self = .object
        }
    }
}
