import Engine

/// The results of a session's votes as text for a terminal and as JSON for files: totals,
/// the kept conclusions in order, and ties at the cut (never broken silently).
///
/// Votes are anonymous: voters appear only when the session was created with
/// `--open-ballots`, and then only in the `byVoter` member (JSON) or the ballots list (text).
struct ResultsReport {
    let state: SessionState
    let results: [QuestionResults]

    /// Results of `questions` (every question of the agenda when nil).
    init(state: SessionState, questions: [Int]? = nil) {
        self.state = state
        results = (questions ?? state.agenda.questions.map(\.number)).map {
            QuestionResults.compute(question: $0, in: state)
        }
    }

    // MARK: JSON

    /// One object per question:
    /// `{"question": 1, "rule": "dots", "totals": {"C1": 14}, "kept": ["C1"], "tied": [], ...}`.
    func json(language: Language) -> JSONValue {
        .array(results.map { json($0, language: language) })
    }

    private func json(_ result: QuestionResults, language: Language) -> JSONValue {
        let settings = result.settings
        var tieBreak: JSONValue = .null
        switch result.tieBreakApplied {
        case .keepAll?: tieBreak = ["keepAll": true]
        case .order(let order)?: tieBreak = ["order": .array(order.map { .string($0) })]
        case nil: break
        }
        var members: [(key: String, value: JSONValue)] = [
            ("question", .integer(result.question)),
            ("title", .string(state.agenda.question(result.question)?.title.text(in: language) ?? "")),
            ("rule", .string(settings.rule.rawValue)),
            ("keep", .integer(settings.keep)),
        ]
        if settings.rule == .dots {
            members.append(("dotsPerVoter", .integer(settings.budget)))
            members.append(("capPerCandidate", settings.cap.flatMap { $0 > 0 ? JSONValue.integer($0) : nil } ?? .null))
        }
        members += [
            ("status", .string(result.closed ? "closed" : "open")),
            ("ballots", .integer(result.ballots)),
            ("tallies", .integer(result.tallies)),
            (
                "totals",
                .object(result.entries.sorted { $0.conclusion.number < $1.conclusion.number }.map { ($0.id, .integer($0.total)) })
            ),
            ("kept", .array(result.kept.map { .string($0) })),
            ("tied", .array(result.tied.map { .string($0) })),
            ("openPlaces", .integer(result.openPlaces)),
            ("tieBreak", tieBreak),
            (
                "conclusions",
                .array(
                    result.entries.map { entry in
                        [
                            "id": .string(entry.id), "text": .string(entry.conclusion.text), "total": .integer(entry.total),
                            "rank": .integer(entry.rank), "outcome": .string(outcomeName(entry.outcome)),
                            "tables": .array(entry.conclusion.tables.map { .integer($0) }),
                        ]
                    })
            ),
        ]
        if state.info.openBallots {
            let ballots = state.voting.vote(question: result.question).ballots
            members.append(
                (
                    "byVoter",
                    .array(
                        ballots.map { ballot in
                            [
                                "voter": .string(state.participant(ballot.voter)?.name ?? "#\(ballot.voter)"),
                                "participant": .integer(ballot.voter),
                                "marks": .object(ballot.marks.map { ($0.candidate, .integer($0.value)) }),
                            ]
                        })
                ))
        }
        return .object(members)
    }

    private func outcomeName(_ outcome: QuestionResults.Outcome) -> String {
        switch outcome {
        case .kept: return "kept"
        case .tied: return "tied"
        case .notKept: return "not-kept"
        }
    }

    // MARK: Text

    func text(_ context: CommandContext, file: String) -> String {
        let l = context.localizer
        let style = context.style
        var lines: [String] = []
        for (position, result) in results.enumerated() {
            if position > 0 { lines.append("") }
            let title = state.agenda.question(result.question)?.title.text(in: l.language) ?? ""
            lines.append(
                style.bold(
                    l.text(.resultsQuestion, ["question": String(result.question), "title": TerminalText.sanitize(title)])))
            let status = result.closed ? l.text(.resultsClosed) : l.text(.resultsOpen)
            lines.append(
                style.dim(
                    l.text(
                        .resultsSummary,
                        [
                            "rule": VoteArguments.describe(result.settings, l), "keep": String(result.settings.keep),
                            "ballots": String(result.ballots), "tallies": String(result.tallies), "status": status,
                        ])))
            guard !result.entries.isEmpty else {
                lines.append("  " + l.text(.resultsNoCandidates))
                continue
            }
            let totalWidth = String(result.entries.map(\.total).max() ?? 0).count
            let idWidth = result.entries.map(\.id.count).max() ?? 2
            let outcomeWidth = [l.text(.resultsKept), l.text(.resultsTied)].map(\.count).max() ?? 4
            for entry in result.entries {
                let shared = result.entries.filter { $0.rank == entry.rank }.count > 1
                let rank = Formatting.pad("\(entry.rank)\(shared ? "=" : ".")", 4)
                let total = String(repeating: " ", count: totalWidth - String(entry.total).count) + String(entry.total)
                var outcome = ""
                switch entry.outcome {
                case .kept: outcome = style.green(Formatting.pad(l.text(.resultsKept), outcomeWidth))
                case .tied: outcome = style.yellow(Formatting.pad(l.text(.resultsTied), outcomeWidth))
                case .notKept: outcome = String(repeating: " ", count: outcomeWidth)
                }
                lines.append(
                    "  " + rank + Formatting.pad(entry.id, idWidth) + "  " + total + "  " + outcome + "  "
                        + TerminalText.sanitize(entry.conclusion.text))
            }
            if result.hasOpenTie {
                let tiedTotal = result.entries.first { $0.outcome == .tied }?.total ?? 0
                lines.append(
                    style.yellow(
                        l.text(
                            .resultsTieAtCut,
                            [
                                "tied": result.tied.joined(separator: ", "), "total": String(tiedTotal),
                                "places": String(result.openPlaces), "question": String(result.question), "file": file,
                                "order": result.tied.joined(separator: ","),
                            ])))
            }
            switch result.tieBreakApplied {
            case .keepAll?: lines.append(l.text(.resultsTieKeptAll))
            case .order(let order)?: lines.append(l.text(.resultsTieBroken, ["order": order.joined(separator: ", ")]))
            case nil: break
            }
            lines.append(
                l.text(.resultsKeptList, ["kept": result.kept.isEmpty ? "-" : result.kept.joined(separator: ", ")]))
            if state.info.openBallots {
                let ballots = state.voting.vote(question: result.question).ballots
                if !ballots.isEmpty { lines.append(l.text(.resultsBallots)) }
                for ballot in ballots {
                    let name = state.participant(ballot.voter)?.name ?? "#\(ballot.voter)"
                    lines.append(
                        "  " + TerminalText.sanitize(name) + ": " + VoteArguments.describe(ballot.marks, rule: ballot.rule))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
