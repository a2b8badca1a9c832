import Dispatch

/// Conflict-directed tabu search on a ``SearchState`` (after Dotú and Van Hentenryck,
/// "Scheduling social golfers locally", 2005, extended to the planner's lexicographic objective).
///
/// Each iteration collects the (round, person) pairs taking part in a conflict: a repeated pair
/// at their table, a same-institution neighbour, a crowded region or a question-coverage
/// violation. For (a sample of) them it evaluates every swap with a person at another table of
/// that round, every single move the table layout allows and, with questions, every exchange of
/// whole groups between tables, and applies the best move that is not tabu (or that beats the
/// best score so far). Sending a person back to a table they just left is tabu for a few
/// iterations. After a stall of `max(200, 4 * people)` iterations without a new best score the
/// seating is perturbed by random swaps; after `patience` such stalls in a row the search stops.
struct TabuSearch {
    /// Stop when the score reaches this (all terms at their lower bounds).
    var target: SeatingScore
    /// Iteration budget (the only stopping rule besides `target` and `deadline`).
    var iterations: Int
    /// Optional `DispatchTime` uptime in nanoseconds after which the search stops.
    var deadline: UInt64?
    /// Conflicted (round, person) pairs examined per iteration at most.
    var candidatesPerIteration = 12
    /// Stop after this many stalls (perturbations) in a row without a new best score.
    var patience = 3

    private enum Move {
        case swap(Int)
        case move(Int)
        case tables(Int)
    }

