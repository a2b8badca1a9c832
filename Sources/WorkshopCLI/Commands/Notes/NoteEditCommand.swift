import Engine

/// `workshop note edit FILE ID TEXT`: corrects a note's text. The earlier text stays in the
/// journal; exports use the new one.
struct NoteEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "edit",
        abstract: .noteEditAbstract,
        arguments: [
            ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop")),
            ArgumentSpec("ID", help: .noteArgumentID),
            ArgumentSpec("TEXT", help: .noteArgumentText, isRepeating: true),
        ],
        examples: ["workshop note edit taller.workshop 57 \"Falta presupuesto estable para innovar\""])

    let file: String
    let id: Int
    let text: String

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        id = try NoteIDArgument.parse(try arguments.requiredArgument("ID"))
        text = arguments.arguments("TEXT").joined(separator: " ")
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        try session.append { state in [try NoteRevision.edit(id, text: text, in: state)] }
        context.print(context.text(.noteEditedDone, ["id": String(id)]))
    }
}
