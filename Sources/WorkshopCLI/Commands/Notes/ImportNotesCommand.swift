import Engine

/// `workshop import notes FILE CSV [--skip-invalid] [--dry-run] [--allow-duplicates]`:
/// notes typed up from paper canvases and sticky notes after the day.
///
/// The whole import is one append: every valid row or nothing. By default a single
/// rejected row stops the import (nothing is written) and every rejected row is listed
/// with its line and reason, so the file can be fixed and imported again; a half-imported
/// file would leave the organiser guessing which rows are in. `--skip-invalid` imports the
/// valid rows and lists the rejected ones. Rows identical to notes already in the session
/// are skipped, so running the import again after a fix does not duplicate notes.
struct ImportNotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "notes",
        abstract: .importNotesAbstract,
        discussion: .importNotesDiscussion,
        arguments: [
            ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop")),
            ArgumentSpec("CSV", help: .importArgumentCSV, completion: .file(extension: "csv")),
        ],
        options: [
            OptionSpec("skip-invalid", help: .importOptionSkipInvalid),
            OptionSpec("dry-run", help: .importOptionDryRun),
            OptionSpec("allow-duplicates", help: .importOptionAllowDuplicates),
        ],
        examples: [
            "workshop import notes taller.workshop notas-papel.csv",
            "workshop import notes taller.workshop notas-papel.csv --dry-run",
        ])

    let file: String
    let csv: String
    let skipInvalid: Bool
    let dryRun: Bool
    let allowDuplicates: Bool

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        csv = try arguments.requiredArgument("CSV")
        skipInvalid = arguments.flag("skip-invalid")
        dryRun = arguments.flag("dry-run")
        allowDuplicates = arguments.flag("allow-duplicates")
    }

    func run(in context: CommandContext) throws {
        let imported = try NoteImportFile.read(bytes: try FilePath.read(csv), file: csv)
        let session = try context.openSession(file)
        var plan = NoteImportPlan(rowCount: imported.rows.count)
        let recorded = try session.append { state in
            plan = try imported.plan(in: state, allowDuplicates: allowDuplicates)
            if !plan.rejected.isEmpty, !skipInvalid, !dryRun { throw rejection(plan, context) }
            return dryRun ? [] : plan.events
        }
        let l = context.localizer
        let delimiter = imported.delimiter == "\t" ? "tab" : "'\(imported.delimiter)'"
        if dryRun {
            context.print(
                l.text(
                    .importDryRun,
                    [
                        "count": String(plan.events.count), "file": csv, "encoding": imported.encoding.rawValue,
                        "delimiter": delimiter,
                    ]))
        } else if let first = recorded.first, let last = recorded.last {
            context.print(
                l.text(
                    .importDone,
                    [
                        "count": String(recorded.count), "file": csv, "encoding": imported.encoding.rawValue,
                        "delimiter": delimiter, "first": String(first.context.sequence), "last": String(last.context.sequence),
                    ]))
        } else {
            context.print(l.text(.importNothing, ["file": csv]))
        }
        if plan.inferredRounds > 0 { context.print(l.text(.importInferredRounds, ["count": String(plan.inferredRounds)])) }
        if !plan.duplicates.isEmpty {
            context.print(
                l.text(
                    .importDuplicatesSkipped,
                    ["count": String(plan.duplicates.count), "lines": plan.duplicates.map(String.init).joined(separator: ", ")]))
        }
        if !plan.rejected.isEmpty {
            let key: TextKey = dryRun && !skipInvalid ? .importRejectedDryRun : .importRejectedSkipped
            context.warn(l.text(key, ["rejected": String(plan.rejected.count), "rows": String(plan.rowCount)]))
            for rejection in plan.rejected { context.errorOutput.write("  " + describe(rejection, l) + "\n") }
        }
    }

    private func rejection(_ plan: NoteImportPlan, _ context: CommandContext) -> Failures {
        let l = context.localizer
        return Failures(
            summary: Failure(
                .importRejected,
                [
                    "file": csv, "rejected": String(plan.rejected.count), "rows": String(plan.rowCount),
                    "valid": String(plan.events.count),
                ]),
            details: plan.rejected.map { describe($0, l) })
    }

    private func describe(_ rejection: NoteImportRejection, _ l: Localizer) -> String {
        l.text(.importRowLine, ["line": String(rejection.line), "reason": ErrorMessages.describe(rejection.problem, l)])
    }
}
