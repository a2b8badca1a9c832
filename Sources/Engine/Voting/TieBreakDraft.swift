/// The facilitator's decision on a tie at a question's cut, before it is checked and
/// becomes a ``TieBroken`` event.
public struct TieBreakDraft: Hashable, Sendable {
    public var question: Int
    /// Tied conclusions in the chosen order; the first ones take the open places.
    public var order: [String]
    /// Keep every tied conclusion instead.
    public var keepAll: Bool

    public init(question: Int, order: [String]) {
        self.question = question
        self.order = order
        keepAll = false
    }

    public init(question: Int, keepAll: Bool) {
        self.question = question
        order = []
        self.keepAll = keepAll
    }

    /// Checks that the question has a tie at its cut now (ignoring earlier tie-breaks) and
    /// that the order names only tied conclusions, each once, at least as many as the open
    /// places.
    public func event(in state: SessionState) throws(VoteError) -> TieBroken {
        _ = try state.requireQuestion(question)
        let results = QuestionResults.compute(question: question, in: state, ignoringTieBreak: true)
        guard results.hasOpenTie else { throw VoteError.noTie(question: question) }
        if keepAll { return TieBroken(question: question, keepAll: true, tied: results.tied) }
        var canonical: [String] = []
        for id in order {
            guard let number = Conclusion.number(fromID: id), results.tied.contains(Conclusion.id(number)) else {
                throw VoteError.notTied(id: id, tied: results.tied)
            }
            let conclusion = Conclusion.id(number)
            guard !canonical.contains(conclusion) else { throw VoteError.duplicateCandidate(id: conclusion) }
            canonical.append(conclusion)
        }
        guard canonical.count >= results.openPlaces else {
            throw VoteError.tieOrderTooShort(given: canonical.count, needed: results.openPlaces, tied: results.tied)
        }
        return TieBroken(question: question, order: canonical, tied: results.tied)
    }
}
