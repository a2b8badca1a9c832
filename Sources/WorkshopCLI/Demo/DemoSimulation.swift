import Engine

/// Plays a whole workshop day on a session at accelerated time: the facilitator moves
/// through the phases and the systematisers of every table type notes during each round.
/// Everything goes through the same journal appends as the real commands.
struct DemoSimulation {
    let session: Session
    let clock: ManualTimeSource
    let seed: Int
    /// Called with a line for the demo's log of the simulated day.
    let log: (String) -> Void
    let localizer: Localizer
    /// Called with the state after every phase change and every simulated second (for the
    /// demo's console transcript); when nil the clock jumps instead of stepping.
    var observe: ((SessionState) -> Void)? = nil

    /// Seconds between two rounds of note taking at all tables.
    static let noteInterval = 150

    func run() throws {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 17)
        let agenda = session.state.agenda
        for (index, phase) in agenda.phases.enumerated() {
            try session.append([PhaseStarted(phase: index)])
            observe?(session.state)
            log("\(clock.now().clockTime(utcOffsetMinutes: -180))  \(phase.title.text(in: localizer.language))")
            if index == 0 { try checkIn(generator: &generator) }
            if phase.kind == .round, let round = phase.round {
                try takeNotes(round: round, seconds: phase.plannedSeconds, generator: &generator)
            } else if phase.kind == .vote {
                try DemoVoting(
                    session: session, advance: { advance(seconds: $0) }, log: { log("       " + $0) }, localizer: localizer
                )
                .run(seconds: phase.plannedSeconds, generator: &generator)
            } else {
                advance(seconds: phase.plannedSeconds)
            }
        }
        try session.append([SessionFinished()])
        observe?(session.state)
        log("\(clock.now().clockTime(utcOffsetMinutes: -180))  \(localizer.text(.demoDayOver))")
    }

    /// Every table notes ideas on its question through the round, spread over its minutes.
    private func takeNotes(round: Int, seconds: Int, generator: inout SeededGenerator) throws {
        let state = session.state
        guard let plan = state.agenda.round(round) else { return }
        var queues: [(table: Int, drafts: [NoteDraft])] = []
        for assignment in plan.assignments {
            let sections = state.agenda.canvas(assignment.canvas)?.sections.map(\.id) ?? []
            let bank = DemoNotes.bank[(assignment.question - 1) % DemoNotes.bank.count + 1] ?? [:]
            var candidates: [(section: String, text: String)] = []
            for (offset, section) in sections.enumerated() {
                let key = ["structures", "capacities", "methods", "interactions"][offset % 4]
                candidates += (bank[key] ?? []).map { (section, $0) }
            }
            candidates.shuffle(using: &generator)
            let count = min(candidates.count, 4 + Int(generator.next() % 4))
            let drafts = candidates.prefix(count).map {
                NoteDraft(
                    table: assignment.table, section: $0.section,
                    author: localizer.text(.demoSystematiser, ["table": String(assignment.table)]), text: $0.text)
            }
            queues.append((assignment.table, drafts))
        }
        var elapsed = 0
        var step = 0
        while queues.contains(where: { step < $0.drafts.count }) {
            for queue in queues where step < queue.drafts.count {
                let draft = queue.drafts[step]
                try session.append { state in [try draft.event(in: state)] }
            }
            advance(seconds: Self.noteInterval)
            elapsed += Self.noteInterval
            step += 1
        }
        advance(seconds: max(0, seconds - elapsed))
    }

    /// Moves the clock on, second by second when someone watches.
    private func advance(seconds: Int) {
        guard let observe else {
            clock.advance(seconds: seconds)
            return
        }
        for _ in 0..<seconds {
            clock.advance(seconds: 1)
            observe(session.state)
        }
    }
}
