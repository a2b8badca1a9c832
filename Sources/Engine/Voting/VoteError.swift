/// Why a conclusion change, a ballot, a tally or a vote setting was refused. Nothing is
/// recorded when one is thrown.
public enum VoteError: Error, Equatable, Sendable {
    // Questions and candidates
    case unknownQuestion(question: Int, known: [Int])
    case noCandidates(question: Int)
    case unknownCandidate(id: String, question: Int, candidates: [String])
    case candidateOfOtherQuestion(id: String, question: Int, expected: Int)
    /// The conclusion was merged into `into` (nil when withdrawn).
    case inactiveCandidate(id: String, mergedInto: String?)
    case duplicateCandidate(id: String)

    // Conclusions
    case emptyConclusion
    case conclusionTooLong(length: Int, limit: Int)
    case duplicateConclusion(existing: String)
    case unknownConclusion(id: String)
    case mergeWithItself(id: String)
    case mergeAcrossQuestions(id: String, question: Int, other: String, otherQuestion: Int)
    case unchangedConclusion(id: String)
    case unknownTable(table: Int, tables: [Int])

    // Voters
    case unknownVoter(name: String, suggestion: String?)
    case ambiguousVoter(name: String, matches: [String])
    case absentVoter(name: String)
    case alreadyVoted(voter: String, question: Int)

    // Ballots
    case emptyBallot
    case ruleMismatch(question: Int, rule: VotingRule, ballot: VotingRule)
    case overBudget(used: Int, budget: Int)
    case overCap(candidate: String, dots: Int, cap: Int)
    case invalidDots(candidate: String, value: Int)
    case invalidApproval(candidate: String, value: Int)
    case invalidScore(candidate: String, value: Int)
    case invalidRanking(ranks: [Int])

    // Tallies
    case negativeTally(candidate: String, value: Int)
    case tallyAlreadyRecorded(candidates: [String])
    case tallyOverCandidateLimit(candidate: String, value: Int, limit: Int, voters: Int)
    case tallyOverTotalLimit(total: Int, limit: Int, voters: Int)

    // Opening, closing, settings
    case closed(question: Int, byAgenda: Bool)
    case alreadyClosed(question: Int)
    case notClosed(question: Int)
    /// Candidates or the rule cannot change once votes are recorded.
    case votingStarted(question: Int, ballots: Int, tallies: Int)
    case nothingToReset(question: Int)
    case invalidSetting(name: String, value: Int)

    // Ties
    case noTie(question: Int)
    case notTied(id: String, tied: [String])
    case tieOrderTooShort(given: Int, needed: Int, tied: [String])
}
