/// The simple seating every method gets unless it provides its own: participants spread
/// evenly over the tables in round 1, then each moves on by one table per round, so that
/// when tables hold different questions everyone meets a new question every round.
///
/// Table sizes differ by at most one in every round and everyone sits at exactly one table
/// per round. The encounter-maximising planner (`Rotation/`) improves on this.
public enum RotatingSeating {
    /// Seats `participants` (ids) for every round of `agenda`.
    public static func plan(participants: [Int], agenda: Agenda) -> [RoundSeating] {
        let tables = agenda.tables.map(\.number)
        guard !tables.isEmpty else { return [] }
        return agenda.rounds.enumerated().map { offset, round in
            var seats = [[Int]](repeating: [], count: tables.count)
            for (position, participant) in participants.enumerated() {
                seats[(position + offset) % tables.count].append(participant)
            }
            return RoundSeating(
                round: round.round,
                tables: zip(tables, seats).map { TableSeating(table: $0, participants: $1) })
        }
    }
}
