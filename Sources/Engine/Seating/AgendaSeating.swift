/// The seating planner (``SeatingPlanner``) applied to a session's agenda: the default seating
/// of every method that does not seat people itself, and the re-planning after check-in.
///
/// How the agenda maps to a ``SeatingProblem``:
///
/// - **People**: every participant, in the given order; those whose status is not seated
///   (``AttendanceStatus/isSeated``) are absent (`isPresent: false`: their past encounters
///   count, they get no seat). Institutions and regions are compared by ``NameKey``
///   ("Min. de Salud" and "min. de salud" are one institution); empty ones are unknown.
/// - **Hosts**: a table's ``WorkshopTable/hosts`` never move (`hostTable`).
/// - **Capacities**: ``WorkshopTable/capacity`` when any table has one (the others are
///   unlimited).
/// - **Rounds**: only rounds in which people move are planned: round 1 and every round that
///   ``RoundMovement/rotate``s. A ``RoundMovement/stay`` round keeps the previous round's
///   tables and a ``RoundMovement/home`` round round 1's, so their encounters are not new and
///   do not count. After a check-in such a round drops the absent and seats newcomers at the
///   smallest tables (nobody else moves).
/// - **Questions**: when some round holds different questions at different tables, the
///   planner's question rule is about questions (nobody meets a question twice while one is
///   new to them); when every round holds one question at all tables (World Café, gallery
///   walk), it is about tables, so people visit new tables (new hosts, new proposals).
/// - **Sub-groups**: in rounds with a ``RoundPlan/groupSize``, each table is split into
///   `max(1, people / groupSize)` sub-groups whose sizes differ by at most one, institutions
///   dealt over them.
///
/// The quality report covers the planned rounds (moves), finished ones included.
public struct AgendaSeating: Sendable {
    /// What a plan gives: the seating of the rounds from the first one planned on, and its
    /// quality.
    public struct Outcome: Sendable, Hashable {
        /// One seating per round from `fromRound` on, in agenda order.
        public var rounds: [RoundSeating]
        /// The planner's report over the whole session (kept rounds included).
        public var quality: SeatingReport
    }

    public var agenda: Agenda
    /// Everyone on the roster, absent people and walk-ins included.
    public var participants: [Participant]
    /// The session's seed (``SessionInfo/seed``): the same inputs and seed give the same seating.
    public var seed: Int
    public var options: SeatingPlanner.Options

    public init(agenda: Agenda, participants: [Participant], seed: Int, options: SeatingPlanner.Options = .init()) {
        self.agenda = agenda
        var seen: Set<Int> = []
        self.participants = participants.filter { seen.insert($0.id).inserted }
        self.seed = seed
        self.options = options
    }

    /// Plans every round numbered `fromRound` or later; rounds before it keep their seating in
    /// `kept` (their encounters count). Returns the new rounds and the quality.
    /// - Throws: ``SeatingError`` when the tables cannot seat the people present.
    public func plan(keeping kept: [RoundSeating] = [], fromRound: Int = 1) throws(SeatingError) -> Outcome {
        let mapping = Mapping(agenda: agenda, participants: participants)
        guard !mapping.tableNumbers.isEmpty, !agenda.rounds.isEmpty else {
            return Outcome(rounds: [], quality: SeatingReport(method: "nothing to plan"))
        }
        let keptByRound = Dictionary(kept.map { ($0.round, $0) }, uniquingKeysWith: { _, last in last })
        let finished = mapping.plannedPositions.filter { agenda.rounds[$0].round < fromRound }.map { position in
            mapping.tables(of: keptByRound[agenda.rounds[position].round])
        }
        let problem = mapping.problem(finishedRounds: finished, seed: seed)
        let plan = try SeatingPlanner(options: options).plan(problem)

        var result: [RoundSeating] = []
        var byPosition: [Int: RoundSeating] = [:]
        for (position, round) in agenda.rounds.enumerated() {
            if round.round < fromRound {
                byPosition[position] = keptByRound[round.round] ?? mapping.emptySeating(round: round.round)
                continue
            }
            var seating: RoundSeating
            switch mapping.source[position] {
            case .planned(let index):
                seating = mapping.seating(round: round.round, tables: plan.rounds[index])
            case .previous:
                seating = mapping.adjusted(byPosition[position - 1], round: round.round)
            case .home:
                seating = mapping.adjusted(byPosition[0], round: round.round)
            }
            seating = mapping.withGroups(seating, size: round.groupSize)
            byPosition[position] = seating
            result.append(seating)
        }
        return Outcome(rounds: result, quality: plan.report)
    }

