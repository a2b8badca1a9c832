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

    /// Seconds between two rounds of note taking at all tables.
    static let noteInterval = 150

    func run() throws {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 17)
        let agenda = session.state.agenda
        for (index, phase) in agenda.phases.enumerated() {
            try session.append([PhaseStarted(phase: index)])
            log("\(clock.now().clockTime(utcOffsetMinutes: -180))  \(phase.title.text(in: localizer.language))")
            if index == 0 { try checkIn(generator: &generator) }
            if phase.kind == .round, let round = phase.round {
                try takeNotes(round: round, seconds: phase.plannedSeconds, generator: &generator)
            } else {
                clock.advance(seconds: phase.plannedSeconds)
            }
        }
        try session.append([SessionFinished()])
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
            clock.advance(seconds: Self.noteInterval)
            elapsed += Self.noteInterval
            step += 1
        }
        clock.advance(seconds: max(0, seconds - elapsed))
    }
}
