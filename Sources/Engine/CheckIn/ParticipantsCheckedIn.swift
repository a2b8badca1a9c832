/// `participants.checked-in`: attendance marked on the day (`workshop checkin`): each listed
/// participant now has the given status (present or absent). Walk-ins are registered with
/// `participants.registered` (status `walk-in`) instead.
public struct ParticipantsCheckedIn: JournalEvent, Hashable {
    public static let type = "participants.checked-in"

    /// One participant's new status.
    public struct Change: Hashable, Sendable, JournalCodable {
        public var id: Int
        public var status: AttendanceStatus

        public init(id: Int, status: AttendanceStatus) {
            self.id = id
            self.status = status
        }

        public init(from object: JSONObjectView) throws(JSONDecodingError) {
            id = try object.int("id")
            let text = try object.string("status")
            guard let status = AttendanceStatus(rawValue: text) else {
                throw JSONDecodingError(
                    path: [.key("status")],
                    problem: .invalidValue(expected: "registered, present, absent or walk-in", found: "\"\(text)\""))
            }
            self.status = status
        }

        public func write(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("id", id)
            writer.field("status", status.rawValue)
            writer.endObject()
        }
    }

    public var changes: [Change]

    public init(changes: [Change]) { self.changes = changes }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        changes = try object.decode("changes", as: [Change].self)
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("changes", changes)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        for change in changes {
            if state.participants.indices.contains(change.id - 1), state.participants[change.id - 1].id == change.id {
                state.participants[change.id - 1].status = change.status
            } else if let index = state.participants.firstIndex(where: { $0.id == change.id }) {
                state.participants[index].status = change.status
            }
        }
    }
}
