import Engine

/// The vote of the simulated day: for each question, every table that held it proposes
/// three conclusions drawn from its notes, everyone in the room casts a dot ballot, the
/// facilitator closes the vote and, if a tie falls at the cut, breaks it. Everything goes
/// through the same checks and journal appends as the real commands.
struct DemoVoting {
    let session: Session
    /// Moves simulated time forward (through the console transcript when one is written).
    let advance: (Int) -> Void
    let log: (String) -> Void
    let localizer: Localizer

    /// Conclusions each table proposes per question.
    static let proposalsPerTable = 3

    /// Runs the vote phase, spread over `seconds` of simulated time.
    func run(seconds: Int, generator: inout SeededGenerator) throws {
        let questions = session.state.agenda.questions
        let step = seconds / max(1, questions.count * 2)
        var elapsed = 0
        for question in questions {
            try propose(question: question.number, generator: &generator)
            advance(step)
            try castBallots(question: question.number, generator: &generator)
            advance(step)
            elapsed += 2 * step
            try close(question: question.number)
        }
        advance(max(0, seconds - elapsed))
    }

    private func propose(question: Int, generator: inout SeededGenerator) throws {
        let state = session.state
        let tables = Set(state.agenda.rounds.flatMap { $0.assignments.filter { $0.question == question }.map(\.table) }).sorted()
        var proposed: Set<String> = []
        for table in tables {
            var texts = state.notes.current.filter { $0.table == table && $0.question == question }.map(\.text)
            texts.shuffle(using: &generator)
            var count = 0
            for text in texts where count < Self.proposalsPerTable && !proposed.contains(VoterLookup.normalize(text)) {
                proposed.insert(VoterLookup.normalize(text))
                count += 1
                try session.append { state in [try ConclusionDraft(question: question, text: text, table: table).event(in: state)]
                }
            }
        }
    }

    /// Everyone in the room spreads their dots, drawn towards a few popular conclusions.
    private func castBallots(question: Int, generator: inout SeededGenerator) throws {
        let state = session.state
        let candidates = state.voting.candidates(question: question).map(\.id)
        guard !candidates.isEmpty else { return }
        let settings = VoteSettings.resolve(question: question, in: state)
        let appeal = candidates.map { _ in 1 + Int(generator.next() % 6) }.map { $0 * $0 }
        var drafts: [BallotDraft] = []
        for participant in state.seatedParticipants {
            var dots: [String: Int] = [:]
            for _ in 0..<settings.budget {
                let total = appeal.reduce(0, +)
                var pick = Int(generator.next() % UInt64(total))
                var index = 0
                while pick >= appeal[index] {
                    pick -= appeal[index]
                    index += 1
                }
                let id = candidates[index]
                if let cap = settings.cap, cap > 0, dots[id, default: 0] >= cap { continue }
                dots[id, default: 0] += 1
            }
            let marks = candidates.compactMap { id in dots[id].map { BallotMark(candidate: id, value: $0) } }
            guard !marks.isEmpty else { continue }
            drafts.append(BallotDraft(question: question, voter: String(participant.id), rule: .dots, marks: marks))
        }
        try session.append { state in try drafts.map { try $0.event(in: state) } }
    }

    private func close(question: Int) throws {
        try session.append { state in [try VoteControl.close(question: question, in: state)] }
        var results = QuestionResults.compute(question: question, in: session.state)
        if results.hasOpenTie {
            // The facilitator asks the room; in the demo the earlier proposal goes first.
            let order = results.tied.sorted { (Conclusion.number(fromID: $0) ?? 0) < (Conclusion.number(fromID: $1) ?? 0) }
            try session.append { state in [try TieBreakDraft(question: question, order: order).event(in: state)] }
            log(localizer.text(.demoTieBroken, ["question": String(question), "order": order.joined(separator: ", ")]))
            results = QuestionResults.compute(question: question, in: session.state)
        }
        log(
            localizer.text(
                .demoVoteSummary,
                [
                    "question": String(question), "candidates": String(results.entries.count),
                    "ballots": String(results.ballots), "kept": results.kept.joined(separator: ", "),
                ]))
    }
}
