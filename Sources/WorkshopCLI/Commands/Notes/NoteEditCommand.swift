import Engine

/// `workshop note edit FILE ID TEXT`: corrects a note's text. The earlier text stays in the
/// journal; exports use the new one.
struct NoteEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "edit",
        abstract: .noteEditAbstract,
        arguments: NoteTarget.arguments + [ArgumentSpec("TEXT", help: .noteArgumentText, isRepeating: true)],
        examples: ["workshop note edit taller.workshop 57 \"Falta presupuesto estable para innovar\""])

    let target: NoteTarget
    let text: String

    init(_ arguments: ParsedArguments) throws {
        target = try NoteTarget(arguments)
        text = arguments.arguments("TEXT").joined(separator: " ")
    }

    func run(in context: CommandContext) throws {
        try target.append(in: context) { id, state in try NoteRevision.edit(id, text: text, in: state) }
        context.print(context.text(.noteEditedDone, ["id": String(target.id)]))
    }
}
