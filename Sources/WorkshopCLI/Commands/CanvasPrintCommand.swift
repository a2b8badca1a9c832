import Engine

/// `workshop canvas print ID [--format html] [-o FILE] [--question TEXT]... [--session FILE]`:
/// print-ready A3 pages of a canvas, one per question.
struct CanvasPrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "print",
        abstract: .canvasPrintAbstract,
        discussion: .canvasPrintDiscussion,
        arguments: [ArgumentSpec("ID", help: .canvasArgumentID)],
        options: [
            OptionSpec("format", value: "html", help: .canvasOptionFormat, completion: .choices(["html"])),
            OptionSpec("output", short: "o", value: "FILE", help: .canvasOptionOutput, completion: .file(extension: "html")),
            OptionSpec("question", short: "q", value: "TEXT", help: .canvasOptionQuestion, isRepeating: true),
            OptionSpec("session", value: "FILE", help: .canvasOptionSession, completion: .file(extension: "workshop")),
            MethodLibrary.option,
        ],
        examples: [
            "workshop canvas print opsi-dimensions --format html -o dimensiones.html",
            "workshop canvas print oecd-facets -q \"¿Qué barreras enfrentamos?\" -o facetas.html",
            "workshop canvas print opsi-dimensions --session taller.workshop -o canvas-taller.html",
        ])

    let id: String
    let output: String?
    let questions: [String]
    let session: String?
    let directories: [String]

    init(_ arguments: ParsedArguments) throws {
        id = try arguments.requiredArgument("ID")
        _ = try arguments.choice("format", among: ["html"])
        output = arguments.option("output")
        questions = arguments.options("question").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        session = arguments.option("session")
        directories = arguments.options("methods")
        if session != nil, !questions.isEmpty {
            throw UsageError.message(.canvasQuestionAndSession, [:])
        }
    }

    func run(in context: CommandContext) throws {
        let canvas: Canvas
        var pages: [CanvasPrintRenderer.Page] = questions.enumerated().map { .init(number: $0 + 1, question: $1) }
        if let session {
            // The session's own copy of the canvas, one page per question its tables hold with it.
            let agenda = try context.openSession(session, options: Session.OpenOptions(skipping: [NoteAdded.type])).state.agenda
            guard let used = agenda.canvas(id.lowercased()) else {
                throw Failure(
                    .canvasNotInSession,
                    ["file": session, "canvas": id, "used": agenda.canvases.map(\.id).joined(separator: ", ")])
            }
            canvas = used
            var numbers: Set<Int> = []
            for round in agenda.rounds {
                for assignment in round.assignments where assignment.canvas == used.id { numbers.insert(assignment.question) }
            }
            pages = numbers.sorted().compactMap { number in
                agenda.question(number).map { .init(number: number, question: $0.text.text(in: context.language)) }
            }
        } else {
            let library = try MethodLibrary.load(context: context, directories: directories)
            library.warnAboutErrors(context)
            canvas = try library.canvases.require(id)
        }
        let html = CanvasPrintRenderer(canvas: canvas, pages: pages, language: context.language, localizer: context.localizer)
            .render()
        guard let output else {
            context.output.write(html)
            return
        }
        try SystemFile.writeAtomically(Array(html.utf8), to: output, replacing: true)
        context.print(context.text(.canvasPrinted, ["file": output, "pages": String(max(1, pages.count)), "canvas": canvas.id]))
    }
}
