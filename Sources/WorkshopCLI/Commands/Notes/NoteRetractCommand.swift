import Engine

/// `workshop note retract FILE ID`: withdraws a note; it stays in the journal and leaves
/// every export.
struct NoteRetractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "retract",
        abstract: .noteRetractAbstract,
        arguments: [
            ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop")),
            ArgumentSpec("ID", help: .noteArgumentID),
        ],
        examples: ["workshop note retract taller.workshop 57"])

    let file: String
    let id: Int

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        id = try NoteIDArgument.parse(try arguments.requiredArgument("ID"))
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        try session.append { state in [try NoteRevision.retract(id, in: state)] }
        context.print(context.text(.noteRetractedDone, ["id": String(id), "file": file]))
    }
}
