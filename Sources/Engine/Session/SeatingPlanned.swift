/// `seating.planned`: who sits where in each round from ``fromRound`` on. Rounds before it
/// keep their seating (they already happened); rounds from it are replaced.
///
/// ``quality`` (optional, absent in sessions written before the seating planner) is the
/// planner's report on the whole seating as it stands after this event.
public struct SeatingPlanned: JournalEvent, Hashable {
    public static let type = "seating.planned"
    public var fromRound: Int
    public var rounds: [RoundSeating]
    public var quality: SeatingReport?

    public init(fromRound: Int, rounds: [RoundSeating], quality: SeatingReport? = nil) {
        self.fromRound = fromRound
        self.rounds = rounds
        self.quality = quality
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        fromRound = try object.int("fromRound")
        rounds = try object.decode("rounds", as: [RoundSeating].self)
        quality = try object.decodeIfPresent("quality", as: SeatingReport.self)
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("fromRound", fromRound)
        writer.field("rounds", rounds)
        writer.field("quality", quality)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.seating.removeAll { $0.round >= fromRound }
        state.seating.append(contentsOf: rounds.filter { $0.round >= fromRound })
        state.seating.sort { $0.round < $1.round }
        state.seatingQuality = quality
    }
}
