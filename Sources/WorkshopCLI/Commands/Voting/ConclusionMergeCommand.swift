import Engine

/// `workshop conclusion merge FILE ID ID... [--text TEXT]`: the first conclusion absorbs
/// the others (several tables proposed the same idea).
struct ConclusionMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "merge",
        abstract: .conclusionMergeAbstract,
        discussion: .conclusionMergeDiscussion,
        arguments: [
            ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop")),
            ArgumentSpec("ID", help: .conclusionArgumentMergeIDs, isRepeating: true),
        ],
        options: [OptionSpec("text", value: "TEXT", help: .conclusionOptionText)],
        examples: [
            "workshop conclusion merge taller.workshop C3 C8",
            "workshop conclusion merge taller.workshop C3 C8 C11 --text \"Faltan incentivos para innovar\"",
        ])

    let file: String
    let ids: [String]
    let text: String?

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        ids = arguments.arguments("ID")
        guard ids.count >= 2 else { throw UsageError.message(.conclusionMergeNeedsTwo, [:]) }
        text = arguments.option("text")
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        var merged: ConclusionsMerged?
        try session.append { state in
            let event = try ConclusionRevision.merge(into: ids[0], from: Array(ids.dropFirst()), text: text, in: state)
            merged = event
            return [event]
        }
        guard let merged, let conclusion = session.state.voting.conclusion(merged.into) else { return }
        context.print(
            context.text(
                .conclusionMergedDone,
                [
                    "from": merged.from.joined(separator: ", "), "into": merged.into,
                    "text": TerminalText.sanitize(conclusion.text),
                ]))
    }
}
