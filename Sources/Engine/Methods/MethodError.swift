/// A method that cannot plan with what it was given. Every case names the offending value
/// so the message can quote it.
public enum MethodError: Error, Equatable, Sendable {
    /// What a parameter accepts, for messages.
    public enum Expectation: Equatable, Sendable {
        case integer(ClosedRange<Int>)
        case text
        case textList
        case choice([String])
        case flag
        /// At least this many texts separated by `|`.
        case atLeastTexts(Int)
        /// Exactly this many texts separated by `|`.
        case exactTexts(Int)
    }

    case unknownMethod(String, suggestion: String?, known: [String])
    case unknownParameter(method: String, parameter: String, suggestion: String?, known: [String])
    case invalidParameter(parameter: String, value: String, expected: Expectation)
    /// Fewer participants than the method needs.
    case tooFewParticipants(method: String, needed: Int, found: Int)
    /// More tables than participants to sit at them.
    case moreTablesThanParticipants(tables: Int, participants: Int)
    case unknownCanvas(String, known: [String])
    /// Two methods registered with the same id or alias.
    case duplicateIdentifier(String)
    /// A method id or alias that is not kebab-case (`world-cafe`).
    case invalidIdentifier(String)
    /// A method's own plan breaks a rule (a bug in the method, reported rather than hidden).
    case invalidPlan(method: String, reason: String)
    /// A host named in the parameters who is not on the roster.
    case unknownHost(String, suggestion: String?)
    /// More hosts named than there are tables.
    case tooManyHosts(hosts: Int, tables: Int)
    /// A method that discusses one question per round was given more questions than rounds.
    case moreQuestionsThanRounds(method: String, questions: Int, rounds: Int)
    /// The seating planner cannot seat this setup (for example more people than seats).
    case seatingImpossible(SeatingError)
}
