import Engine

/// `workshop conclusion list FILE [--question Q] [--all] [--format text|json]`: the
/// candidates of each question, with how the question is voted.
struct ConclusionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "list",
        abstract: .conclusionListAbstract,
        arguments: [ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop"))],
        options: [
            OptionSpec("question", short: "q", value: "Q", help: .voteOptionQuestion),
            OptionSpec("all", help: .conclusionOptionAll),
            OptionSpec("format", value: "text|json", help: .optionFormatTextJSON, completion: .choices(["text", "json"])),
        ],
        examples: ["workshop conclusion list taller.workshop", "workshop conclusion list taller.workshop --question 2 --all"])

    let file: String
    let question: Int?
    let all: Bool
    let format: String

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        question = try arguments.integer("question", in: 1...10_000)
        all = arguments.flag("all")
        format = try arguments.choice("format", among: ["text", "json"]) ?? "text"
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        let state = session.state
        let questions: [Question]
        if let question {
            guard let found = state.agenda.question(question) else {
                throw VoteError.unknownQuestion(question: question, known: state.agenda.questions.map(\.number))
            }
            questions = [found]
        } else {
            questions = state.agenda.questions
        }
        let l = context.localizer
        if format == "json" {
            let list = questions.flatMap { question in
                state.voting.conclusions.filter { $0.question == question.number && (all || $0.isActive) }.map(json)
            }
            context.print(JSONValue.array(list).serialized(pretty: true))
            return
        }
        let style = context.style
        for (position, question) in questions.enumerated() {
            if position > 0 { context.print() }
            let settings = VoteSettings.resolve(question: question.number, in: state)
            let candidates = state.voting.candidates(question: question.number)
            context.print(
                style.bold(
                    l.text(
                        .conclusionListQuestion,
                        [
                            "question": String(question.number),
                            "title": TerminalText.sanitize(question.title.text(in: l.language)),
                        ])))
            context.print(
                style.dim(
                    l.text(
                        .conclusionListSummary,
                        [
                            "count": String(candidates.count), "rule": VoteArguments.describe(settings, l),
                            "keep": String(settings.keep),
                        ])))
            let shown = state.voting.conclusions.filter { $0.question == question.number && (all || $0.isActive) }
            if shown.isEmpty { context.print("  " + l.text(.conclusionListEmpty)) }
            let width = shown.map(\.id.count).max() ?? 2
            for conclusion in shown {
                var line = "  " + Formatting.pad(conclusion.id, width) + "  " + TerminalText.sanitize(conclusion.text)
                if !conclusion.tables.isEmpty {
                    line += style.dim(
                        "  " + l.text(.conclusionTables, ["tables": conclusion.tables.map(String.init).joined(separator: ", ")]))
                }
                switch conclusion.status {
                case .active: break
                case .merged(let into): line += style.dim("  " + l.text(.conclusionMergedMark, ["into": into]))
                case .withdrawn: line += style.dim("  " + l.text(.conclusionWithdrawnMark))
                }
                context.print(line)
            }
        }
    }

    private func json(_ conclusion: Conclusion) -> JSONValue {
        var status: JSONValue = "active"
        var mergedInto: JSONValue = .null
        switch conclusion.status {
        case .active: break
        case .merged(let into):
            status = "merged"
            mergedInto = .string(into)
        case .withdrawn: status = "withdrawn"
        }
        return [
            "id": .string(conclusion.id), "question": .integer(conclusion.question), "text": .string(conclusion.text),
            "tables": .array(conclusion.tables.map { .integer($0) }), "status": status, "mergedInto": mergedInto,
            "mergedFrom": .array(conclusion.mergedFrom.map { .string($0) }),
        ]
    }
}
