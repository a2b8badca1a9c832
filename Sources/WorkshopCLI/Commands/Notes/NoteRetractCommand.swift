import Engine

/// `workshop note retract FILE ID`: withdraws a note; it stays in the journal and leaves
/// every export.
struct NoteRetractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "retract",
        abstract: .noteRetractAbstract,
        arguments: NoteTarget.arguments,
        examples: ["workshop note retract taller.workshop 57"])

    let target: NoteTarget

    init(_ arguments: ParsedArguments) throws { target = try NoteTarget(arguments) }

    func run(in context: CommandContext) throws {
        try target.append(in: context) { id, state in try NoteRevision.retract(id, in: state) }
        context.print(context.text(.noteRetractedDone, ["id": String(target.id), "file": target.file]))
    }
}
