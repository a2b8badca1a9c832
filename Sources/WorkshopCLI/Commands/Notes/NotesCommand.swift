import Engine

/// `workshop notes FILE --table N [--author NAME] [--section ID]`: the systematiser's
/// capture loop for one table (see ``NoteCaptureLoop``). On a terminal, lines are edited
/// in place and the prompt follows the facilitator's rounds; from a pipe, each line is a
/// note saved on its own, so notes can be piped in.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "notes",
        abstract: .notesAbstract,
        discussion: .notesDiscussion,
        arguments: [ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop"))],
        options: [
            OptionSpec("table", short: "t", value: "N", help: .noteOptionTable, isRequired: true),
            OptionSpec("author", short: "a", value: "NAME", help: .notesOptionAuthor),
            OptionSpec("section", short: "s", value: "ID", help: .notesOptionSection),
        ],
        examples: [
            "workshop notes taller.workshop --table 3",
            "workshop notes taller.workshop --table 3 --author \"Camila Rojas\" --section 2",
            "cat ideas-mesa-3.txt | workshop notes taller.workshop --table 3",
        ])

    let file: String
    let table: Int
    let author: String?
    let section: String?

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        table = try arguments.integer("table", in: 1...10_000) ?? 0
        author = arguments.option("author")?.trimmingWhitespace()
        section = arguments.option("section")?.trimmingWhitespace()
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        let state = session.state
        guard !state.agenda.tables.isEmpty, !state.agenda.rounds.isEmpty else { throw NoteError.noAgenda }
        guard let workshopTable = state.agenda.table(table),
            let assignment = state.assignment(table: table, round: state.currentRound)
        else {
            throw NoteError.unknownTable(table: table, tables: state.agenda.tables.map(\.number))
        }
        var sectionID: String?
        if let section, !section.isEmpty {
            let canvas = state.agenda.canvas(assignment.canvas)
            guard let match = canvas?.section(named: section) else {
                throw NoteError.unknownSection(section: section, known: canvas?.sections.map(\.id) ?? [])
            }
            sectionID = match.id
        }
        let name = author.flatMap { $0.isEmpty ? nil : $0 } ?? workshopTable.systematiser
        let loop = NoteCaptureLoop(session: session, table: table, author: name, section: sectionID, context: context)
        let input: any CaptureInput
        if let standard = context.input as? StandardInput, standard.isTerminal, context.output.isTerminal,
            let reader = TerminalLineReader(
                descriptor: standard.descriptor, output: context.output, environment: context.environment,
                interruptHint: context.style.dim(context.text(.captureInterruptHint)))
        {
            input = TerminalCaptureInput(reader: reader)
        } else {
            input = PipedCaptureInput(input: context.input)
        }
        try loop.run(input: input)
        if loop.failedLines > 0 {
            throw Failure(.captureFailedLines, ["count": String(loop.failedLines), "saved": String(loop.savedCount)])
        }
    }
}
