import Engine

/// `workshop new METHOD --roster FILE -o FILE.workshop`: creates a session.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "new",
        abstract: .newAbstract,
        discussion: .newDiscussion,
        arguments: [ArgumentSpec("METHOD", help: .newArgumentMethod)],
        options: [
            OptionSpec("roster", value: "FILE", help: .newOptionRoster, isRequired: true, completion: .file(extension: "csv")),
            OptionSpec(
                "output", short: "o", value: "FILE", help: .newOptionOutput, isRequired: true,
                completion: .file(extension: "workshop")),
            OptionSpec("tables", value: "N", help: .newOptionTables),
            OptionSpec("title", value: "TEXT", help: .newOptionTitle),
            OptionSpec("date", value: "YYYY-MM-DD", help: .newOptionDate),
            OptionSpec("start", value: "HH:MM", help: .newOptionStart),
            OptionSpec("place", value: "TEXT", help: .newOptionPlace),
            OptionSpec("param", value: "KEY=VALUE", help: .newOptionParam, isRepeating: true),
            OptionSpec("seed", value: "N", help: .newOptionSeed),
            OptionSpec("open-ballots", help: .newOptionOpenBallots),
            OptionSpec("force", help: .newOptionForce),
            MethodLibrary.option,
        ],
        examples: [
            "workshop new opsi-facets --roster inscritos.csv -o taller.workshop",
            "workshop new opsi-facets --roster inscritos.csv --tables 6 --date 2026-12-01 --start 09:30 --place Santiago -o taller.workshop",
            "workshop new opsi-facets --roster inscritos.csv --param minutes=25 --param canvas=oecd-facets -o taller.workshop",
        ])

    let method: String
    let roster: String
    let output: String
    let tables: Int?
    let title: String?
    let date: String?
    let start: String?
    let place: String?
    let parameters: [(name: String, value: String)]
    let seed: Int
    let openBallots: Bool
    let force: Bool
    let directories: [String]

    init(_ arguments: ParsedArguments) throws {
        method = try arguments.requiredArgument("METHOD")
        roster = try arguments.requiredOption("roster")
        output = try arguments.requiredOption("output")
        tables = try arguments.integer("tables", in: 1...500)
        title = arguments.option("title")?.trimmingWhitespace()
        date = arguments.option("date")
        if let date, !Self.isValidDate(date) {
            throw UsageError.invalidValue(option: "--date", value: date, expected: "YYYY-MM-DD")
        }
        start = arguments.option("start")
        if let start, !Self.isValidTime(start) {
            throw UsageError.invalidValue(option: "--start", value: start, expected: "HH:MM")
        }
        place = arguments.option("place")?.trimmingWhitespace()
        parameters = try arguments.options("param").map { text in
            guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                throw UsageError.invalidValue(option: "--param", value: text, expected: "KEY=VALUE")
            }
            return (String(text[..<equals]).trimmingWhitespace(), String(text[text.index(after: equals)...]))
        }
        seed = try arguments.integer("seed", in: 0...Int(Int32.max)) ?? 1
        openBallots = arguments.flag("open-ballots")
        force = arguments.flag("force")
        directories = arguments.options("methods")
    }

    func run(in context: CommandContext) throws {
        let library = try MethodLibrary.load(context: context, directories: directories)
        library.warnAboutErrors(context)
        let method = try library.registry.require(self.method)
        let rosterBytes = try FilePath.read(roster)
        let result = try RosterReader.read(bytes: rosterBytes, file: roster)
        for warning in result.warnings { context.warn(ErrorMessages.describe(warning, context.localizer)) }

        var raw = parameters
        if let tables {
            guard method.description.parameter("tables") != nil else {
                throw Failure(.newTablesNotSupported, ["method": method.description.id])
            }
            raw.append(("tables", String(tables)))
        }
        let resolved = try MethodParameters(resolving: raw, for: method.description)
        let info = SessionInfo(
            title: title.flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultTitle(for: output), date: date, startTime: start,
            place: place, method: method.description.id, seed: seed, language: context.language, openBallots: openBallots)
        let events = try SessionFactory.events(
            info: info, method: method, participants: result.participants, parameters: resolved, canvases: library.canvases)
        let session = try Session.create(at: output, events: events, clock: context.clock, replacing: force)
        let state = session.state
        let institutions = Set(state.participants.map(\.institution).filter { !$0.isEmpty }).count
        context.print(
            context.text(
                .newCreated,
                [
                    "file": output, "method": method.description.id,
                    "participants": String(state.participants.count), "institutions": String(institutions),
                    "tables": String(state.agenda.tables.count), "questions": String(state.agenda.questions.count),
                    "phases": String(state.agenda.phases.count),
                    "duration": Formatting.duration(seconds: state.agenda.plannedSeconds, context.localizer),
                ]))
        context.print(context.text(.newNextSteps, ["file": output]))
    }

    static func defaultTitle(for output: String) -> String {
        var name = FilePath.fileName(of: output)
        if name.hasSuffix(".workshop") { name.removeLast(".workshop".count) }
        return name.isEmpty ? "workshop" : name
    }

    static func isValidDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), day >= 1
        else { return false }
        let days = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    static func isValidTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return false }
        return (0...23).contains(hour) && (0...59).contains(minute)
    }
}
