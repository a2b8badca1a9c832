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
