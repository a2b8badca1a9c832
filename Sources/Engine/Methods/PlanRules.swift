/// The hard rules every plan must satisfy, checked on the agenda and seating a method
/// produced. ``WorkshopMethod/plan(for:)`` refuses plans that break them; the method test
/// kit adds the softer checks (coverage, determinism, replay).
public enum PlanRules {
    /// Every broken hard rule of `plan` for the participants `participants` (ids), in the
    /// order durations, tables, voting, hosts, seating. Empty for a valid plan.
    public static func violations(of plan: MethodPlan, participants: [Int]) -> [PlanViolation] {
        var found = durations(plan.agenda)
        found += tables(plan.agenda)
        found += voting(plan.agenda)
        found += hosts(plan.agenda, participants: participants)
        found += seating(plan, participants: participants)
        return found
    }

    /// Phases last more than zero seconds; round phases and round plans match one to one,
    /// numbered 1, 2, 3... in agenda order.
    public static func durations(_ agenda: Agenda) -> [PlanViolation] {
        var found: [PlanViolation] = []
        if agenda.phases.isEmpty { found.append(PlanViolation(.durations, "the agenda has no phases")) }
        for (index, phase) in agenda.phases.enumerated() where phase.plannedSeconds <= 0 {
            found.append(PlanViolation(.durations, "phase \(index + 1) (\(phase.title.en)) lasts \(phase.plannedSeconds) s"))
        }
        let roundPhases = agenda.phases.filter { $0.kind == .round }.map(\.round)
        let expected: [Int?] = (0..<agenda.rounds.count).map { $0 + 1 }
        if roundPhases != expected {
            found.append(
                PlanViolation(
                    .durations,
                    "round phases are numbered \(roundPhases.map { $0.map(String.init) ?? "nil" }) but the agenda has \(agenda.rounds.count) rounds"
                ))
        }
        if agenda.rounds.map(\.round) != (0..<agenda.rounds.count).map({ $0 + 1 }) {
            found.append(PlanViolation(.durations, "round plans are numbered \(agenda.rounds.map(\.round)), not 1, 2, 3..."))
        }
        let total = agenda.phases.reduce(0) { $0 + $1.plannedSeconds }
        if total != agenda.plannedSeconds {
            found.append(
                PlanViolation(.durations, "phases add up to \(total) s but the agenda announces \(agenda.plannedSeconds) s"))
        }
        return found
    }

    /// Tables numbered 1...n; every round gives every table one assignment with a question
    /// and a canvas of the agenda; canvases have sections.
    public static func tables(_ agenda: Agenda) -> [PlanViolation] {
        var found: [PlanViolation] = []
        let numbers = agenda.tables.map(\.number)
        if agenda.tables.isEmpty { found.append(PlanViolation(.tables, "the agenda has no tables")) }
        if numbers != (0..<numbers.count).map({ $0 + 1 }) {
            found.append(PlanViolation(.tables, "tables are numbered \(numbers), not 1...\(numbers.count)"))
        }
        let questionNumbers = agenda.questions.map(\.number)
        if Set(questionNumbers).count != questionNumbers.count {
            found.append(PlanViolation(.tables, "question numbers repeat: \(questionNumbers)"))
        }
        let canvasIDs = agenda.canvases.map(\.id)
        if Set(canvasIDs).count != canvasIDs.count { found.append(PlanViolation(.tables, "canvas ids repeat: \(canvasIDs)")) }
        for canvas in agenda.canvases {
            let sections = canvas.sections.map(\.id)
            if sections.isEmpty { found.append(PlanViolation(.tables, "canvas \(canvas.id) has no sections")) }
            if Set(sections).count != sections.count {
                found.append(PlanViolation(.tables, "canvas \(canvas.id) repeats section ids: \(sections)"))
            }
        }
        for round in agenda.rounds {
            let assigned = round.assignments.map(\.table)
            if assigned.sorted() != numbers.sorted() {
                found.append(
                    PlanViolation(.tables, "round \(round.round) assigns tables \(assigned), expected each of \(numbers) once"))
            }
            for assignment in round.assignments {
                if agenda.question(assignment.question) == nil {
                    found.append(
                        PlanViolation(
                            .tables,
                            "round \(round.round), table \(assignment.table): question \(assignment.question) is not in the agenda"
                        ))
                }
                if agenda.canvas(assignment.canvas) == nil {
                    found.append(
                        PlanViolation(
                            .tables,
                            "round \(round.round), table \(assignment.table): canvas \(assignment.canvas) is not in the agenda"))
                }
            }
            if let size = round.groupSize, size < 1 {
                found.append(PlanViolation(.tables, "round \(round.round) has sub-groups of \(size)"))
            }
        }
        return found
    }

