import Engine

/// Localised, one-line descriptions of every error the engine and the CLI can raise: what
/// is wrong, where (file, line, value in quotes), and how to fix it.
public enum ErrorMessages {
    public static func describe(_ error: any Error, _ l: Localizer) -> String {
        switch error {
        case let error as UsageError: return describe(error, l)
        case let error as Failure: return l.text(error.key, error.values)
        case let error as JournalError: return describe(error, l)
        case let error as FileError: return describe(error, l)
        case let error as RosterError: return describe(error, l)
        case let error as MethodError: return describe(error, l)
        case let error as NoteError: return describe(error, l)
        case let error as PhaseControlError: return describe(error, l)
        case let error as VoteError: return describe(error, l)
        case let error as NoteImportError: return describe(error, l)
        case let error as JSONDocumentError: return describe(error, file: nil, l)
        case let error as TemplateError: return describe(error, l)
        case let error as SeatingError: return describe(error, l)
        case let error as CheckInError: return describe(error, l)
        case let error as ThemeError: return describe(error, l)
        default: return String(describing: error)
        }
    }

    public static func describe(_ error: UsageError, _ l: Localizer) -> String {
        switch error {
        case .unknownCommand(let name, let suggestion):
            return l.text(.usageUnknownCommand, ["command": name]) + didYouMean(suggestion, l)
        case .unknownOption(let name, let suggestion):
            return l.text(.usageUnknownOption, ["option": name]) + didYouMean(suggestion, l)
        case .missingValue(let option): return l.text(.usageMissingValue, ["option": option])
        case .missingOption(let option): return l.text(.usageMissingOption, ["option": option])
        case .missingArgument(let name): return l.text(.usageMissingArgument, ["argument": name])
        case .unexpectedArgument(let value): return l.text(.usageUnexpectedArgument, ["value": value])
        case .repeatedOption(let option): return l.text(.usageRepeatedOption, ["option": option])
        case .missingSubcommand(let command, let available):
            return l.text(.usageMissingSubcommand, ["command": command, "available": available.joined(separator: ", ")])
        case .invalidValue(let option, let value, let expected):
            return l.text(.usageInvalidValue, ["option": option, "value": value, "expected": expected])
        case .invalidEncoding(let position): return l.text(.usageInvalidEncoding, ["position": String(position)])
        case .invalidLanguage(let value): return l.text(.usageInvalidLanguage, ["value": value])
        case .message(let key, let values): return l.text(key, values)
        }
    }

    static func didYouMean(_ suggestion: String?, _ l: Localizer) -> String {
        guard let suggestion else { return "" }
        return " " + l.text(.usageDidYouMean, ["suggestion": suggestion])
    }

    public static func describe(_ error: JournalError, _ l: Localizer) -> String {
        switch error {
        case .file(let error): return describe(error, l)
        case .notAJournal(let path): return l.text(.journalNotAJournal, ["file": path])
        case .newerFormat(let path, let version, let requires):
            return l.text(
                .journalNewerFormat,
                ["file": path, "version": String(version), "requires": requires, "current": WorkshopVersion.current])
        case .corruptLine(let path, let line, let reason):
            return l.text(.journalCorruptLine, ["file": path, "line": String(line), "reason": reason])
        case .unknownEventType(let path, let line, let type):
            return l.text(.journalUnknownEvent, ["file": path, "line": String(line), "type": type])
        case .sequenceMismatch(let path, let line, let expected, let found):
            return l.text(
                .journalSequenceMismatch,
                ["file": path, "line": String(line), "expected": String(expected), "found": String(found)])
        case .alreadyExists(let path): return l.text(.journalAlreadyExists, ["file": path])
        }
    }

    public static func describe(_ warning: JournalWarning, _ l: Localizer) -> String {
        switch warning {
        case .tornTailRecovered(let path, let bytes, let copy):
            return l.text(.journalTornRecovered, ["file": path, "bytes": String(bytes), "copy": copy])
        case .tornTailIgnored(let path, let bytes):
            return l.text(.journalTornIgnored, ["file": path, "bytes": String(bytes)])
        }
    }

