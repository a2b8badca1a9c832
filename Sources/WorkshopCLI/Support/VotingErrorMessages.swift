import Engine

extension ErrorMessages {
    /// A refused conclusion change, ballot, tally or vote setting.
    public static func describe(_ error: VoteError, _ l: Localizer) -> String {
        switch error {
        case .unknownQuestion(let question, let known):
            return l.text(.voteUnknownQuestion, ["question": String(question), "known": rangeText(known)])
        case .noCandidates(let question): return l.text(.voteNoCandidates, ["question": String(question)])
        case .unknownCandidate(let id, let question, let candidates):
            return l.text(
                .voteUnknownCandidate,
                [
                    "id": id, "question": String(question),
                    "candidates": candidates.isEmpty ? "-" : candidates.joined(separator: ", "),
                ])
        case .candidateOfOtherQuestion(let id, let question, let expected):
            return l.text(.voteCandidateOtherQuestion, ["id": id, "question": String(question), "expected": String(expected)])
        case .inactiveCandidate(let id, let into):
            if let into { return l.text(.voteCandidateMerged, ["id": id, "into": into]) }
            return l.text(.voteCandidateWithdrawn, ["id": id])
        case .duplicateCandidate(let id): return l.text(.voteDuplicateCandidate, ["id": id])
        case .emptyConclusion: return l.text(.conclusionEmpty)
        case .conclusionTooLong(let length, let limit):
            return l.text(.conclusionTooLong, ["length": String(length), "limit": String(limit)])
        case .duplicateConclusion(let existing): return l.text(.conclusionDuplicate, ["existing": existing])
        case .unknownConclusion(let id): return l.text(.conclusionUnknown, ["id": id])
        case .mergeWithItself(let id): return l.text(.conclusionMergeItself, ["id": id])
        case .mergeAcrossQuestions(let id, let question, let other, let otherQuestion):
            return l.text(
                .conclusionMergeAcross,
                ["id": id, "question": String(question), "other": other, "otherQuestion": String(otherQuestion)])
        case .unchangedConclusion(let id): return l.text(.conclusionUnchanged, ["id": id])
        case .unknownTable(let table, let tables):
            return l.text(.noteUnknownTable, ["table": String(table), "tables": rangeText(tables)])
        case .unknownVoter(let name, let suggestion):
            return l.text(.voteUnknownVoter, ["name": name]) + didYouMean(suggestion, l)
        case .ambiguousVoter(let name, let matches):
            return l.text(.voteAmbiguousVoter, ["name": name, "matches": matches.joined(separator: "; ")])
        case .absentVoter(let name): return l.text(.voteAbsentVoter, ["name": name])
        case .alreadyVoted(let voter, let question):
            return l.text(.voteAlreadyVoted, ["voter": voter, "question": String(question)])
        case .emptyBallot: return l.text(.voteEmptyBallot)
        case .ruleMismatch(let question, let rule, let ballot):
            return l.text(
                .voteRuleMismatch,
                [
                    "question": String(question), "rule": ruleName(rule, l), "ballot": ruleName(ballot, l),
                    "option": ballotOption(rule),
                ])
        case .overBudget(let used, let budget):
            return l.text(.voteOverBudget, ["used": String(used), "budget": String(budget), "excess": String(used - budget)])
        case .overCap(let candidate, let dots, let cap):
            return l.text(.voteOverCap, ["candidate": candidate, "dots": String(dots), "cap": String(cap)])
        case .invalidDots(let candidate, let value):
            return l.text(.voteInvalidDots, ["candidate": candidate, "value": String(value)])
        case .invalidApproval(let candidate, let value):
            return l.text(.voteInvalidApproval, ["candidate": candidate, "value": String(value)])
        case .invalidScore(let candidate, let value):
            return l.text(.voteInvalidScore, ["candidate": candidate, "value": String(value)])
        case .invalidRanking(let ranks):
            return l.text(.voteInvalidRanking, ["ranks": ranks.map(String.init).joined(separator: ", ")])
        case .negativeTally(let candidate, let value):
            return l.text(.tallyNegative, ["candidate": candidate, "value": String(value)])
        case .tallyAlreadyRecorded(let candidates):
            return l.text(.tallyAlreadyRecorded, ["candidates": candidates.joined(separator: ", ")])
        case .tallyOverCandidateLimit(let candidate, let value, let limit, let voters):
            return l.text(
                .tallyOverCandidateLimit,
                ["candidate": candidate, "value": String(value), "limit": String(limit), "voters": String(voters)])
        case .tallyOverTotalLimit(let total, let limit, let voters):
            return l.text(.tallyOverTotalLimit, ["total": String(total), "limit": String(limit), "voters": String(voters)])
        case .closed(let question, let byAgenda):
            return l.text(byAgenda ? .voteClosedByAgenda : .voteIsClosed, ["question": String(question)])
        case .alreadyClosed(let question): return l.text(.voteAlreadyClosed, ["question": String(question)])
        case .notClosed(let question): return l.text(.voteNotClosed, ["question": String(question)])
        case .votingStarted(let question, let ballots, let tallies):
            return l.text(
                .voteStarted, ["question": String(question), "ballots": String(ballots), "tallies": String(tallies)])
        case .nothingToReset(let question): return l.text(.voteNothingToReset, ["question": String(question)])
        case .invalidSetting(let name, let value): return l.text(.voteInvalidSetting, ["name": name, "value": String(value)])
        case .noTie(let question): return l.text(.tieNone, ["question": String(question)])
        case .notTied(let id, let tied): return l.text(.tieNotTied, ["id": id, "tied": tied.joined(separator: ", ")])
        case .tieOrderTooShort(let given, let needed, let tied):
            return l.text(
                .tieOrderTooShort, ["given": String(given), "needed": String(needed), "tied": tied.joined(separator: ", ")])
        }
    }

