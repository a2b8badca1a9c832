import Engine

/// `workshop note restore FILE ID`: brings back a retracted note.
struct NoteRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "restore",
        abstract: .noteRestoreAbstract,
        arguments: [
            ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop")),
            ArgumentSpec("ID", help: .noteArgumentID),
        ],
        examples: ["workshop note restore taller.workshop 57"])

    let file: String
    let id: Int

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        id = try NoteIDArgument.parse(try arguments.requiredArgument("ID"))
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        try session.append { state in [try NoteRevision.restore(id, in: state)] }
        context.print(context.text(.noteRestoredDone, ["id": String(id)]))
    }
}
