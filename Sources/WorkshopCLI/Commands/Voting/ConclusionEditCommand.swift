import Engine

/// `workshop conclusion edit FILE ID TEXT`: rewords a conclusion (the earlier wording is kept).
struct ConclusionEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "edit",
        abstract: .conclusionEditAbstract,
        arguments: [
            ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop")),
            ArgumentSpec("ID", help: .conclusionArgumentID),
            ArgumentSpec("TEXT", help: .conclusionArgumentText, isRepeating: true),
        ],
        examples: ["workshop conclusion edit taller.workshop C3 \"Faltan incentivos formales para innovar\""])

    let file: String
    let id: String
    let text: String

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        id = try arguments.requiredArgument("ID")
        text = arguments.arguments("TEXT").joined(separator: " ")
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        let recorded = try session.append { state in [try ConclusionRevision.edit(id, text: text, in: state)] }
        guard !recorded.isEmpty, let conclusion = session.state.voting.conclusion(id) else { return }
        context.print(
            context.text(.conclusionEditedDone, ["id": conclusion.id, "text": TerminalText.sanitize(conclusion.text)]))
    }
}
