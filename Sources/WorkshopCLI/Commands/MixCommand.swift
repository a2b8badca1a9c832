import Engine

/// `workshop mix --people N --groups G --rounds R [--roster FILE] [--seed N] [--format text|json]`:
/// the seating planner on its own, for speed networking and group mixing without a session.
///
/// JSON: `{"rounds": [[[1, 5, 9], [2, 6, 10], ...], ...], "quality": {...}}`, people numbered
/// from 1 (names with `--roster`), groups in order, each group's people in increasing number.
struct MixCommand: ParsableCommand {
    static let formats = ["text", "json"]

    static let configuration = CommandConfiguration(
        name: "mix",
        abstract: .mixAbstract,
        discussion: .mixDiscussion,
        options: [
            OptionSpec("people", short: "n", value: "N", help: .mixOptionPeople),
            OptionSpec("groups", short: "g", value: "G", help: .mixOptionGroups, isRequired: true),
            OptionSpec("rounds", short: "r", value: "R", help: .mixOptionRounds, isRequired: true),
            OptionSpec("roster", value: "FILE", help: .mixOptionRoster, completion: .file(extension: "csv")),
            OptionSpec("seed", value: "N", help: .mixOptionSeed),
            OptionSpec("format", value: "text|json", help: .mixOptionFormat, completion: .choices(formats)),
        ],
        examples: [
            "workshop mix --people 32 --groups 8 --rounds 10",
            "workshop mix --people 24 --groups 6 --rounds 3 --format json | jq '.rounds[0]'",
            "workshop mix --roster inscritos.csv --groups 6 --rounds 3",
        ])

    let people: Int?
    let groups: Int
    let rounds: Int
    let roster: String?
    let seed: Int
    let format: String

    init(_ arguments: ParsedArguments) throws {
        people = try arguments.integer("people", in: 1...SeatingProblem.maximumPeople)
        groups = try arguments.integer("groups", in: 1...SeatingProblem.maximumTables) ?? 1
        rounds = try arguments.integer("rounds", in: 1...SeatingProblem.maximumRounds) ?? 1
        roster = arguments.option("roster")
        seed = try arguments.integer("seed", in: 0...Int(Int32.max)) ?? 1
        format = try arguments.choice("format", among: Self.formats) ?? "text"
        if people == nil, roster == nil { throw UsageError.message(.mixPeopleOrRoster, [:]) }
        if let people, roster == nil, groups > people {
            throw UsageError.message(.mixMoreGroupsThanPeople, ["groups": String(groups), "people": String(people)])
        }
    }

    func run(in context: CommandContext) throws {
        var names: [String]?
        var persons: [SeatingProblem.Person]
        if let roster {
            let result = try RosterReader.read(bytes: try FilePath.read(roster), file: roster)
            for warning in result.warnings { context.warn(ErrorMessages.describe(warning, context.localizer)) }
            let participants = result.participants
            if let people, people != participants.count {
                throw UsageError.message(
                    .mixPeopleMismatch, ["people": String(people), "file": roster, "count": String(participants.count)])
            }
            names = participants.map(\.name)
            persons = Self.people(participants)
        } else {
            persons = Array(repeating: SeatingProblem.Person(), count: people ?? 0)
        }
        guard groups <= persons.count else {
            throw UsageError.message(.mixMoreGroupsThanPeople, ["groups": String(groups), "people": String(persons.count)])
        }
        let problem = SeatingProblem(
            people: persons, tableCount: groups, roundCount: rounds, seed: UInt64(truncatingIfNeeded: seed))
        let plan = try SeatingPlanner().plan(problem)
        func label(_ person: Int) -> JSONValue { names.map { .string($0[person]) } ?? .integer(person + 1) }
        if format == "json" {
            let json: JSONValue = [
                "rounds": .array(plan.rounds.map { round in .array(round.map { group in .array(group.map(label)) }) }),
                "quality": plan.report.jsonValue,
            ]
            context.print(json.serialized(pretty: true))
            return
        }
        let l = context.localizer
        let style = context.style
        context.print(
            style.bold(
                l.text(
                    .mixTitle,
                    ["people": String(persons.count), "groups": String(groups), "rounds": String(rounds), "seed": String(seed)]
                )))
        let width = String(groups).count
        for (index, round) in plan.rounds.enumerated() {
            context.print()
            context.print(style.bold(l.text(.planRound, ["number": String(index + 1)])))
            for (number, group) in round.enumerated() {
                let members = group.map { person in names.map { TerminalText.sanitize($0[person]) } ?? String(person + 1) }
                let padded = String(repeating: " ", count: width - String(number + 1).count) + String(number + 1)
                context.print("  " + style.cyan(l.text(.mixGroup, ["number": padded])) + "  " + members.joined(separator: ", "))
            }
        }
        context.print()
        context.print(style.bold(l.text(.qualityTitle)))
        let quality = QualityText(report: plan.report, localizer: l, isSession: false, hasKinds: roster != nil)
        for line in quality.lines { context.print("  " + line) }
    }

    /// Roster people with institutions and regions as dense indices (compared by ``NameKey``).
    static func people(_ participants: [Participant]) -> [SeatingProblem.Person] {
        var institutions: [String: Int] = [:]
        var regions: [String: Int] = [:]
        func index(_ text: String, in table: inout [String: Int]) -> Int? {
            let key = NameKey.of(text)
            guard !key.isEmpty else { return nil }
            if let known = table[key] { return known }
            table[key] = table.count
            return table.count - 1
        }
        return participants.map { participant in
            SeatingProblem.Person(
                institution: index(participant.institution, in: &institutions), region: index(participant.region, in: &regions))
        }
    }
}
