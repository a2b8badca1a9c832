/// Everything the seating planner needs to know about one workshop, on plain integer ids.
///
/// People are `0..<people.count`, tables are `0..<tableCount`, rounds are `0..<roundCount`.
/// The first `finishedRounds.count` rounds already happened and are kept exactly as given;
/// the planner seats every *present* person in each of the remaining rounds.
///
/// Ids are stable across re-planning: a no-show keeps their id (and their past encounters)
/// with `isPresent == false`; a walk-in is appended with a new id and has no history.
///
/// ```swift
/// let problem = SeatingProblem(
///     people: institutions.map { SeatingProblem.Person(institution: $0) },
///     tableCount: 6, roundCount: 3, seed: 42)
/// let plan = try SeatingPlanner().plan(problem)
/// ```
public struct SeatingProblem: Sendable, Hashable, Codable {
    /// One participant of the workshop.
    public struct Person: Sendable, Hashable, Codable {
        /// Index of the person's institution (any non-negative number), or `nil` if unknown.
        public var institution: Int?
        /// Index of the person's region (any non-negative number), or `nil` if unknown.
        public var region: Int?
        /// The table this person never leaves in planned rounds (a World Café host), if any.
        /// Hosts count in their table's size and in encounters. Ignored for absent people.
        public var hostTable: Int?
        /// Whether the person takes part in the rounds still to be planned.
        public var isPresent: Bool

        /// Creates a participant; everything is optional.
        public init(institution: Int? = nil, region: Int? = nil, hostTable: Int? = nil, isPresent: Bool = true) {
            self.institution = institution
            self.region = region
            self.hostTable = hostTable
            self.isPresent = isPresent
        }
    }

    /// The roster, indexed by person id (including people who are absent now).
    public var people: [Person]
    /// Number of tables (groups) in every round.
    public var tableCount: Int
    /// Optional maximum number of seats per table, `capacities[table]`.
    /// Without capacities, table sizes differ by at most one.
    public var capacities: [Int]?
    /// Total number of rounds of the workshop, finished rounds included.
    public var roundCount: Int
    /// Optional question held at each table in each round, `questions[round][table]`
    /// (any integer ids, at most 64 distinct). When given, nobody meets the same question
    /// twice while a question held in that round is still unvisited by them (hosts excepted).
    public var questions: [[Int]]?
    /// Rounds that already happened, `finishedRounds[round][table] = [person]`. They are kept
    /// exactly and their encounters count. They may mention people who are absent now.
    public var finishedRounds: [[[Int]]]
    /// Seed for every random choice: the same problem and seed always give the same plan.
    public var seed: UInt64

    /// Creates a problem description. Call ``validate()`` (or let the planner do it) to check it.
    public init(
        people: [Person],
        tableCount: Int,
        roundCount: Int,
        capacities: [Int]? = nil,
        questions: [[Int]]? = nil,
        finishedRounds: [[[Int]]] = [],
        seed: UInt64 = 0
    ) {
        self.people = people
        self.tableCount = tableCount
        self.roundCount = roundCount
        self.capacities = capacities
        self.questions = questions
        self.finishedRounds = finishedRounds
        self.seed = seed
    }

    /// A pure group-mixing problem: `people` anonymous participants, `tables` tables, `rounds` rounds.
    public static func mixing(people: Int, tables: Int, rounds: Int, seed: UInt64 = 0) -> SeatingProblem {
        SeatingProblem(
            people: Array(repeating: Person(), count: max(0, people)),
            tableCount: tables,
            roundCount: rounds,
            seed: seed
        )
    }

    /// The largest roster the planner accepts (its meeting matrix is quadratic in this).
    public static let maximumPeople = 4096
    /// The largest number of distinct question ids per problem.
    public static let maximumQuestions = 64
    /// The largest number of rounds per problem.
    public static let maximumRounds = 1000
    /// The largest number of tables per problem.
    public static let maximumTables = 4096
    /// The largest `planned rounds x tables x (institutions + regions)` the planner's count
    /// tables may hold.
    public static let maximumCountCells = 50_000_000