    public static func describe(_ error: FileError, _ l: Localizer) -> String {
        if error.isMissingFile { return l.text(.fileMissing, ["file": error.path]) }
        let key: TextKey
        switch error.operation {
        case .open, .read, .lock: key = .fileCannotRead
        case .write, .sync: key = .fileCannotWrite
        case .create: key = error.code == 17 ? .fileExists : .fileCannotCreate
        }
        return l.text(key, ["file": error.path, "reason": error.reason])
    }

    public static func describe(_ error: RosterError, _ l: Localizer) -> String {
        switch error {
        case .empty(let file): return l.text(.rosterEmpty, ["file": file])
        case .missingNameColumn(let file, let headers):
            return l.text(
                .rosterMissingName, ["file": file, "headers": headers.map { "\"\($0)\"" }.joined(separator: ", ")])
        case .noParticipants(let file): return l.text(.rosterNoParticipants, ["file": file])
        case .unterminatedQuote(let file, let line):
            return l.text(.csvUnterminatedQuote, ["file": file, "line": String(line)])
        }
    }

    public static func describe(_ warning: RosterWarning, _ l: Localizer) -> String {
        switch warning {
        case .missingName(let file, let line): return l.text(.rosterRowWithoutName, ["file": file, "line": String(line)])
        case .duplicateEmail(let file, let email, let lines):
            return l.text(
                .rosterDuplicateEmail,
                ["file": file, "email": email, "lines": lines.map(String.init).joined(separator: ", ")])
        }
    }

    public static func describe(_ error: MethodError, _ l: Localizer) -> String {
        switch error {
        case .unknownMethod(let name, let suggestion, let known):
            return l.text(.methodUnknown, ["method": name, "known": known.joined(separator: ", ")]) + didYouMean(suggestion, l)
        case .unknownParameter(let method, let parameter, let suggestion, let known):
            return l.text(
                .methodUnknownParameter, ["method": method, "parameter": parameter, "known": known.joined(separator: ", ")])
                + didYouMean(suggestion, l)
        case .invalidParameter(let parameter, let value, let expected):
            return l.text(.methodInvalidParameter, ["parameter": parameter, "value": value, "expected": describe(expected, l)])
        case .tooFewParticipants(let method, let needed, let found):
            return l.text(.methodTooFewParticipants, ["method": method, "needed": String(needed), "found": String(found)])
        case .moreTablesThanParticipants(let tables, let participants):
            return l.text(.methodMoreTablesThanParticipants, ["tables": String(tables), "participants": String(participants)])
        case .unknownCanvas(let canvas, let known):
            return l.text(.methodUnknownCanvas, ["canvas": canvas, "known": known.joined(separator: ", ")])
                + didYouMean(EditDistance.suggestion(for: canvas, among: known), l)
        case .duplicateIdentifier(let id): return l.text(.methodDuplicateIdentifier, ["id": id])
        case .invalidIdentifier(let id): return l.text(.methodInvalidIdentifier, ["id": id])
        case .invalidPlan(let method, let reason): return l.text(.methodInvalidPlan, ["method": method, "reason": reason])
        case .unknownHost(let name, let suggestion):
            return l.text(.methodUnknownHost, ["name": name]) + didYouMean(suggestion, l)
        case .tooManyHosts(let hosts, let tables):
            return l.text(.methodTooManyHosts, ["hosts": String(hosts), "tables": String(tables)])
        case .moreQuestionsThanRounds(let method, let questions, let rounds):
            return l.text(
                .methodMoreQuestionsThanRounds, ["method": method, "questions": String(questions), "rounds": String(rounds)])
        case .seatingImpossible(let error): return describe(error, l)
        }
    }

