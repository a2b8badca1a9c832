/// Everyone on a session's roster and every walk-in, with whether they attended (see
/// ``AttendanceSummary`` for the rule), for the attendance list and the certificates.
public struct AttendanceList: Sendable {
    /// One person.
    public struct Entry: Hashable, Sendable {
        /// The participant.
        public var participant: Participant
        /// Whether they count as having attended.
        public var attended: Bool
    }

    /// The session's title.
    public var title: String
    /// Its day, `YYYY-MM-DD`, if given.
    public var date: String?
    /// Where it took place.
    public var place: String?
    /// Whether attendance was taken (otherwise everyone registered counts as attended).
    public var attendanceTaken: Bool
    /// Everyone, by participant id.
    public var entries: [Entry]

    /// The list of `state`.
    public init(state: SessionState) {
        title = state.info.title
        date = state.info.date
        place = state.info.place
        let taken = AttendanceSummary.isTaken(state.participants)
        attendanceTaken = taken
        entries = state.participants.map {
            Entry(participant: $0, attended: AttendanceSummary.attended($0.status, attendanceTaken: taken))
        }
    }

    /// The people who attended.
    public var attendees: [Participant] { entries.filter(\.attended).map(\.participant) }
}
