import Testing

@testable import Rotation

@Suite struct RotationSearchStateTests {
    /// Incremental deltas must agree with scoring from scratch after many random changes.
    @Test(arguments: [UInt64(1), 2, 3])
    func deltasMatchRecomputation(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let n = 23
        let people = (0..<n).map { p in
            SeatingProblem.Person(
                institution: p % 4 == 0 ? nil : Int.random(in: 0..<5, using: &generator),
                region: Int.random(in: 0..<3, using: &generator),
                hostTable: p == 0 ? 1 : nil)
        }
        let questions = (0..<4).map { _ in (0..<5).map { _ in Int.random(in: 0..<3, using: &generator) } }
        let history = [[[1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 12, 13], [14, 15, 16, 17], [18, 19, 20]]]
        let problem = SeatingProblem(
            people: people, tableCount: 5, roundCount: 4, questions: questions, finishedRounds: history, seed: seed)
        let context = PlanningContext(problem: problem)
        let initial = GreedySeating.seat(context: context, rounds: 3, generator: &generator)
        var state = SearchState(context: context, assignment: initial)
        for _ in 0..<400 {
            let r = Int.random(in: 0..<3, using: &generator)
            let a = context.movableList.randomElement(using: &generator) ?? 1
            let b = context.movableList.randomElement(using: &generator) ?? 2
            let kind = Int.random(in: 0..<3, using: &generator)
            if kind == 0, state.tableOf(a, round: r) != state.tableOf(b, round: r) {
                state.applySwap(round: r, a, b, delta: state.swapDelta(round: r, a, b))
            } else if kind == 1 {
                let t = Int.random(in: 0..<5, using: &generator)
                if state.canMove(round: r, a, to: t) {
                    state.applyMove(round: r, a, to: t, delta: state.moveDelta(round: r, a, to: t))
                }
            } else {
                let x = Int.random(in: 0..<5, using: &generator)
                let y = Int.random(in: 0..<5, using: &generator)
                if state.canSwapTables(round: r, x, y) {
                    state.applyTableSwap(round: r, x, y, delta: state.tableSwapDelta(round: r, x, y))
                }
            }
            let incremental = state.score
            #expect(state.recomputeScore() == incremental)
        }
    }
}
