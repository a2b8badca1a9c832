/// A polishing step after the tabu search: two people exchange their whole itineraries (every
/// planned seat). Without finished rounds this only relabels the plan, so repeats and question
/// paths keep their structure while institutions and regions move; with history every term is
/// re-scored exactly. Accepts strictly improving exchanges only (first improvement per person).
enum ItineraryExchange {
    /// Exchanges the planned seats of `a` and `b` round by round and returns the score change.
    /// Calling it again with the same people undoes it.
    @discardableResult
    static func exchange(_ state: inout SearchState, _ a: Int, _ b: Int) -> SeatingScore {
        var total = SeatingScore()
        for r in 0..<state.rounds where state.tableOf(a, round: r) != state.tableOf(b, round: r) {
            let delta = state.swapDelta(round: r, a, b)
            state.applySwap(round: r, a, b, delta: delta)
            total += delta
        }
        return total
    }

    /// Improves `state` by exchanges involving people with a conflict of kind `mask` (4:
    /// institution, 8: region; see ``SearchState/conflicts(_:round:)``): `attempts` times, a
    /// random conflicted person tries up to `partners` random partners. Returns whether anything
    /// improved.
    @discardableResult
    static func polish(
        _ state: inout SearchState,
        mask: Int,
        attempts: Int,
        partners: Int,
        generator: inout SeededGenerator
    ) -> Bool {
        let movable = state.movableList
        guard movable.count >= 2, state.rounds > 0 else { return false }
        var improved = false
        var conflicted: [Int] = []
        for _ in 0..<attempts {
            conflicted.removeAll(keepingCapacity: true)
            for p in movable {
                for r in 0..<state.rounds where state.conflicts(p, round: r) & mask != 0 {
                    conflicted.append(p)
                    break
                }
            }
            guard let p = conflicted.randomElement(using: &generator) else { break }
            for _ in 0..<partners {
                let q = movable[Int.random(in: 0..<movable.count, using: &generator)]
                guard q != p else { continue }
                if exchange(&state, p, q) < SeatingScore.zero {
                    improved = true
                    break
                }
                exchange(&state, p, q)
            }
        }
        return improved
    }
}