    /// A notes CSV that cannot be read.
    public static func describe(_ error: NoteImportError, _ l: Localizer) -> String {
        switch error {
        case .empty(let file): return l.text(.importEmpty, ["file": file])
        case .unterminatedQuote(let file, let line): return l.text(.csvUnterminatedQuote, ["file": file, "line": String(line)])
        case .missingColumn(let file, let column, let headers):
            return l.text(
                .importMissingColumn,
                [
                    "file": file, "column": columnName(column, l),
                    "headers": headers.isEmpty ? "-" : headers.map { "\"\($0)\"" }.joined(separator: ", "),
                ])
        case .noRows(let file): return l.text(.importNoRows, ["file": file])
        case .noAgenda: return l.text(.noteNoAgenda)
        }
    }

    /// Why one row of a notes CSV was rejected. Values come from the file and are printed
    /// without control sequences.
    public static func describe(_ problem: NoteImportProblem, _ l: Localizer) -> String {
        switch problem {
        case .emptyText: return l.text(.importRowEmptyText)
        case .tooLong(let length):
            return l.text(.importRowTooLong, ["length": String(length), "limit": String(NoteDraft.maximumLength)])
        case .missingTable: return l.text(.importRowMissingTable)
        case .unknownTable(let value, let tables):
            return l.text(.importRowUnknownTable, ["value": TerminalText.sanitize(value), "tables": rangeText(tables)])
        case .unknownRound(let value, let rounds):
            return l.text(.importRowUnknownRound, ["value": TerminalText.sanitize(value), "rounds": rangeText(rounds)])
        case .tableNotInRound(let table, let round):
            return l.text(.importRowTableNotInRound, ["table": String(table), "round": String(round)])
        case .unknownQuestion(let value, let questions):
            return l.text(.importRowUnknownQuestion, ["value": TerminalText.sanitize(value), "questions": rangeText(questions)])
        case .questionMismatch(let table, let round, let expected, let found):
            return l.text(
                .importRowQuestionMismatch,
                ["table": String(table), "round": String(round), "expected": String(expected), "found": String(found)])
        case .questionNotAtTable(let table, let question, let held):
            return l.text(
                .importRowQuestionNotAtTable, ["table": String(table), "question": String(question), "held": rangeText(held)])
        case .needRoundOrQuestion(let table, let held):
            return l.text(.importRowNeedRoundOrQuestion, ["table": String(table), "held": rangeText(held)])
        case .unknownSection(let value, let known):
            return l.text(
                .importRowUnknownSection, ["value": TerminalText.sanitize(value), "known": known.joined(separator: ", ")])
        }
    }

    /// The localised name of a notes CSV column, with its accepted header names.
    static func columnName(_ column: NoteImportColumn, _ l: Localizer) -> String {
        switch column {
        case .table: return l.text(.importColumnTable)
        case .text: return l.text(.importColumnText)
        case .round: return l.text(.importColumnRound)
        case .question: return l.text(.importColumnQuestion)
        case .section: return l.text(.importColumnSection)
        case .author: return l.text(.importColumnAuthor)
        }
    }

    /// The localised name of a voting rule ("dot voting").
    public static func ruleName(_ rule: VotingRule, _ l: Localizer) -> String {
        switch rule {
        case .dots: return l.text(.ruleDots)
        case .approval: return l.text(.ruleApproval)
        case .borda: return l.text(.ruleBorda)
        case .score: return l.text(.ruleScore)
        }
    }

    /// The `workshop vote` option that casts a ballot under `rule`.
    public static func ballotOption(_ rule: VotingRule) -> String {
        switch rule {
        case .dots: return "--dots ID=N,ID=N"
        case .approval: return "--approve ID,ID"
        case .borda: return "--rank ID,ID,ID"
        case .score: return "--score ID=N,ID=N"
        }
    }
}
