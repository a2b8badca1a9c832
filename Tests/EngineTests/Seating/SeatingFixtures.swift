import Engine

/// Rosters, agendas and independent checks for the session seating tests.
enum SeatingFixtures {
    static let regions = ["Arica", "Maule", "Biobío", "Aysén"]

    /// `count` people from `institutions` institutions (dealt in random order, so sizes vary)
    /// and a few regions; `absent` of them marked absent.
    static func roster(
        count: Int, institutions: Int, absent: Int = 0, generator: inout SeededGenerator
    ) -> [Participant] {
        var people = (1...max(1, count)).map { id in
            Participant(
                id: id, name: "Persona \(id)",
                institution: "Servicio \(Int.random(in: 0..<max(1, institutions), using: &generator))",
                region: regions[Int.random(in: 0..<regions.count, using: &generator)])
        }
        for index in people.indices.shuffled(using: &generator).prefix(absent) { people[index].status = .absent }
        return people
    }

    /// An agenda of `tables` tables and one round per movement; questions spread over the tables
    /// (`questions` of them, moving with the rounds as in OPSI) or one per round for all tables.
    static func agenda(
        tables: Int, movements: [RoundMovement], questions: Int, perTable: Bool = true, hosts: [[Int]] = [],
        groupSizes: [Int?] = [], capacities: [Int?] = []
    ) -> Agenda {
        let canvas = Canvas(id: "c", title: LocalizedText("C"), sections: [CanvasSection(id: "s", title: LocalizedText("S"))])
        let tableList = (1...tables).map { number in
            WorkshopTable(
                number: number, name: "\(number)",
                capacity: capacities.indices.contains(number - 1) ? capacities[number - 1] : nil,
                hosts: hosts.indices.contains(number - 1) ? hosts[number - 1] : [])
        }
        let rounds = movements.enumerated().map { index, movement in
            RoundPlan(
                round: index + 1,
                assignments: tableList.map { table in
                    TableAssignment(
                        table: table.number,
                        question: perTable ? (table.number - 1 + index) % questions + 1 : index % questions + 1, canvas: "c")
                },
                movement: movement, groupSize: groupSizes.indices.contains(index) ? groupSizes[index] : nil)
        }
        return Agenda(
            tables: tableList,
            questions: (1...questions).map {
                Question(number: $0, title: LocalizedText("Q\($0)"), text: LocalizedText("Q\($0)?"))
            },
            canvases: [canvas],
            phases: [Phase(kind: .other, title: LocalizedText("Inicio"), plannedSeconds: 600)]
                + rounds.map { Phase(kind: .round, title: LocalizedText("R\($0.round)"), plannedSeconds: 1200, round: $0.round) },
            rounds: rounds, voting: nil)
    }

    /// Broken hard rules of a seating, checked from first principles: every present person at
    /// exactly one table per round and nobody else; sizes within one (unless a table is at
    /// capacity); hosts at their table; `stay` and `home` rounds as their source; sub-groups
    /// partitioning each table with sizes within one. Rounds before `from` are history (their
    /// people are those of that time) and are not checked.
    static func violations(
        _ seating: [RoundSeating], agenda: Agenda, participants: [Participant], from: Int = 1
    ) -> [String] {
        var found: [String] = []
        let present = Set(participants.filter { $0.status.isSeated }.map(\.id))
        let hosts = agenda.hostTables
        if seating.map(\.round) != agenda.rounds.map(\.round) { found.append("rounds \(seating.map(\.round))") }
        for (index, (round, plan)) in zip(seating, agenda.rounds).enumerated() where round.round >= from {
            let seated = round.tables.flatMap(\.participants)
            if seated.count != Set(seated).count { found.append("round \(round.round): someone sits twice") }
            if Set(seated) != present { found.append("round \(round.round): seated \(Set(seated).symmetricDifference(present))") }
            let sizes = round.tables.map(\.participants.count)
            let open = round.tables.filter { table in
                agenda.table(table.table)?.capacity.map { table.participants.count < $0 } ?? true
            }.map(\.participants.count)
            if let largest = sizes.max(), let smallest = open.min(), largest - smallest > 1 {
                found.append("round \(round.round): sizes \(sizes)")
            }
            for table in round.tables {
                if let capacity = agenda.table(table.table)?.capacity, table.participants.count > capacity {
                    found.append("round \(round.round): table \(table.table) over capacity")
                }
                for person in table.participants where hosts[person].map({ $0 != table.table }) ?? false {
                    found.append("round \(round.round): host \(person) left their table")
                }
                if plan.groupSize != nil {
                    let members = table.groups.flatMap { $0 }
                    let groupSizes = table.groups.map(\.count)
                    if members.sorted() != table.participants.sorted() || table.groups.contains(where: \.isEmpty)
                        || (groupSizes.max() ?? 0) - (groupSizes.min() ?? 0) > 1
                    {
                        found.append("round \(round.round), table \(table.table): groups \(table.groups)")
                    }
                } else if !table.groups.isEmpty {
                    found.append("round \(round.round), table \(table.table): unexpected groups")
                }
            }
            let source: RoundSeating? =
                plan.movement == .stay && index > 0 ? seating[index - 1] : plan.movement == .home && index > 0 ? seating[0] : nil
            if let source {
                for table in round.tables where Set(table.participants) != Set(source.participants(atTable: table.table)) {
                    found.append("round \(round.round) (\(plan.movement.rawValue)): table \(table.table) changed")
                }
            }
        }
        return found
    }

    /// Repeated pairs counted over the rounds where people move (round 1 and `rotate` rounds).
    static func repeatedPairs(_ seating: [RoundSeating], agenda: Agenda) -> Int {
        var met: [Set<Int>: Int] = [:]
        for (index, (round, plan)) in zip(seating, agenda.rounds).enumerated() where index == 0 || plan.movement == .rotate {
            for table in round.tables {
                for a in table.participants {
                    for b in table.participants where a < b { met[[a, b], default: 0] += 1 }
                }
            }
        }
        return met.values.reduce(0) { $0 + max(0, $1 - 1) }
    }

    /// Same-institution pairs at a table, summed over the rounds where people move.
    static func sameInstitutionPairs(_ seating: [RoundSeating], agenda: Agenda, participants: [Participant]) -> Int {
        let institution = Dictionary(participants.map { ($0.id, $0.institution) }, uniquingKeysWith: { first, _ in first })
        var total = 0
        for (index, (round, plan)) in zip(seating, agenda.rounds).enumerated() where index == 0 || plan.movement == .rotate {
            for table in round.tables {
                for a in table.participants {
                    for b in table.participants where a < b && institution[a] == institution[b] { total += 1 }
                }
            }
        }
        return total
    }
}
