/// Why a check-in cannot be recorded. Nothing is recorded when one is thrown. `origin` is
/// `file:line` for names read from a check-in list, nil for names on the command line.
public enum CheckInError: Error, Hashable, Sendable {
    /// A name matches nobody on the roster.
    case unknownName(String, suggestion: String?, origin: String?)
    /// An id that no participant has.
    case unknownID(Int, origin: String?)
    /// A name matches several participants: mark them by id.
    case ambiguousName(String, candidates: [Participant], origin: String?)
    /// The same person is marked present and absent.
    case conflictingMarks(Participant)
    /// A walk-in not written as `NAME;INSTITUTION[;REGION]`.
    case invalidWalkIn(String)
    /// A walk-in whose name is already on the roster (mark them present instead).
    case walkInOnRoster(String, participant: Participant)
    /// The same walk-in given twice.
    case duplicateWalkIn(String)
    /// A check-in list without a name column.
    case listMissingNameColumn(file: String, headers: [String])
    /// A check-in list with no rows.
    case listEmpty(file: String)
    /// A quoted field that never ends.
    case listUnterminatedQuote(file: String, line: Int)
    /// A value of the attendance column that means neither present, absent nor walk-in.
    case invalidListStatus(file: String, line: Int, value: String)
    /// The session has no agenda to seat people in.
    case notPlanned
    /// The seating planner cannot seat the people present.
    case seating(SeatingError)
}
