import Engine

/// The `FILE ID` arguments that every command acting on one note starts with.
struct NoteTarget {
    /// The argument specifications, for a command's configuration.
    static let arguments = [
        ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop")),
        ArgumentSpec("ID", help: .noteArgumentID),
    ]

    /// The session file.
    let file: String
    /// The note's id.
    let id: Int

    /// Reads `FILE` and `ID` (`57` or `#57`).
    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        id = try NoteIDArgument.parse(try arguments.requiredArgument("ID"))
    }

    /// Appends the event `revision` makes of the note, after checking it against the session.
    func append(in context: CommandContext, _ revision: (Int, SessionState) throws -> any JournalEvent) throws {
        let session = try context.openSession(file)
        try session.append { state in [try revision(id, state)] }
    }
}
