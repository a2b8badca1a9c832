import Engine

/// `workshop note FILE --table N [--section ID] [--author NAME] TEXT` (or `--stdin`):
/// appends notes to a table's current round and question, durably.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "note",
        abstract: .noteAbstract,
        discussion: .noteDiscussion,
        arguments: [
            ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop")),
            ArgumentSpec("TEXT", help: .noteArgumentText, isOptional: true, isRepeating: true),
        ],
        options: [
            OptionSpec("table", short: "t", value: "N", help: .noteOptionTable, isRequired: true),
            OptionSpec("section", short: "s", value: "ID", help: .noteOptionSection),
            OptionSpec("author", short: "a", value: "NAME", help: .noteOptionAuthor),
            OptionSpec("stdin", help: .noteOptionStdin),
        ],
        examples: [
            "workshop note taller.workshop --table 3 --section 2 \"Faltan capacitaciones continuas\"",
            "cat notas-mesa-3.txt | workshop note taller.workshop --table 3 --stdin",
        ])

    /// Events the note command does not need to replay (they are the bulk of a journal).
    static let skippedEvents: Set<String> = [NoteAdded.type]

    let file: String
    let table: Int
    let section: String?
    let author: String?
    let text: String?
    let fromStandardInput: Bool

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        table = try arguments.integer("table", in: 1...10_000) ?? 0
        section = arguments.option("section")
        author = arguments.option("author")
        fromStandardInput = arguments.flag("stdin")
        let words = arguments.arguments("TEXT")
        text = words.isEmpty ? nil : words.joined(separator: " ")
        if fromStandardInput, text != nil {
            throw UsageError.message(.noteTextAndStdin, [:])
        }
        if !fromStandardInput, text == nil {
            throw UsageError.missingArgument(name: "TEXT")
        }
    }

    func run(in context: CommandContext) throws {
        var texts: [String] = []
        if let text {
            texts = [text]
        } else {
            var lineNumber = 0
            while let line = context.input.readLine() {
                lineNumber += 1
                guard UTF8Validation.isValid(line) else { throw NoteError.invalidUTF8(line: lineNumber) }
                let text = String(decoding: line, as: UTF8.self)
                if !text.trimmingWhitespace().isEmpty { texts.append(text) }
            }
            guard !texts.isEmpty else { throw NoteError.empty }
        }
        let session = try context.openSession(file, options: Session.OpenOptions(skipping: Self.skippedEvents))
        let recorded = try session.append { state in
            try texts.map { text in
                try NoteDraft(table: table, section: section, author: author, text: text).event(in: state)
            }
        }
        let state = session.state
        let round = state.currentRound
        if recorded.count == 1, let note = recorded.first {
            context.print(
                context.text(
                    .noteSaved,
                    ["id": String(note.context.sequence), "table": String(table), "round": String(round)]))
        } else {
            context.print(
                context.text(
                    .notesSaved,
                    [
                        "count": String(recorded.count), "table": String(table), "round": String(round),
                        "first": String(recorded.first?.context.sequence ?? 0),
                        "last": String(recorded.last?.context.sequence ?? 0),
                    ]))
        }
    }
}