    static func describe(_ expectation: MethodError.Expectation, _ l: Localizer) -> String {
        switch expectation {
        case .integer(let range):
            return l.text(.expectIntegerRange, ["min": String(range.lowerBound), "max": String(range.upperBound)])
        case .text: return l.text(.expectText)
        case .textList: return l.text(.expectTextList)
        case .choice(let choices): return l.text(.expectChoice, ["choices": choices.joined(separator: ", ")])
        case .flag: return l.text(.expectFlag)
        case .atLeastTexts(let count): return l.text(.expectAtLeastTexts, ["count": String(count)])
        case .exactTexts(let count): return l.text(.expectExactTexts, ["count": String(count)])
        }
    }

    /// A template file problem: `file:line:column: $.path: what is wrong, what was expected.`
    public static func describe(_ error: TemplateError, _ l: Localizer) -> String {
        let location = error.location
        var values = ["location": location, "path": error.path]
        switch error.problem {
        case .unreadable(let file):
            if file.isMissingFile { return l.text(.fileMissing, ["file": file.path]) }
            return l.text(.templateUnreadable, ["file": file.path, "reason": file.reason])
        case .invalidUTF8: return l.text(.jsonInvalidUTF8, ["location": location])
        case .syntax(let syntax): return l.text(.jsonSyntax, ["location": location, "reason": syntax.summary])
        case .missing: return l.text(.templateMissing, values)
        case .emptyList: return l.text(.templateEmptyList, values)
        case .unsupportedVersion(let version):
            values["version"] = String(version)
            return l.text(.templateUnsupportedVersion, values)
        case .wrongType(let expected, let found):
            values["expected"] = describe(expected, l)
            values["found"] = describe(found, l)
            return l.text(.templateWrongType, values)
        case .outOfRange(let value, let range):
            values["value"] = String(value)
            values["expected"] = l.text(
                .expectIntegerRange,
                ["min": String(range.lowerBound), "max": range.upperBound == Int.max ? "∞" : String(range.upperBound)])
            return l.text(.templateInvalidValue, values)
        case .notOneOf(let value, let choices):
            values["value"] = value
            values["expected"] = l.text(.expectChoice, ["choices": choices.joined(separator: ", ")])
            return l.text(.templateInvalidValue, values)
        case .invalidIdentifier(let value):
            values["value"] = value
            return l.text(.templateInvalidIdentifier, values)
        case .emptyText(let missing):
            guard let missing else { return l.text(.templateEmptyText, values) }
            values["language"] = l.text(missing == .es ? .languageSpanish : .languageEnglish)
            values["code"] = missing.rawValue
            return l.text(.templateMissingLanguage, values)
        case .unknownMember(let member, let suggestion):
            values["member"] = member
            return l.text(.templateUnknownMember, values) + didYouMean(suggestion, l)
        case .unknownCanvas(let canvas, let suggestion, let known):
            values["canvas"] = canvas
            values["known"] = known.joined(separator: ", ")
            return l.text(.templateUnknownCanvas, values) + didYouMean(suggestion, l)
        case .unknownQuestion(let number, let count):
            values["number"] = String(number)
            values["count"] = String(count)
            return l.text(.templateUnknownQuestion, values)
        case .duplicateIdentifier(let id, let other):
            values["id"] = id
            values["other"] = other
            return l.text(other.isEmpty ? .templateDuplicateInFile : .templateDuplicate, values)
        case .reservedIdentifier(let id):
            values["id"] = id
            return l.text(.templateReserved, values)
        case .noRounds: return l.text(.templateNoRounds, values)
        }
    }

    static func describe(_ expectation: TemplateExpectation, _ l: Localizer) -> String {
        switch expectation {
        case .object: return l.text(.expectObject)
        case .array: return l.text(.expectArray)
        case .string: return l.text(.expectText)
        case .text: return l.text(.expectLocalizedText)
        case .integer: return l.text(.expectInteger)
        case .boolean: return l.text(.expectFlag)
        case .canvasReference: return l.text(.expectCanvasReference)
        case .questionChoice: return l.text(.expectQuestionChoice)
        }
    }

