/// Where one participant goes when the room rotates from one round to the next.
public struct SeatChange: Hashable, Sendable {
    /// The participant's id.
    public var participant: Int
    /// The table in the earlier round; nil when the person was not seated then (a walk-in).
    public var from: Int?
    /// The table in the later round; nil when the person is not seated then.
    public var to: Int?

    public init(participant: Int, from: Int?, to: Int?) {
        self.participant = participant
        self.from = from
        self.to = to
    }

    /// Whether the person changes table.
    public var moves: Bool { from != to }

    /// Everyone seated in `before` or `after`, with their table in each, by participant id.
    public static func changes(from before: RoundSeating?, to after: RoundSeating) -> [SeatChange] {
        var from: [Int: Int] = [:]
        for table in before?.tables ?? [] {
            for participant in table.participants { from[participant] = table.table }
        }
        var to: [Int: Int] = [:]
        for table in after.tables {
            for participant in table.participants { to[participant] = table.table }
        }
        return Set(from.keys).union(to.keys).sorted().map { SeatChange(participant: $0, from: from[$0], to: to[$0]) }
    }
}