    /// The quality of a complete seating (one per round), rounds before `fromRound` counted as
    /// finished; `nil` when the agenda has no tables or rounds, or the seating cannot be mapped.
    public func quality(of seating: [RoundSeating], fromRound: Int = 1) -> SeatingReport? {
        let mapping = Mapping(agenda: agenda, participants: participants)
        guard !mapping.tableNumbers.isEmpty, !agenda.rounds.isEmpty else { return nil }
        let byRound = Dictionary(seating.map { ($0.round, $0) }, uniquingKeysWith: { _, last in last })
        let all = mapping.plannedPositions.map { mapping.tables(of: byRound[agenda.rounds[$0].round]) }
        let finishedCount = mapping.plannedPositions.filter { agenda.rounds[$0].round < fromRound }.count
        let problem = mapping.problem(finishedRounds: Array(all.prefix(finishedCount)), seed: seed)
        return try? SeatingPlanner.evaluate(problem, rounds: all)
    }

    /// `seating` with the absent removed and the present who have no seat added at the smallest
    /// tables (hosts at their own), nobody else moving; what a `stay` or running round becomes
    /// after a check-in.
    public func adjusted(_ seating: RoundSeating) -> RoundSeating {
        let mapping = Mapping(agenda: agenda, participants: participants)
        return mapping.withGroups(
            mapping.adjusted(seating, round: seating.round), size: agenda.round(seating.round)?.groupSize)
    }
}

extension AgendaSeating {
    /// Where the seating of an agenda round comes from.
    enum Source: Equatable {
        /// Planned: the planner round with this index.
        case planned(Int)
        /// The previous round's tables.
        case previous
        /// Round 1's tables.
        case home
    }

    /// The translation between agenda and participants on one side and the planner's integer
    /// ids on the other.
    struct Mapping {
        let agenda: Agenda
        let participants: [Participant]
        let tableNumbers: [Int]
        let tableIndex: [Int: Int]
        let personIndex: [Int: Int]
        let people: [SeatingProblem.Person]
        let institutionKey: [String]
        let hostTable: [Int: Int]
        /// Hosts per table index, in the agenda's order.
        let hosts: [[Int]]
        let source: [Source]
        /// Agenda positions of the planned rounds.
        let plannedPositions: [Int]