    /// A vote phase needs a voting plan and a voting plan a vote phase; the plan keeps at
    /// least one conclusion and names questions of the agenda; every vote phase follows a round.
    public static func voting(_ agenda: Agenda) -> [PlanViolation] {
        var found: [PlanViolation] = []
        let votePhases = agenda.phases.indices.filter { agenda.phases[$0].kind == .vote }
        guard let voting = agenda.voting else {
            if !votePhases.isEmpty { found.append(PlanViolation(.voting, "the agenda has a vote phase but no voting plan")) }
            return found
        }
        if votePhases.isEmpty { found.append(PlanViolation(.voting, "the agenda has a voting plan but no vote phase")) }
        if voting.keep < 1 { found.append(PlanViolation(.voting, "the vote keeps \(voting.keep) conclusions")) }
        for question in voting.questions ?? [] where agenda.question(question) == nil {
            found.append(PlanViolation(.voting, "the vote names question \(question), which is not in the agenda"))
        }
        for index in votePhases where agenda.questionsVoted(atPhase: index).isEmpty {
            found.append(
                PlanViolation(.voting, "vote phase \(index + 1) (\(agenda.phases[index].title.en)) has no question to decide"))
        }
        return found
    }

    /// Each host at one table. (A host who is not among `participants` is absent: the
    /// seating leaves their table to the others. The test kit checks that a method picks
    /// its hosts among the participants it was given.)
    public static func hosts(_ agenda: Agenda, participants: [Int]) -> [PlanViolation] {
        var found: [PlanViolation] = []
        var seen: [Int: Int] = [:]
        for table in agenda.tables {
            for host in table.hosts {
                if let other = seen[host] {
                    found.append(PlanViolation(.hosts, "participant \(host) hosts tables \(other) and \(table.number)"))
                }
                seen[host] = table.number
            }
        }
        return found
    }

    /// Everyone at exactly one table per round, sizes within one, hosts in place, `stay`
    /// rounds unchanged, sub-groups partitioning their tables.
    public static func seating(_ plan: MethodPlan, participants: [Int]) -> [PlanViolation] {
        var found: [PlanViolation] = []
        let agenda = plan.agenda
        let known = Set(participants)
        if plan.seating.map(\.round) != agenda.rounds.map(\.round) {
            found.append(
                PlanViolation(
                    .seating, "seating covers rounds \(plan.seating.map(\.round)), the agenda has \(agenda.rounds.map(\.round))"))
            return found
        }
        let hostTables = agenda.hostTables
        var previous: RoundSeating?
        let first = plan.seating.first
        for (seating, round) in zip(plan.seating, agenda.rounds) {
            var count: [Int: Int] = [:]
            for table in seating.tables {
                for person in table.participants { count[person, default: 0] += 1 }
            }
            let tableNumbers = seating.tables.map(\.table).sorted()
            if tableNumbers != agenda.tables.map(\.number).sorted() {
                found.append(PlanViolation(.seating, "round \(round.round) seats tables \(tableNumbers)"))
            }
            let missing = participants.filter { count[$0] == nil }
            if !missing.isEmpty {
                found.append(
                    PlanViolation(
                        .seating,
                        "round \(round.round): participants \(missing.prefix(10).map(String.init).joined(separator: ", ")) have no table"
                    ))
            }
            let twice = count.filter { $0.value > 1 }.keys.sorted()
            if !twice.isEmpty {
                found.append(
                    PlanViolation(
                        .seating,
                        "round \(round.round): participants \(twice.prefix(10).map(String.init).joined(separator: ", ")) sit at two tables"
                    ))
            }
            let strangers = count.keys.filter { !known.contains($0) }.sorted()
            if !strangers.isEmpty {
                found.append(
                    PlanViolation(.seating, "round \(round.round): unknown participants \(strangers.prefix(10)) are seated"))
            }
            let sizes = seating.tables.map(\.participants.count)
            if agenda.tables.allSatisfy({ $0.capacity == nil }), let smallest = sizes.min(), let largest = sizes.max(),
                largest - smallest > 1
            {
                found.append(PlanViolation(.seating, "round \(round.round): table sizes range from \(smallest) to \(largest)"))
            }
            for (host, table) in hostTables.sorted(by: { $0.key < $1.key }) where known.contains(host) {
                if seating.table(of: host) != table {
                    found.append(
                        PlanViolation(
                            .hosts,
                            "round \(round.round): host \(host) sits at table \(seating.table(of: host).map(String.init) ?? "none"), not \(table)"
                        ))
                }
            }
            if round.movement == .stay, let previous {
                for table in seating.tables where Set(table.participants) != Set(previous.participants(atTable: table.table)) {
                    found.append(PlanViolation(.seating, "round \(round.round) stays, but table \(table.table) changed"))
                }
            }
            if round.movement == .home, let first {
                for table in seating.tables where Set(table.participants) != Set(first.participants(atTable: table.table)) {
                    found.append(
                        PlanViolation(.seating, "round \(round.round) goes home, but table \(table.table) differs from round 1"))
                }
            }
            for table in seating.tables where !table.groups.isEmpty || round.groupSize != nil {
                if round.groupSize == nil {
                    found.append(
                        PlanViolation(
                            .seating, "round \(round.round), table \(table.table) has sub-groups but the round has none"))
                } else if table.groups.flatMap({ $0 }).sorted() != table.participants.sorted()
                    || table.groups.contains(where: \.isEmpty)
                {
                    found.append(
                        PlanViolation(
                            .seating, "round \(round.round), table \(table.table): sub-groups do not match its participants"))
                }
            }
            previous = seating
        }
        return found
    }
}
