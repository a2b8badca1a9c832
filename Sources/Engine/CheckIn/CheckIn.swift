/// A check-in on the day (`workshop checkin`): people marked present or absent, walk-ins
/// added, and the seating re-planned for the rounds that have not started.
///
/// ``decide(in:options:)`` turns the request into events against a session's state, or throws
/// a ``CheckInError`` and records nothing:
///
/// - `participants.checked-in` with the statuses that change;
/// - `participants.registered` with the walk-ins (status `walk-in`, ids continuing the roster);
/// - `seating.planned` when the people to seat changed. Rounds that finished keep their seating
///   and their encounters count. The **running round** keeps everybody who sits in it where they
///   are: people marked absent leave it and walk-ins join its smallest tables (so they can sit
///   down at once and their itinerary starts now); its encounters count too. Every round that
///   has not started is planned anew by the seating planner (``AgendaSeating``) with the
///   session's seed. After the session has finished only attendance is recorded.
public struct CheckIn: Sendable {
    /// A person named on the command line or in a list: a name, an email or an id.
    public struct Mark: Sendable, Hashable {
        public var text: String
        /// `file:line` when read from a check-in list.
        public var origin: String?
        /// An email to try first (from a list's email column).
        public var email: String?

        public init(_ text: String, origin: String? = nil, email: String? = nil) {
            self.text = text
            self.origin = origin
            self.email = email
        }
    }

    /// A person who came without being on the roster.
    public struct WalkIn: Sendable, Hashable {
        public var name: String
        public var institution: String
        public var region: String

        public init(name: String, institution: String, region: String = "") {
            self.name = name
            self.institution = institution
            self.region = region
        }

        /// Reads `NAME;INSTITUTION[;REGION]` (the institution may be empty: `NAME;`).
        public init(parsing text: String) throws(CheckInError) {
            let parts = text.split(separator: ";", omittingEmptySubsequences: false).map {
                String($0).trimmingWhitespace()
            }
            guard parts.count >= 2, parts.count <= 3, !parts[0].isEmpty else { throw .invalidWalkIn(text) }
            self.init(name: parts[0], institution: parts[1], region: parts.count == 3 ? parts[2] : "")
        }
    }

    /// What the check-in changed and recorded.
    public struct Decision: Sendable {
        /// One participant whose status changes.
        public struct Change: Sendable, Hashable {
            public var participant: Participant
            public var status: AttendanceStatus
        }

        /// The re-planned seating.
        public struct Replan: Sendable {
            /// The first round planned anew (`nil`: nothing left to plan).
            public var fromRound: Int?
            /// The running round, if walk-ins joined it or absent people left it.
            public var runningRound: Int?
            /// The rounds recorded, running round first.
            public var rounds: [RoundSeating]
            public var quality: SeatingReport?
        }

        public var changes: [Change] = []
        /// The walk-ins registered, with their ids.
        public var walkIns: [Participant] = []
        public var replan: Replan?
        /// The events to record, in order (empty when nothing changes).
        public var events: [any JournalEvent] = []

        /// An empty decision: nothing changes.
        public init() {}
    }

    public var present: [Mark]
    public var absent: [Mark]
    public var walkIns: [WalkIn]
    /// Everybody still `registered` (not marked either way) becomes present.
    public var othersPresent: Bool

    public init(present: [Mark] = [], absent: [Mark] = [], walkIns: [WalkIn] = [], othersPresent: Bool = false) {
        self.present = present
        self.absent = absent
        self.walkIns = walkIns
        self.othersPresent = othersPresent
    }

    /// Whether the request asks for anything.
    public var isEmpty: Bool { present.isEmpty && absent.isEmpty && walkIns.isEmpty && !othersPresent }

    /// Adds the rows of a check-in list.
    public mutating func add(_ list: CheckInList) {
        for entry in list.entries {
            let mark = Mark(
                entry.name.isEmpty ? entry.email : entry.name, origin: entry.origin,
                email: entry.email.isEmpty ? nil : entry.email)
            switch entry.mark {
            case .present: present.append(mark)
            case .absent: absent.append(mark)
            case .walkIn: walkIns.append(WalkIn(name: entry.name, institution: entry.institution, region: entry.region))
            }
        }
    }

