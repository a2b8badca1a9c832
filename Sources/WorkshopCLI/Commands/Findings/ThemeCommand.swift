import Engine

/// `workshop theme FILE list|assign|rename|merge|split|similarity ...`: look at a session's
/// themes and correct the automatic grouping. Corrections are journal events that every
/// later export applies (docs/FINDINGS.md). A theme is named by any of its notes: `T12`,
/// `12` or `#12` is the theme that holds note 12.
struct ThemeCommand: ParsableCommand {
    static let actions = ["list", "assign", "rename", "merge", "split", "similarity"]

    static let configuration = CommandConfiguration(
        name: "theme",
        abstract: .themeAbstract,
        discussion: .themeDiscussion,
        arguments: [
            ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop")),
            ArgumentSpec("ACTION", help: .themeArgumentAction, completion: .choices(actions)),
            ArgumentSpec("ARGS", help: .themeArgumentValues, isOptional: true, isRepeating: true),
        ],
        options: [
            OptionSpec("question", short: "q", value: "Q", help: .themeOptionQuestion),
            OptionSpec("name", value: "TEXT", help: .themeOptionName),
            OptionSpec("similarity", value: "S", help: .findingsOptionSimilarity),
        ],
        examples: [
            "workshop theme taller.workshop list --question 2",
            "workshop theme taller.workshop assign 57 T12",
            "workshop theme taller.workshop rename T12 \"Presupuesto estable para innovar\"",
            "workshop theme taller.workshop merge T12 T40",
            "workshop theme taller.workshop split T12 57 63 --name \"Fondos concursables\"",
            "workshop theme taller.workshop similarity 0.25",
        ])

    enum Action {
        case list(question: Int?)
        case correct(ThemeCurationDraft.Command)
        case similarity(Double)
    }

    let file: String
    let action: Action
    let similarity: Double?

    init(_ arguments: ParsedArguments) throws {
        var file = try arguments.requiredArgument("FILE")
        var name = try arguments.requiredArgument("ACTION")
        // `workshop theme assign FILE ...` is accepted too.
        if Self.actions.contains(file.lowercased()), !Self.actions.contains(name.lowercased()) { swap(&file, &name) }
        self.file = file
        let values = arguments.arguments("ARGS")
        similarity = try FindingsInputs.similarity(arguments)
        func count(_ expected: Int, usage: String) throws {
            guard values.count == expected else {
                throw UsageError.message(.themeWrongArguments, ["action": name, "usage": usage])
            }
        }
        switch name.lowercased() {
        case "list":
            try count(0, usage: "list [--question Q]")
            action = .list(question: try arguments.integer("question", in: 1...10_000))
        case "assign":
            try count(2, usage: "assign NOTE THEME")
            action = .correct(.assign(note: try Self.note(values[0], "NOTE"), theme: try Self.note(values[1], "THEME")))
        case "rename":
            guard values.count >= 2 else {
                throw UsageError.message(.themeWrongArguments, ["action": name, "usage": "rename THEME NAME"])
            }
            action = .correct(
                .rename(theme: try Self.note(values[0], "THEME"), name: values.dropFirst().joined(separator: " ")))
        case "merge":
            try count(2, usage: "merge THEME THEME")
            action = .correct(.merge(into: try Self.note(values[0], "THEME"), from: try Self.note(values[1], "THEME")))
        case "split":
            guard values.count >= 2 else {
                throw UsageError.message(.themeWrongArguments, ["action": name, "usage": "split THEME NOTE [NOTE...]"])
            }
            action = .correct(
                .split(
                    theme: try Self.note(values[0], "THEME"), notes: try values.dropFirst().map { try Self.note($0, "NOTE") },
                    name: arguments.option("name")))
        case "similarity":
            try count(1, usage: "similarity S")
            guard let value = Double(values[0].replacing(",", with: ".")), value.isFinite, (0...1).contains(value) else {
                throw UsageError.invalidValue(option: "S", value: values[0], expected: "a number from 0 to 1, e.g. 0.2")
            }
            action = .similarity(value)
        default:
            throw UsageError.invalidValue(option: "ACTION", value: name, expected: Self.actions.joined(separator: ", "))
        }
    }

    /// `T12`, `t12`, `#12` or `12` -> 12.
    static func note(_ text: String, _ name: String) throws -> Int {
        var trimmed = Substring(text.trimmingWhitespace())
        if trimmed.first == "T" || trimmed.first == "t" { trimmed = trimmed.dropFirst() }
        return try NoteIDArgument.parse(String(trimmed), option: name)
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        switch action {
        case .list(let question):
            let report = themes(session.state, context: context)
            if let question, report.question(question) == nil {
                throw VoteError.unknownQuestion(question: question, known: report.questions.map(\.position))
            }
            context.output.write(ThemeListing(report: report, context: context).questions(only: question))
        case .similarity(let value):
            try session.append { _ in [ThemeSimilaritySet(similarity: value)] }
            let report = themes(session.state, context: context)
            context.print(
                context.text(
                    .themeSimilaritySet,
                    ["similarity": ReportFormatting.decimal(value), "themes": String(report.themes.count)]))
        case .correct(let command):
            let before = themes(session.state, context: context)
            try session.append { state in [try ThemeCurationDraft(command).event(in: state, report: before)] }
            let after = themes(session.state, context: context)
            let anchor: Int
            switch command {
            case .assign(let note, _): anchor = note
            case .rename(let theme, _): anchor = theme
            case .merge(let into, _): anchor = into
            case .split(_, let notes, _): anchor = notes.first ?? 0
            }
            context.print(context.text(.themeRecorded))
            if let theme = after.theme(containing: NoteReference(session: 1, note: anchor)) {
                context.output.write(ThemeListing(report: after, context: context).theme(theme))
            }
            if case .split(let source, _, _) = command,
                let rest = after.theme(containing: NoteReference(session: 1, note: source))
            {
                context.output.write(ThemeListing(report: after, context: context).theme(rest))
            }
        }
    }

    /// The session's themes with its corrections (no cross-cutting themes).
    private func themes(_ state: SessionState, context: CommandContext) -> FindingsReport {
        let source = FindingsSource(state: state, sessionID: "", file: FilePath.fileName(of: file))
        return FindingsBuilder(
            options: FindingsOptions(
                language: context.language, similarity: similarity, includesCrossCutting: false)
        ).build([source])
    }
}
