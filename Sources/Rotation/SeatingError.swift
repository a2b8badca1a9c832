/// Why a ``SeatingProblem`` cannot be planned. Every message quotes the offending value.
public enum SeatingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The number of tables must be in `1...SeatingProblem.maximumTables`.
    case invalidTableCount(Int)
    /// The number of rounds must be in `0...SeatingProblem.maximumRounds`.
    case invalidRoundCount(Int)
    /// More people than ``SeatingProblem/maximumPeople``.
    case tooManyPeople(Int)
    /// More finished rounds than rounds in the workshop.
    case tooManyFinishedRounds(finished: Int, rounds: Int)
    /// Institution indices must be non-negative.
    case invalidInstitution(person: Int, value: Int)
    /// Region indices must be non-negative.
    case invalidRegion(person: Int, value: Int)
    /// A host is fixed to a table that does not exist.
    case hostTableOutOfRange(person: Int, table: Int)
    /// `capacities` must have one entry per table.
    case capacityCountMismatch(expected: Int, got: Int)
    /// A table capacity is negative.
    case negativeCapacity(table: Int, capacity: Int)
    /// More hosts are fixed to a table than it has seats.
    case hostsExceedCapacity(table: Int, hosts: Int, capacity: Int)
    /// The tables together have fewer seats than there are present people.
    case insufficientCapacity(people: Int, seats: Int)
    /// `questions` must have one row per round.
    case questionRoundCountMismatch(expected: Int, got: Int)
    /// Each row of `questions` must have one entry per table.
    case questionTableCountMismatch(round: Int, expected: Int, got: Int)
    /// More distinct question ids than ``SeatingProblem/maximumQuestions``.
    case tooManyQuestions(Int)
    /// A finished round must list every table (possibly empty).
    case finishedRoundTableCountMismatch(round: Int, expected: Int, got: Int)
    /// A finished round mentions a person id outside the roster.
    case unknownPersonInFinishedRound(round: Int, person: Int)
    /// A finished round seats somebody twice.
    case personSeatedTwice(round: Int, person: Int)
    /// Planned rounds x tables x (institutions + regions) exceeds
    /// ``SeatingProblem/maximumCountCells``.
    case problemTooLarge(rounds: Int, tables: Int, kinds: Int)
    /// `mix` needs a positive number of people and groups.
    case invalidMixing(people: Int, groups: Int)

    public var description: String {
        switch self {
        case .invalidTableCount(let count):
            return "table count must be between 1 and \(SeatingProblem.maximumTables), got \(count)"
        case .invalidRoundCount(let count):
            return "round count must be between 0 and \(SeatingProblem.maximumRounds), got \(count)"
        case .tooManyPeople(let count):
            return "at most \(SeatingProblem.maximumPeople) people can be planned, got \(count)"
        case .tooManyFinishedRounds(let finished, let rounds):
            return "\(finished) finished rounds but the workshop has only \(rounds) rounds"
        case .invalidInstitution(let person, let value):
            return "person \(person) has invalid institution index \(value)"
        case .invalidRegion(let person, let value):
            return "person \(person) has invalid region index \(value)"
        case .hostTableOutOfRange(let person, let table):
            return "person \(person) hosts table \(table), which does not exist"
        case .capacityCountMismatch(let expected, let got):
            return "expected \(expected) table capacities, got \(got)"
        case .negativeCapacity(let table, let capacity):
            return "table \(table) has negative capacity \(capacity)"
        case .hostsExceedCapacity(let table, let hosts, let capacity):
            return "table \(table) has \(hosts) hosts but only \(capacity) seats"
        case .insufficientCapacity(let people, let seats):
            return "\(people) present people but only \(seats) seats"
        case .questionRoundCountMismatch(let expected, let got):
            return "expected questions for \(expected) rounds, got \(got)"
        case .questionTableCountMismatch(let round, let expected, let got):
            return "round \(round) lists questions for \(got) tables, expected \(expected)"
        case .tooManyQuestions(let count):
            return "at most \(SeatingProblem.maximumQuestions) distinct questions are supported, got \(count)"
        case .finishedRoundTableCountMismatch(let round, let expected, let got):
            return "finished round \(round) lists \(got) tables, expected \(expected)"
        case .unknownPersonInFinishedRound(let round, let person):
            return "finished round \(round) mentions unknown person \(person)"
        case .personSeatedTwice(let round, let person):
            return "finished round \(round) seats person \(person) twice"
        case .problemTooLarge(let rounds, let tables, let kinds):
            return "problem too large: \(rounds) rounds x \(tables) tables x \(kinds) institutions and regions"
        case .invalidMixing(let people, let groups):
            return "mixing needs at least one person and one group, got \(people) people and \(groups) groups"
        }
    }
}
