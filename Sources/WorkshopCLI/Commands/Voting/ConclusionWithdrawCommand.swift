import Engine

/// `workshop conclusion withdraw FILE ID`: takes a conclusion off the ballot.
struct ConclusionWithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "withdraw",
        abstract: .conclusionWithdrawAbstract,
        arguments: [
            ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop")),
            ArgumentSpec("ID", help: .conclusionArgumentID),
        ],
        examples: ["workshop conclusion withdraw taller.workshop C5"])

    let file: String
    let id: String

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        id = try arguments.requiredArgument("ID")
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        var withdrawn = id
        try session.append { state in
            let event = try ConclusionRevision.withdraw(id, in: state)
            withdrawn = event.id
            return [event]
        }
        context.print(context.text(.conclusionWithdrawnDone, ["id": withdrawn]))
    }
}
