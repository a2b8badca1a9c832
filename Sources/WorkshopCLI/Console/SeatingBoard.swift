import Engine

/// Who sits where in one round and where they come from: the list people look for their
/// name in when the room rotates. Looked up from the session's seating plan.
struct SeatingBoard: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        /// The participant's name, safe to print.
        var name: String
        /// Table in the round before (nil in the first round or for a walk-in).
        var from: Int?
        /// Table in this round.
        var to: Int

        /// Whether the person changes table.
        var moves: Bool { from != nil && from != to }
    }

    let round: Int
    /// Everyone seated in ``round``, sorted by name (case and accents ignored).
    let entries: [Entry]

    /// The seating of `round`, or nil when it is not planned.
    init?(state: SessionState, round: Int) {
        guard let seating = state.seating(ofRound: round) else { return nil }
        let changes = SeatChange.changes(from: state.seating(ofRound: round - 1), to: seating)
        self.round = round
        entries =
            changes.compactMap { change -> (key: String, entry: Entry)? in
                guard let to = change.to else { return nil }
                let name =
                    state.participant(change.participant).map { TerminalText.sanitize($0.name) } ?? "#\(change.participant)"
                return (ConsoleText.sortKey(name), Entry(name: name, from: change.from, to: to))
            }
            .sorted { $0.key < $1.key }
            .map(\.entry)
    }

    /// How many people change table coming into this round.
    var movers: Int { entries.reduce(0) { $0 + ($1.moves ? 1 : 0) } }

    /// The people at `table` in this round, by name.
    func people(atTable table: Int) -> [Entry] { entries.filter { $0.to == table } }

    /// The round whose seating the console shows by itself at `now`: the next round in the
    /// last minute before it, or the current round in its first minutes.
    static func automaticRound(state: SessionState, now: Timestamp) -> Int? {
        guard let clock = PhaseClock(state: state) else { return nil }
        let phases = state.agenda.phases
        if phases.indices.contains(clock.phase + 1), phases[clock.phase + 1].kind == .round,
            let round = phases[clock.phase + 1].round,
            clock.remainingMilliseconds(at: now) <= ConsoleScene.seatingLeadSeconds * 1000
        {
            return round
        }
        let phase = phases[clock.phase]
        if phase.kind == .round, let round = phase.round,
            clock.elapsedMilliseconds(at: now) < ConsoleScene.seatingTrailSeconds * 1000
        {
            return round
        }
        return nil
    }

    /// The round whose seating `m` shows: the next round if the next phase is one, else the
    /// current round, else the first round before the start.
    static func relevantRound(state: SessionState) -> Int? {
        let phases = state.agenda.phases
        guard let index = state.timeline.currentPhase else { return phases.first { $0.kind == .round }?.round }
        if phases.indices.contains(index + 1), phases[index + 1].kind == .round, let round = phases[index + 1].round {
            return round
        }
        if phases.indices.contains(index), phases[index].kind == .round { return phases[index].round }
        return nil
    }
}
