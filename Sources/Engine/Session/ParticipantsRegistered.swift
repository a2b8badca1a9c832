/// `participants.registered`: people added to the roster (from the registration file, or
/// walk-ins on the day). Ids continue the existing numbering.
public struct ParticipantsRegistered: JournalEvent, Hashable {
    public static let type = "participants.registered"
    public var participants: [Participant]

    public init(participants: [Participant]) { self.participants = participants }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        participants = try object.decode("participants", as: [Participant].self)
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("participants", participants)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        for participant in participants where state.participant(participant.id) == nil {
            state.participants.append(participant)
        }
        state.participants.sort { $0.id < $1.id }
    }
}