    /// The events of this check-in against `state`.
    /// - Throws: ``CheckInError`` for names that match nobody or several people, contradictory
    ///   marks, bad walk-ins, or a seating the planner cannot make.
    public func decide(in state: SessionState, options: SeatingPlanner.Options = .init()) throws(CheckInError) -> Decision {
        guard !state.agenda.tables.isEmpty else { throw .notPlanned }
        let lookup = ParticipantLookup(participants: state.participants)
        func resolve(_ mark: Mark) throws(CheckInError) -> Participant {
            if let email = mark.email {
                let matches = state.participants.filter { $0.email.lowercased() == email.lowercased() }
                if matches.count == 1 { return matches[0] }
            }
            switch lookup.find(mark.text) {
            case .success(let participant): return participant
            case .failure(.unknown(let text, let suggestion)):
                throw .unknownName(text, suggestion: suggestion, origin: mark.origin)
            case .failure(.unknownID(let id)): throw .unknownID(id, origin: mark.origin)
            case .failure(.ambiguous(let text, let candidates)):
                throw .ambiguousName(text, candidates: candidates, origin: mark.origin)
            }
        }
        var wanted: [Int: AttendanceStatus] = [:]
        var order: [Int] = []
        for (marks, status) in [(present, AttendanceStatus.present), (absent, .absent)] {
            for mark in marks {
                let participant = try resolve(mark)
                if let other = wanted[participant.id], other != status { throw .conflictingMarks(participant) }
                if wanted[participant.id] == nil { order.append(participant.id) }
                wanted[participant.id] = status
            }
        }
        if othersPresent {
            for participant in state.participants where participant.status == .registered && wanted[participant.id] == nil {
                wanted[participant.id] = .present
                order.append(participant.id)
            }
        }

        var decision = Decision()
        for id in order {
            guard let participant = state.participant(id), let status = wanted[id] else { continue }
            // A walk-in marked present stays a walk-in.
            if status == participant.status || (status == .present && participant.status == .walkIn) { continue }
            decision.changes.append(Decision.Change(participant: participant, status: status))
        }

        var nextID = (state.participants.map(\.id).max() ?? 0) + 1
        var names: Set<String> = []
        for walkIn in walkIns {
            guard !walkIn.name.trimmingWhitespace().isEmpty else { throw .invalidWalkIn(walkIn.name) }
            if let existing = lookup.exactMatch(walkIn.name) { throw .walkInOnRoster(walkIn.name, participant: existing) }
            guard names.insert(NameKey.of(walkIn.name)).inserted else { throw .duplicateWalkIn(walkIn.name) }
            decision.walkIns.append(
                Participant(
                    id: nextID, name: walkIn.name.trimmingWhitespace(), institution: walkIn.institution,
                    region: walkIn.region, status: .walkIn))
            nextID += 1
        }

        if !decision.changes.isEmpty {
            decision.events.append(
                ParticipantsCheckedIn(changes: decision.changes.map { .init(id: $0.participant.id, status: $0.status) }))
        }
        if !decision.walkIns.isEmpty { decision.events.append(ParticipantsRegistered(participants: decision.walkIns)) }

        // Re-plan when the people to seat changed and the day is not over.
        let seatedChanged =
            !decision.walkIns.isEmpty || decision.changes.contains { $0.participant.status.isSeated != $0.status.isSeated }
        guard seatedChanged, state.timeline.finishedAt == nil, !state.agenda.rounds.isEmpty else { return decision }
        var participants = state.participants
        for change in decision.changes {
            if let index = participants.firstIndex(where: { $0.id == change.participant.id }) {
                participants[index].status = change.status
            }
        }
        participants += decision.walkIns
        let replan = try Self.replan(state: state, participants: participants, options: options)
        if !replan.rounds.isEmpty {
            decision.events.append(
                SeatingPlanned(
                    fromRound: replan.runningRound ?? replan.fromRound ?? 1, rounds: replan.rounds, quality: replan.quality))
        }
        decision.replan = replan
        return decision
    }

    /// The seating after attendance changed: finished rounds kept, the running round
    /// adjusted, the rest planned.
    static func replan(
        state: SessionState, participants: [Participant], options: SeatingPlanner.Options
    ) throws(CheckInError) -> Decision.Replan {
        let seating = AgendaSeating(agenda: state.agenda, participants: participants, seed: state.info.seed, options: options)
        let last = state.lastStartedRound ?? 0
        let from = last + 1
        var kept = state.seating.filter { $0.round < from }
        var running: RoundSeating?
        if let round = state.runningRound, round == last, let index = kept.firstIndex(where: { $0.round == round }) {
            kept[index] = seating.adjusted(kept[index])
            running = kept[index]
        }
        var rounds = running.map { [$0] } ?? []
        var quality: SeatingReport?
        let remaining = state.agenda.rounds.contains { $0.round >= from }
        if remaining {
            do throws(SeatingError) {
                let outcome = try seating.plan(keeping: kept, fromRound: from)
                rounds += outcome.rounds
                quality = outcome.quality
            } catch {
                throw .seating(error)
            }
        } else {
            quality = seating.quality(of: kept, fromRound: from)
        }
        return Decision.Replan(
            fromRound: remaining ? from : nil, runningRound: running?.round, rounds: rounds, quality: quality)
    }
}
