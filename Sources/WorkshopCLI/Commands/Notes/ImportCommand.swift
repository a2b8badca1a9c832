import Engine

/// `workshop import`: bring data typed elsewhere into a session.
struct ImportCommand: CommandGroup {
    static let configuration = CommandConfiguration(
        name: "import",
        abstract: .importAbstract,
        subcommands: [ImportNotesCommand.self],
        examples: ["workshop import notes taller.workshop notas-papel.csv"])
}