        init(agenda: Agenda, participants: [Participant]) {
            self.agenda = agenda
            self.participants = participants
            tableNumbers = agenda.tables.map(\.number)
            tableIndex = Dictionary(tableNumbers.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            personIndex = Dictionary(participants.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            var hostTable: [Int: Int] = [:]
            var hosts = [[Int]](repeating: [], count: agenda.tables.count)
            for (index, table) in agenda.tables.enumerated() {
                for host in table.hosts where hostTable[host] == nil && personIndex[host] != nil {
                    hostTable[host] = index
                    hosts[index].append(host)
                }
            }
            self.hostTable = hostTable
            self.hosts = hosts
            func dense(_ values: [String]) -> [Int?] {
                var index: [String: Int] = [:]
                return values.map { value in
                    guard !value.isEmpty else { return nil }
                    if let known = index[value] { return known }
                    index[value] = index.count
                    return index.count - 1
                }
            }
            let institutionKey = participants.map { NameKey.of($0.institution) }
            self.institutionKey = institutionKey
            let institutions = dense(institutionKey)
            let regions = dense(participants.map { NameKey.of($0.region) })
            people = participants.indices.map { index in
                SeatingProblem.Person(
                    institution: institutions[index], region: regions[index],
                    hostTable: hostTable[participants[index].id], isPresent: participants[index].status.isSeated)
            }
            var source: [Source] = []
            var planned: [Int] = []
            for (position, round) in agenda.rounds.enumerated() {
                if position == 0 || round.movement == .rotate {
                    source.append(.planned(planned.count))
                    planned.append(position)
                } else {
                    source.append(round.movement == .stay ? .previous : .home)
                }
            }
            self.source = source
            plannedPositions = planned
        }

        /// The planner's problem with the given finished rounds.
        func problem(finishedRounds: [[[Int]]], seed: Int) -> SeatingProblem {
            let present = people.filter(\.isPresent).count
            let capacities: [Int]? =
                agenda.tables.contains { $0.capacity != nil }
                ? agenda.tables.map { $0.capacity ?? max(present, 1) } : nil
            return SeatingProblem(
                people: people, tableCount: tableNumbers.count, roundCount: plannedPositions.count,
                capacities: capacities, questions: questions(), finishedRounds: finishedRounds,
                seed: UInt64(truncatingIfNeeded: seed))
        }

        /// `questions[plannerRound][table]`: question numbers when some round holds several
        /// questions, otherwise table indices (visit new tables); `nil` beyond 64 ids.
        func questions() -> [[Int]]? {
            let rounds = plannedPositions.map { agenda.rounds[$0] }
            let byQuestion = agenda.rounds.contains { Set($0.assignments.map(\.question)).count > 1 }
            let rows = rounds.map { round in
                tableNumbers.enumerated().map { index, number in
                    byQuestion ? (round.assignment(forTable: number)?.question ?? -1) : index
                }
            }
            guard Set(rows.joined()).count <= SeatingProblem.maximumQuestions else { return nil }
            return rows
        }

        /// A recorded round as planner tables (ids outside the roster and unknown tables dropped).
        func tables(of seating: RoundSeating?) -> [[Int]] {
            var tables = [[Int]](repeating: [], count: tableNumbers.count)
            var seen: Set<Int> = []
            for table in seating?.tables ?? [] {
                guard let index = tableIndex[table.table] else { continue }
                for id in table.participants {
                    if let person = personIndex[id], seen.insert(person).inserted { tables[index].append(person) }
                }
            }
            return tables
        }

        func emptySeating(round: Int) -> RoundSeating {
            RoundSeating(round: round, tables: tableNumbers.map { TableSeating(table: $0, participants: []) })
        }

        /// Planner tables as a round's seating: hosts first (in agenda order), then by id.
        func seating(round: Int, tables: [[Int]]) -> RoundSeating {
            RoundSeating(
                round: round,
                tables: tableNumbers.enumerated().map { index, number in
                    let ids = (index < tables.count ? tables[index] : []).map { participants[$0].id }
                    return TableSeating(table: number, participants: ordered(ids, table: index))
                })
        }

        func ordered(_ ids: [Int], table: Int) -> [Int] {
            let own = Set(ids)
            let hostsHere = hosts[table].filter { own.contains($0) }
            let hostSet = Set(hostsHere)
            return hostsHere + ids.filter { !hostSet.contains($0) }.sorted()
        }

        /// `seating` (or empty tables) with the absent removed and the unseated present added at
        /// the smallest tables: fewest people, then fewest of the newcomer's institution, then
        /// the first table; tables at capacity last. Hosts go to their own table.
        func adjusted(_ seating: RoundSeating?, round: Int) -> RoundSeating {
            var tables = [[Int]](repeating: [], count: tableNumbers.count)
            var seated: Set<Int> = []
            for table in seating?.tables ?? [] {
                guard let index = tableIndex[table.table] else { continue }
                for id in table.participants {
                    guard let person = personIndex[id], people[person].isPresent, hostTable[id].map({ $0 == index }) ?? true,
                        seated.insert(id).inserted
                    else { continue }
                    tables[index].append(id)
                }
            }
            for (position, participant) in participants.enumerated()
            where people[position].isPresent && !seated.contains(participant.id) {
                let target: Int
                if let host = hostTable[participant.id] {
                    target = host
                } else {
                    let key = institutionKey[position]
                    func rank(_ index: Int) -> (Int, Int, Int, Int) {
                        let full = agenda.tables[index].capacity.map { tables[index].count >= $0 } ?? false
                        let same =
                            key.isEmpty
                            ? 0 : tables[index].filter { personIndex[$0].map { institutionKey[$0] == key } ?? false }.count
                        return (full ? 1 : 0, tables[index].count, same, index)
                    }
                    target = tables.indices.min { rank($0) < rank($1) } ?? 0
                }
                tables[target].append(participant.id)
                seated.insert(participant.id)
            }
            return RoundSeating(
                round: round,
                tables: tableNumbers.enumerated().map { index, number in
                    TableSeating(table: number, participants: ordered(tables[index], table: index))
                })
        }

        /// The seating with sub-groups of about `size` at each table (none without a size).
        func withGroups(_ seating: RoundSeating, size: Int?) -> RoundSeating {
            var result = seating
            for index in result.tables.indices {
                let members = result.tables[index].participants
                result.tables[index].groups =
                    size.map { size in
                        SubGroups.split(members, size: size) { id in personIndex[id].map { institutionKey[$0] } ?? "" }
                    } ?? []
            }
            return result
        }
    }
}
