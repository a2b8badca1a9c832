import Engine

/// `workshop tiebreak FILE --question Q (--order ID,ID | --keep-all)`: the facilitator
/// breaks a tie at a question's cut; the decision is recorded.
struct TiebreakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "tiebreak",
        abstract: .tiebreakAbstract,
        discussion: .tiebreakDiscussion,
        arguments: [ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop"))],
        options: [
            OptionSpec("question", short: "q", value: "Q", help: .voteOptionQuestion, isRequired: true),
            OptionSpec("order", value: "ID,...", help: .tiebreakOptionOrder),
            OptionSpec("keep-all", help: .tiebreakOptionKeepAll),
        ],
        examples: [
            "workshop tiebreak taller.workshop --question 2 --order C7,C4",
            "workshop tiebreak taller.workshop --question 2 --keep-all",
        ])

    let file: String
    let question: Int
    let order: [String]?

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        question = try VoteArguments.question(arguments)
        let keepAll = arguments.flag("keep-all")
        let order = try arguments.option("order").map { try VoteArguments.ids($0, option: "--order") }
        switch (order, keepAll) {
        case (nil, false): throw UsageError.message(.tiebreakNeedsChoice, [:])
        case (.some, true): throw UsageError.message(.tiebreakOneChoice, [:])
        default: self.order = order
        }
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file, options: Session.OpenOptions(skipping: [NoteAdded.type]))
        try session.append { state in
            let draft =
                order.map { TieBreakDraft(question: question, order: $0) } ?? TieBreakDraft(question: question, keepAll: true)
            return [try draft.event(in: state)]
        }
        let results = QuestionResults.compute(question: question, in: session.state)
        context.print(
            context.text(.tiebreakRecorded, ["question": String(question), "kept": results.kept.joined(separator: ", ")]))
    }
}