    /// Number of rounds the planner has to seat.
    public var plannedRoundCount: Int { max(0, roundCount - finishedRounds.count) }

    /// Ids of the people seated in planned rounds.
    public var presentPeople: [Int] { people.indices.filter { people[$0].isPresent } }

    /// The host table of `person` in planned rounds (`nil` for non-hosts and absent hosts).
    public func hostTable(of person: Int) -> Int? {
        let p = people[person]
        return p.isPresent ? p.hostTable : nil
    }

    /// Checks that the problem is well formed and feasible.
    /// - Throws: ``SeatingError`` naming the first offending value.
    public func validate() throws(SeatingError) {
        guard tableCount >= 1, tableCount <= Self.maximumTables else { throw .invalidTableCount(tableCount) }
        guard roundCount >= 0, roundCount <= Self.maximumRounds else { throw .invalidRoundCount(roundCount) }
        guard people.count <= Self.maximumPeople else { throw .tooManyPeople(people.count) }
        guard finishedRounds.count <= roundCount else {
            throw .tooManyFinishedRounds(finished: finishedRounds.count, rounds: roundCount)
        }
        for (id, person) in people.enumerated() {
            if let value = person.institution, value < 0 { throw .invalidInstitution(person: id, value: value) }
            if let value = person.region, value < 0 { throw .invalidRegion(person: id, value: value) }
            if let table = person.hostTable, person.isPresent, !(0..<tableCount).contains(table) {
                throw .hostTableOutOfRange(person: id, table: table)
            }
        }
        let kinds = Set(people.compactMap(\.institution)).count + Set(people.compactMap(\.region)).count
        let cells = plannedRoundCount * tableCount * max(1, kinds)
        guard cells <= Self.maximumCountCells else {
            throw .problemTooLarge(rounds: plannedRoundCount, tables: tableCount, kinds: kinds)
        }
        var hosts = Array(repeating: 0, count: tableCount)
        for id in people.indices {
            if let table = hostTable(of: id) { hosts[table] += 1 }
        }
        let present = people.reduce(0) { $0 + ($1.isPresent ? 1 : 0) }
        if let capacities {
            guard capacities.count == tableCount else {
                throw .capacityCountMismatch(expected: tableCount, got: capacities.count)
            }
            for (table, capacity) in capacities.enumerated() {
                guard capacity >= 0 else { throw .negativeCapacity(table: table, capacity: capacity) }
                guard hosts[table] <= capacity else {
                    throw .hostsExceedCapacity(table: table, hosts: hosts[table], capacity: capacity)
                }
            }
            let seats = capacities.reduce(0, +)
            if plannedRoundCount > 0, seats < present {
                throw .insufficientCapacity(people: present, seats: seats)
            }
        }
        if let questions {
            guard questions.count == roundCount else {
                throw .questionRoundCountMismatch(expected: roundCount, got: questions.count)
            }
            var distinct = Set<Int>()
            for (round, row) in questions.enumerated() {
                guard row.count == tableCount else {
                    throw .questionTableCountMismatch(round: round, expected: tableCount, got: row.count)
                }
                distinct.formUnion(row)
            }
            guard distinct.count <= Self.maximumQuestions else { throw .tooManyQuestions(distinct.count) }
        }
        for (round, tables) in finishedRounds.enumerated() {
            guard tables.count == tableCount else {
                throw .finishedRoundTableCountMismatch(round: round, expected: tableCount, got: tables.count)
            }
            var seen = Set<Int>()
            for table in tables {
                for person in table {
                    guard people.indices.contains(person) else {
                        throw .unknownPersonInFinishedRound(round: round, person: person)
                    }
                    guard seen.insert(person).inserted else {
                        throw .personSeatedTwice(round: round, person: person)
                    }
                }
            }
        }
    }
}