    static func describe(_ kind: JSONKind, _ l: Localizer) -> String {
        switch kind {
        case .null: return "null"
        case .boolean: return l.text(.foundBoolean)
        case .number: return l.text(.foundNumber)
        case .string: return l.text(.foundString)
        case .array: return l.text(.foundArray)
        case .object: return l.text(.foundObject)
        }
    }

    public static func describe(_ error: NoteError, _ l: Localizer) -> String {
        switch error {
        case .empty: return l.text(.noteEmpty)
        case .tooLong(let length):
            return l.text(.noteTooLong, ["length": String(length), "limit": String(NoteDraft.maximumLength)])
        case .unknownTable(let table, let tables):
            return l.text(.noteUnknownTable, ["table": String(table), "tables": rangeText(tables)])
        case .unknownSection(let section, let known):
            return l.text(
                .noteUnknownSection, ["section": TerminalText.sanitize(section), "known": known.joined(separator: ", ")])
        case .noAgenda: return l.text(.noteNoAgenda)
        case .invalidUTF8(let line): return l.text(.noteInvalidUTF8, ["line": String(line)])
        case .unknownNote(let id): return l.text(.noteUnknownNote, ["id": String(id)])
        case .retracted(let id): return l.text(.noteIsRetracted, ["id": String(id)])
        case .notRetracted(let id): return l.text(.noteNotRetracted, ["id": String(id)])
        case .otherTable(let id, let table, let expected):
            return l.text(.noteOtherTable, ["id": String(id), "table": String(table), "expected": String(expected)])
        case .unchanged(let id): return l.text(.noteUnchanged, ["id": String(id)])
        }
    }

    public static func describe(_ error: PhaseControlError, _ l: Localizer) -> String {
        switch error {
        case .noAgenda: return l.text(.phaseNoAgenda)
        case .notStarted: return l.text(.phaseNotStarted)
        case .alreadyStarted(let phase): return l.text(.phaseAlreadyStarted, ["number": String(phase + 1)])
        case .finished: return l.text(.phaseFinished)
        case .atFirstPhase: return l.text(.phaseAtFirst)
        case .alreadyPaused: return l.text(.phaseAlreadyPaused)
        case .notPaused: return l.text(.phaseNotPaused)
        case .unknownPhase(let phase, let count):
            return l.text(.phaseUnknown, ["number": String(phase + 1), "count": String(count)])
        case .invalidExtension(let seconds): return l.text(.phaseInvalidExtension, ["seconds": String(seconds)])
        }
    }

    public static func describe(_ error: JSONDocumentError, file: String?, _ l: Localizer) -> String {
        let location = file.map { $0 + ":" } ?? ""
        switch error {
        case .invalidUTF8(let line, let column):
            return l.text(.jsonInvalidUTF8, ["location": "\(location)\(line):\(column)"])
        case .syntax(let syntax, let line, let column):
            return l.text(.jsonSyntax, ["location": "\(location)\(line):\(column)", "reason": syntax.summary])
        }
    }

    /// `1-6` or `1, 3, 5` for a list of table numbers.
    static func rangeText(_ numbers: [Int]) -> String {
        let sorted = numbers.sorted()
        guard let first = sorted.first, let last = sorted.last else { return "-" }
        if last - first + 1 == sorted.count { return first == last ? "\(first)" : "\(first)–\(last)" }
        return sorted.map(String.init).joined(separator: ", ")
    }

    // MARK: Seating

    /// A seating the planner cannot make; the cases a user can reach are worded, the others
    /// (inconsistent ids, which only a bug produces) quote the planner's own description.
    public static func describe(_ error: SeatingError, _ l: Localizer) -> String {
        switch error {
        case .insufficientCapacity(let people, let seats):
            return l.text(.seatingInsufficientCapacity, ["people": String(people), "seats": String(seats)])
        case .hostsExceedCapacity(let table, let hosts, let capacity):
            return l.text(
                .seatingHostsExceedCapacity, ["table": String(table + 1), "hosts": String(hosts), "capacity": String(capacity)])
        case .tooManyPeople(let count):
            return l.text(.seatingTooManyPeople, ["count": String(count), "maximum": String(SeatingProblem.maximumPeople)])
        case .problemTooLarge(let rounds, let tables, let kinds):
            return l.text(.seatingTooLarge, ["rounds": String(rounds), "tables": String(tables), "kinds": String(kinds)])
        default:
            return l.text(.seatingImpossible, ["reason": error.description])
        }
    }

