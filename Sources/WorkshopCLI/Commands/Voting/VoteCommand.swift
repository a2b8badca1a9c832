import Engine

/// `workshop vote FILE --question Q ...`: records one thing about a question's vote: a
/// voter's ballot, counted totals from dot stickers, closing, reopening or starting over,
/// or the question's settings.
struct VoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "vote",
        abstract: .voteAbstract,
        discussion: .voteDiscussion,
        arguments: [ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop"))],
        options: [
            OptionSpec("question", short: "q", value: "Q", help: .voteOptionQuestion, isRequired: true),
            OptionSpec("voter", short: "v", value: "NAME", help: .voteOptionVoter),
            OptionSpec("dots", value: "ID=N,...", help: .voteOptionDots),
            OptionSpec("approve", value: "ID,...", help: .voteOptionApprove),
            OptionSpec("rank", value: "ID,...", help: .voteOptionRank),
            OptionSpec("score", value: "ID=N,...", help: .voteOptionScore),
            OptionSpec("tally", value: "ID=N,...", help: .voteOptionTally),
            OptionSpec("replace", help: .voteOptionReplace),
            OptionSpec("close", help: .voteOptionClose),
            OptionSpec("reopen", help: .voteOptionReopen),
            OptionSpec("reset", help: .voteOptionReset),
            OptionSpec(
                "rule", value: "dots|approval|borda|score", help: .voteOptionRule,
                completion: .choices(VotingRule.allCases.map(\.rawValue))),
            OptionSpec("budget", value: "N", help: .voteOptionBudget),
            OptionSpec("cap", value: "N", help: .voteOptionCap),
            OptionSpec("keep", value: "K", help: .voteOptionKeep),
        ],
        examples: [
            "workshop vote taller.workshop --question 2 --voter \"Camila Rojas\" --dots C3=2,C5=1",
            "workshop vote taller.workshop --question 2 --voter 17 --dots C3=1,C4=1,C5=1 --replace",
            "workshop vote taller.workshop --question 1 --tally C1=14,C2=9,C4=3",
            "workshop vote taller.workshop --question 3 --rule borda --keep 3",
            "workshop vote taller.workshop --question all --close",
        ])

    /// What the command records.
    enum Action {
        case ballot(voter: String, rule: VotingRule, marks: [BallotMark], replace: Bool)
        case tally([BallotMark], replace: Bool)
        case close
        case reopen
        case reset
        case configure(rule: VotingRule?, keep: Int?, budget: Int?, cap: Int?)
    }

    let file: String
    /// The question, or nil for every question (`--question all`, closing or reopening).
    let question: Int?
    let action: Action

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        let questionText = try arguments.requiredOption("question")
        let everyQuestion = ["all", "todas", "todo"].contains(questionText.lowercased())
        question = everyQuestion ? nil : try VoteArguments.question(arguments)

        var ballot: (rule: VotingRule, marks: [BallotMark], option: String)?
        var ballotOptions: [String] = []
        if let text = arguments.option("dots") {
            ballot = (.dots, try VoteArguments.marks(text, option: "--dots"), "--dots")
            ballotOptions.append("--dots")
        }
        if let text = arguments.option("approve") {
            ballot = (.approval, BallotDraft.approvals(try VoteArguments.ids(text, option: "--approve")), "--approve")
            ballotOptions.append("--approve")
        }
        if let text = arguments.option("rank") {
            ballot = (.borda, BallotDraft.ranking(try VoteArguments.ids(text, option: "--rank")), "--rank")
            ballotOptions.append("--rank")
        }
        if let text = arguments.option("score") {
            ballot = (.score, try VoteArguments.marks(text, option: "--score"), "--score")
            ballotOptions.append("--score")
        }
        guard ballotOptions.count <= 1 else {
            throw UsageError.message(.voteOneBallotKind, ["options": ballotOptions.joined(separator: ", ")])
        }
        let voter = arguments.option("voter")?.trimmingWhitespace()
        let replace = arguments.flag("replace")
        let rule = try arguments.choice("rule", among: VotingRule.allCases.map(\.rawValue)).flatMap(VotingRule.init(rawValue:))
        let budget = try arguments.integer("budget", in: 1...100)
        let cap = try arguments.integer("cap", in: 0...100)
        let keep = try arguments.integer("keep", in: 1...100)

        var actions: [(name: String, action: Action)] = []
        if let ballot {
            guard let voter, !voter.isEmpty else { throw UsageError.message(.voteBallotNeedsVoter, ["option": ballot.option]) }
            actions.append((ballot.option, .ballot(voter: voter, rule: ballot.rule, marks: ballot.marks, replace: replace)))
        } else if voter != nil {
            throw UsageError.message(.voteVoterNeedsBallot, [:])
        }
        if let text = arguments.option("tally") {
            actions.append(("--tally", .tally(try VoteArguments.marks(text, option: "--tally"), replace: replace)))
        }
        if arguments.flag("close") { actions.append(("--close", .close)) }
        if arguments.flag("reopen") { actions.append(("--reopen", .reopen)) }
        if arguments.flag("reset") { actions.append(("--reset", .reset)) }
        if rule != nil || budget != nil || cap != nil || keep != nil {
            actions.append(("--rule/--budget/--cap/--keep", .configure(rule: rule, keep: keep, budget: budget, cap: cap)))
        }
        guard let first = actions.first else { throw UsageError.message(.voteNeedsAction, [:]) }
        guard actions.count == 1 else {
            throw UsageError.message(.voteOneAction, ["options": actions.map(\.name).joined(separator: ", ")])
        }
        if replace, case .close = first.action { throw UsageError.message(.voteReplaceOnlyVotes, [:]) }
        switch first.action {
        case .close, .reopen: break
        default:
            if everyQuestion { throw UsageError.message(.voteAllOnlyClose, [:]) }
        }
        if replace {
            switch first.action {
            case .ballot, .tally: break
            default: throw UsageError.message(.voteReplaceOnlyVotes, [:])
            }
        }
        action = first.action
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        let l = context.localizer
        switch action {
        case .ballot(let voter, let rule, let marks, let replace):
            guard let question else { return }
            var cast: BallotCast?
            try session.append { state in
                let event = try BallotDraft(question: question, voter: voter, rule: rule, marks: marks, replace: replace)
                    .event(in: state)
                cast = event
                return [event]
            }
            guard let cast else { return }
            let state = session.state
            let name = state.participant(cast.voter)?.name ?? voter
            var described = VoteArguments.describe(cast.marks, rule: rule)
            if rule == .dots {
                let settings = VoteSettings.resolve(question: question, in: state)
                described +=
                    " "
                    + l.text(
                        .voteDotsUsed,
                        ["used": String(cast.marks.reduce(0) { $0 + $1.value }), "budget": String(settings.budget)])
            }
            context.print(
                l.text(
                    cast.replaces ? .voteBallotReplaced : .voteBallotRecorded,
                    ["voter": TerminalText.sanitize(name), "question": String(question), "marks": described]))
        case .tally(let counts, let replace):
            guard let question else { return }
            var recorded: TallyRecorded?
            try session.append { state in
                let event = try TallyDraft(question: question, counts: counts, replace: replace).event(in: state)
                recorded = event
                return [event]
            }
            guard let recorded else { return }
            context.print(
                l.text(
                    recorded.replaces ? .voteTallyReplaced : .voteTallyRecorded,
                    [
                        "question": String(question),
                        "counts": recorded.counts.map { "\($0.candidate)=\($0.value)" }.joined(separator: ", "),
                    ]))
        case .close, .reopen:
            let closing = isClosing
            var changed: [Int] = []
            try session.append { state in
                changed = []
                var events: [any JournalEvent] = []
                for question in targetQuestions(state) {
                    let closed = state.voteClosure(question: question).closed
                    // With `--question all`, questions already in the wanted state are skipped.
                    if self.question == nil, closed == closing { continue }
                    events.append(
                        closing
                            ? try VoteControl.close(question: question, in: state)
                            : try VoteControl.reopen(question: question, in: state))
                    changed.append(question)
                }
                return events
            }
            if changed.isEmpty {
                context.print(l.text(closing ? .voteNothingToClose : .voteNothingToReopen))
            }
            for question in changed {
                let vote = session.state.voting.vote(question: question)
                context.print(
                    closing
                        ? l.text(
                            .voteClosedDone,
                            [
                                "question": String(question), "ballots": String(vote.ballots.count),
                                "tallies": String(vote.tallyRecords), "file": file,
                            ])
                        : l.text(.voteReopenedDone, ["question": String(question)]))
            }
        case .reset:
            guard let question else { return }
            let before = session.state.voting.vote(question: question)
            try session.append { state in [try VoteControl.reset(question: question, in: state)] }
            context.print(
                l.text(
                    .voteResetDone,
                    [
                        "question": String(question), "ballots": String(before.ballots.count),
                        "tallies": String(before.tallyRecords),
                    ]
                ))
        case .configure(let rule, let keep, let budget, let cap):
            guard let question else { return }
            try session.append { state in
                [try VoteControl.configure(question: question, rule: rule, keep: keep, budget: budget, cap: cap, in: state)]
            }
            let settings = VoteSettings.resolve(question: question, in: session.state)
            context.print(
                l.text(
                    .voteConfiguredDone,
                    ["question": String(question), "rule": VoteArguments.describe(settings, l), "keep": String(settings.keep)]))
        }
    }

    private var isClosing: Bool {
        if case .close = action { return true }
        return false
    }

    /// The questions `--question` names (every question for `all`).
    private func targetQuestions(_ state: SessionState) -> [Int] {
        if let question { return [question] }
        return state.agenda.questions.map(\.number)
    }
}
