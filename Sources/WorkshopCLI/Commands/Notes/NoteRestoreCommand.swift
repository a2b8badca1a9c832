import Engine

/// `workshop note restore FILE ID`: brings back a retracted note.
struct NoteRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "restore",
        abstract: .noteRestoreAbstract,
        arguments: NoteTarget.arguments,
        examples: ["workshop note restore taller.workshop 57"])

    let target: NoteTarget

    init(_ arguments: ParsedArguments) throws { target = try NoteTarget(arguments) }

    func run(in context: CommandContext) throws {
        try target.append(in: context) { id, state in try NoteRevision.restore(id, in: state) }
        context.print(context.text(.noteRestoredDone, ["id": String(target.id)]))
    }
}