    public static func describe(_ error: CheckInError, _ l: Localizer) -> String {
        func located(_ message: String, _ origin: String?) -> String {
            origin.map { l.text(.checkinAt, ["origin": $0, "message": message]) } ?? message
        }
        switch error {
        case .unknownName(let name, let suggestion, let origin):
            return located(
                l.text(.checkinUnknownName, ["name": name]) + didYouMean(suggestion, l)
                    + (suggestion == nil ? " " + l.text(.checkinUnknownNameHint) : ""), origin)
        case .unknownID(let id, let origin): return located(l.text(.checkinUnknownID, ["id": String(id)]), origin)
        case .ambiguousName(let name, let candidates, let origin):
            let listed = candidates.prefix(8).map { candidate in
                "#\(candidate.id) \(candidate.name)" + (candidate.institution.isEmpty ? "" : " (\(candidate.institution))")
            }
            return located(
                l.text(
                    .checkinAmbiguous,
                    [
                        "name": name, "count": String(candidates.count), "candidates": listed.joined(separator: ", "),
                        "example": String(candidates.first?.id ?? 1),
                    ]), origin)
        case .conflictingMarks(let participant):
            return l.text(.checkinConflict, ["name": participant.name, "id": String(participant.id)])
        case .invalidWalkIn(let value): return l.text(.checkinInvalidWalkIn, ["value": value])
        case .walkInOnRoster(let name, let participant):
            return l.text(
                .checkinWalkInOnRoster,
                [
                    "name": name, "id": String(participant.id),
                    "institution": participant.institution.isEmpty ? "-" : participant.institution,
                ])
        case .duplicateWalkIn(let name): return l.text(.checkinDuplicateWalkIn, ["name": name])
        case .listMissingNameColumn(let file, let headers):
            return l.text(
                .checkinListMissingName, ["file": file, "headers": headers.map { "\"\($0)\"" }.joined(separator: ", ")])
        case .listEmpty(let file): return l.text(.checkinListEmpty, ["file": file])
        case .listUnterminatedQuote(let file, let line):
            return l.text(.csvUnterminatedQuote, ["file": file, "line": String(line)])
        case .invalidListStatus(let file, let line, let value):
            return l.text(.checkinListStatus, ["file": file, "line": String(line), "value": value])
        case .notPlanned: return l.text(.noteNoAgenda)
        case .seating(let error): return describe(error, l)
        }
    }

    public static func describe(_ error: ThemeError, _ l: Localizer) -> String {
        switch error {
        case .unknownNote(let id, let suggestion):
            return l.text(.themeUnknownNote, ["id": String(id)]) + didYouMean(suggestion.map { "#\($0)" }, l)
        case .retractedNote(let id): return l.text(.themeRetractedNote, ["id": String(id)])
        case .unknownTheme(let reference, let suggestion):
            return l.text(.themeUnknownTheme, ["reference": reference]) + didYouMean(suggestion, l)
        case .differentPlace(let note, let notePlace, let theme, let themePlace):
            return l.text(
                .themeDifferentPlace,
                ["note": String(note), "notePlace": notePlace, "theme": theme, "themePlace": themePlace])
        case .alreadyInTheme(let note, let theme): return l.text(.themeAlreadyInTheme, ["note": String(note), "theme": theme])
        case .sameTheme(let theme): return l.text(.themeSameTheme, ["theme": theme])
        case .notInTheme(let note, let theme, let actual):
            return l.text(.themeNotInTheme, ["note": String(note), "theme": theme, "actual": actual])
        case .wholeTheme(let theme): return l.text(.themeWholeTheme, ["theme": theme])
        case .invalidName(let length): return l.text(.themeInvalidName, ["length": String(length)])
        }
    }
}
