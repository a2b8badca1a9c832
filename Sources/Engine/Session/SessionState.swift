/// The state of a session: a pure value, the left fold of its journal's events.
///
/// Nothing here does I/O. ``Session`` replays the journal into it and each
/// ``JournalEvent`` knows how to apply itself. Two states built from the same events are
/// equal, which the method test kit checks.
public struct SessionState: Hashable, Sendable {
    public var info: SessionInfo = .unnamed
    /// Everyone on the roster and every walk-in, by id order.
    public var participants: [Participant] = []
    public var agenda: Agenda = .empty
    /// The seating of each round planned so far, by round order.
    public var seating: [RoundSeating] = []
    /// The quality of ``seating`` as recorded by the last `seating.planned` (nil when it
    /// recorded none).
    public var seatingQuality: SeatingReport?
    public var timeline = Timeline()
    public var notes = NoteBook()
    /// Candidate conclusions and votes.
    public var voting = VotingBook()
    /// Corrections of the automatic themes (`theme.*` events).
    public var themeCuration = ThemeCurationLog()
    /// Sequence number of the last event folded in (0 for none).
    public var lastSequence = 0
    /// Number of events folded in.
    public var eventCount = 0
    /// Time of the last event.
    public var lastEventAt: Timestamp?
    /// Event types that were skipped while replaying (a partial replay for a fast command);
    /// empty for a full replay.
    public var skippedTypes: Set<String> = []

    public init() {}

    // MARK: Derived facts

    /// Participants in the room (present, walk-ins, and registered people before check-in).
    public var seatedParticipants: [Participant] { participants.filter { $0.status.isSeated } }

    public func participant(_ id: Int) -> Participant? {
        // Ids are assigned in order from 1, so the position is usually id - 1.
        if participants.indices.contains(id - 1), participants[id - 1].id == id { return participants[id - 1] }
        return participants.first { $0.id == id }
    }

    /// The phase that is running, if the session has started.
    public var currentPhase: Phase? {
        guard let index = timeline.currentPhase, agenda.phases.indices.contains(index) else { return nil }
        return agenda.phases[index]
    }

    /// The round notes go to now: the running round, or the last round that ran, or round 1
    /// before the session starts.
    public var currentRound: Int {
        guard let index = timeline.currentPhase else { return agenda.rounds.first?.round ?? 1 }
        let phases = agenda.phases
        var position = min(index, phases.count - 1)
        while position >= 0 {
            if let round = phases[position].round, phases[position].kind == .round { return round }
            position -= 1
        }
        return agenda.rounds.first?.round ?? 1
    }

    /// The question and canvas table `table` holds in round `round`.
    public func assignment(table: Int, round: Int) -> TableAssignment? {
        agenda.round(round)?.assignment(forTable: table)
    }

    /// Number of ballots and counted tallies recorded.
    public var voteCount: Int { voting.voteCount }

    /// The seating of round `round`, if planned.
    public func seating(ofRound round: Int) -> RoundSeating? {
        seating.first { $0.round == round }
    }
}