    /// Improves `state` and returns the best seating found (`assignment[r][p]`), its score and
    /// the iterations used. `state` is left where the search stopped.
    func run(_ state: inout SearchState, generator: inout SeededGenerator) -> (
        assignment: [[Int]], score: SeatingScore, iterations: Int
    ) {
        var best = state.score
        var bestSnapshot = state.snapshot
        let rounds = state.rounds
        let tables = state.tables
        let movable = state.movableList
        let n = state.n
        guard rounds > 0, !movable.isEmpty, tables > 1 else {
            return (state.assignment(), state.score, 0)
        }
        // Per (round, person): the table they last left and until when returning there is tabu.
        var tabuTable = [Int32](repeating: -1, count: rounds * n)
        var tabuUntil = [Int32](repeating: 0, count: rounds * n)
        let stallLimit = max(200, 4 * movable.count)
        var lastImprovement = 0
        var lastBest = 0
        var iteration = 0
        var conflicted: [[Int]] = Array(repeating: [], count: 4)  // r * n + p, per term
        var candidates: [Int] = []
        let hasQuestions = state.coverage != nil

        while iteration < iterations {
            if !(target < state.score) { break }
            if iteration - lastBest > patience * stallLimit { break }
            if let deadline, iteration & 31 == 0, DispatchTime.now().uptimeNanoseconds > deadline { break }
            iteration += 1
            let now = Int32(truncatingIfNeeded: iteration)

            // Conflicted (round, person) pairs, one list per objective term; sample evenly
            // across the terms so that unavoidable conflicts of one term do not starve the others.
            for k in 0..<4 { conflicted[k].removeAll(keepingCapacity: true) }
            for r in 0..<rounds {
                for p in movable {
                    let bits = state.conflicts(p, round: r)
                    if bits == 0 { continue }
                    for k in 0..<4 where bits & (1 << k) != 0 { conflicted[k].append(r * n + p) }
                }
            }
            let terms = (0..<4).filter { !conflicted[$0].isEmpty }
            if terms.isEmpty { break }
            candidates.removeAll(keepingCapacity: true)
            let share = max(1, candidatesPerIteration / terms.count)
            for k in terms {
                let take = min(share, conflicted[k].count)
                for i in 0..<take {
                    let j = Int.random(in: i..<conflicted[k].count, using: &generator)
                    conflicted[k].swapAt(i, j)
                    candidates.append(conflicted[k][i])
                }
            }
            let examined = candidates.count

            var bestMove: Move?
            var bestRound = 0
            var bestPerson = 0
            var bestDelta = SeatingScore()
            var ties = 0
            for index in 0..<examined {
                let r = candidates[index] / n
                let p = candidates[index] % n
                let from = state.tableOf(p, round: r)
                let rowP = r * n + p
                for t in 0..<tables where t != from {
                    let tabuP = tabuTable[rowP] == Int32(t) && tabuUntil[rowP] > now
                    let count = state.sizeOf(round: r, table: t)
                    let coverageOfP = hasQuestions ? state.coverageDelta(p, round: r, table: t) : 0
                    for i in 0..<count {
                        let q = state.member(round: r, table: t, index: i)
                        guard state.movable[q] else { continue }
                        let delta = state.swapDelta(round: r, p, q, coverageOfA: coverageOfP)
                        let rowQ = r * n + q
                        if tabuP || (tabuTable[rowQ] == Int32(from) && tabuUntil[rowQ] > now) {
                            guard state.score + delta < best else { continue }
                        }
                        if bestMove == nil || delta < bestDelta {
                            bestMove = .swap(q)
                            bestRound = r
                            bestPerson = p
                            bestDelta = delta
                            ties = 1
                        } else if delta == bestDelta {
                            ties += 1
                            if Int.random(in: 0..<ties, using: &generator) == 0 {
                                bestMove = .swap(q)
                                bestRound = r
                                bestPerson = p
                            }
                        }
                    }
                    if state.canMove(round: r, p, to: t) {
                        let delta = state.moveDelta(round: r, p, to: t)
                        if tabuP { guard state.score + delta < best else { continue } }
                        if bestMove == nil || delta < bestDelta {
                            bestMove = .move(t)
                            bestRound = r
                            bestPerson = p
                            bestDelta = delta
                            ties = 1
                        } else if delta == bestDelta {
                            ties += 1
                            if Int.random(in: 0..<ties, using: &generator) == 0 {
                                bestMove = .move(t)
                                bestRound = r
                                bestPerson = p
                            }
                        }
                    }
                }
                if hasQuestions, state.violatesCoverage(p, round: r) {
                    for t in 0..<tables where state.canSwapTables(round: r, from, t) {
                        let delta = state.tableSwapDelta(round: r, from, t)
                        if tabuTable[rowP] == Int32(t) && tabuUntil[rowP] > now {
                            guard state.score + delta < best else { continue }
                        }
                        if bestMove == nil || delta < bestDelta {
                            bestMove = .tables(t)
                            bestRound = r
                            bestPerson = p
                            bestDelta = delta
                            ties = 1
                        }
                    }
                }
            }
            guard let move = bestMove else { continue }
            let r = bestRound
            let p = bestPerson
            let from = state.tableOf(p, round: r)
            let tenure = Int32(truncatingIfNeeded: iteration + 3 + Int.random(in: 0..<8, using: &generator))
            switch move {
            case .swap(let q):
                let other = state.tableOf(q, round: r)
                state.applySwap(round: r, p, q, delta: bestDelta)
                tabuTable[r * n + p] = Int32(from)
                tabuUntil[r * n + p] = tenure
                tabuTable[r * n + q] = Int32(other)
                tabuUntil[r * n + q] = tenure
            case .move(let t):
                state.applyMove(round: r, p, to: t, delta: bestDelta)
                tabuTable[r * n + p] = Int32(from)
                tabuUntil[r * n + p] = tenure
            case .tables(let t):
                state.applyTableSwap(round: r, from, t, delta: bestDelta)
                tabuTable[r * n + p] = Int32(from)
                tabuUntil[r * n + p] = tenure
            }
            if state.score < best {
                best = state.score
                bestSnapshot = state.snapshot
                lastImprovement = iteration
                lastBest = iteration
            } else if iteration - lastImprovement > stallLimit {
                perturb(&state, generator: &generator)
                lastImprovement = iteration
            }
        }
        let assignment = (0..<rounds).map { r in (0..<n).map { Int(bestSnapshot[r * n + $0]) } }
        return (assignment, best, iteration)
    }

    /// A few random swaps in random rounds, to leave a plateau.
    private func perturb(_ state: inout SearchState, generator: inout SeededGenerator) {
        let movable = state.movableList
        let count = max(2, movable.count / 25)
        for _ in 0..<count {
            let r = Int.random(in: 0..<state.rounds, using: &generator)
            let a = movable[Int.random(in: 0..<movable.count, using: &generator)]
            let b = movable[Int.random(in: 0..<movable.count, using: &generator)]
            guard state.tableOf(a, round: r) != state.tableOf(b, round: r) else { continue }
            state.applySwap(round: r, a, b, delta: state.swapDelta(round: r, a, b))
        }
    }
}
