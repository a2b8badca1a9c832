import Engine

/// Reads the session files of `workshop findings` (and of the theme commands): every file is
/// tried, and all problems are reported together, so a mistyped name among several files is
/// found in one go. Nothing is written when one fails.
enum FindingsInputs {
    /// The sources of `files`, in order.
    static func load(_ files: [String], context: CommandContext) throws -> [FindingsSource] {
        var sources: [FindingsSource] = []
        var problems: [String] = []
        var firstError: (any Error)?
        var fileOfSession: [String: String] = [:]
        let registry = (try? MethodLibrary.load(context: context))?.registry
        for file in files {
            do {
                let session = try context.openSession(file)
                let id = session.header.session.isEmpty ? FilePath.fileName(of: file) : session.header.session
                if let earlier = fileOfSession[id] {
                    problems.append(context.text(.findingsDuplicateSession, ["file": file, "other": earlier, "id": id]))
                    continue
                }
                fileOfSession[id] = file
                let state = session.state
                sources.append(source(state: state, sessionID: id, file: file, registry: registry))
            } catch {
                if firstError == nil { firstError = error }
                problems.append(ErrorMessages.describe(error, context.localizer))
            }
        }
        if problems.count == 1, files.count == 1, let firstError { throw firstError }
        guard problems.isEmpty else {
            throw Failures(
                summary: Failure(.findingsBadFiles, ["count": String(problems.count), "total": String(files.count)]),
                details: problems)
        }
        return sources
    }

    /// A session as the report reads it: with its method's name and, when the method arranges
    /// its report its own way, that layout.
    static func source(state: SessionState, sessionID: String, file: String, registry: MethodRegistry?) -> FindingsSource {
        let method = registry?.method(named: state.info.method)
        return FindingsSource(
            state: state, sessionID: sessionID, file: FilePath.fileName(of: file), methodName: method?.description.name,
            layout: (method as? any ProvidesFindingsLayout)?.makeFindingsLayout(for: state.agenda))
    }

    /// The report's language: `--lang` when given, else the first session's.
    static func language(flag: String?, sources: [FindingsSource]) -> Language {
        flag.flatMap(Language.init(code:)) ?? sources.first?.state.info.language ?? .es
    }

    /// `--similarity` as a threshold in 0...1.
    static func similarity(_ arguments: ParsedArguments) throws -> Double? {
        guard let text = arguments.option("similarity") else { return nil }
        guard let value = Double(text.trimmingWhitespace().replacing(",", with: ".")), value.isFinite, (0...1).contains(value)
        else {
            throw UsageError.invalidValue(option: "--similarity", value: text, expected: "a number from 0 to 1, e.g. 0.2")
        }
        return value
    }

    /// Minutes east of UTC for the report's clock times: the machine's time zone on the day.
    static func utcOffset(for report: FindingsReport, context: CommandContext) -> Int {
        LocalTime.utcOffsetMinutes(at: report.sessions.first?.agenda.startedAt ?? context.clock.now())
    }
}
