/// Everything voted in a session: the candidate conclusions of every question and the vote
/// of each question. Part of ``SessionState``; filled by the conclusion and vote events.
public struct VotingBook: Hashable, Sendable {
    /// Every conclusion ever proposed (merged and withdrawn ones included), by number.
    public private(set) var conclusions: [Conclusion] = []
    /// The vote of each question that has one, by question number.
    public var votes: [Int: QuestionVote] = [:]

    public init() {}

    /// The number the next proposed conclusion gets.
    public var nextNumber: Int { conclusions.count + 1 }

    /// The conclusion with `id` (`C3`, `c3` or `3`), if any.
    public func conclusion(_ id: String) -> Conclusion? {
        guard let number = Conclusion.number(fromID: id), conclusions.indices.contains(number - 1) else { return nil }
        return conclusions[number - 1]
    }

    /// The conclusions on question `question`'s ballot, by number.
    public func candidates(question: Int) -> [Conclusion] {
        conclusions.filter { $0.question == question && $0.isActive }
    }

    /// The vote of question `question` (an empty one when nothing was recorded).
    public func vote(question: Int) -> QuestionVote { votes[question] ?? QuestionVote(question: question) }

    /// Ballots plus counted tallies recorded, over all questions.
    public var voteCount: Int { votes.values.reduce(0) { $0 + $1.ballots.count + $1.tallyRecords } }

    /// Adds a proposed conclusion; it gets the next number.
    mutating func propose(question: Int, text: String, tables: [Int], at time: Timestamp) {
        conclusions.append(Conclusion(number: nextNumber, question: question, text: text, tables: tables, proposedAt: time))
    }

    /// Changes the conclusion with `id` in place; does nothing when there is none.
    mutating func update(_ id: String, _ change: (inout Conclusion) -> Void) {
        guard let number = Conclusion.number(fromID: id), conclusions.indices.contains(number - 1) else { return }
        change(&conclusions[number - 1])
    }

    /// Changes the vote of `question` in place, creating it if needed.
    mutating func updateVote(_ question: Int, _ change: (inout QuestionVote) -> Void) {
        var vote = votes[question] ?? QuestionVote(question: question)
        change(&vote)
        votes[question] = vote
    }
}
