/// The vote of one question as recorded so far: how it is configured, the ballots, the
/// counted tallies, whether it is closed and how a tie at the cut was broken.
public struct QuestionVote: Hashable, Sendable {
    /// Whether the question takes votes.
    public enum Closure: Hashable, Sendable {
        /// Open until the session moves past the vote phase (or finishes).
        case followAgenda
        /// Closed by the facilitator.
        case closed
        /// Reopened by the facilitator: open whatever the phase.
        case reopened
    }

    /// How the facilitator broke a tie at the cut.
    public struct TieBreak: Hashable, Sendable {
        /// What the facilitator decided.
        public enum Decision: Hashable, Sendable {
            /// The tied conclusions in the facilitator's order; the first ones take the places.
            case order([String])
            /// Every tied conclusion is kept (more than the planned number).
            case keepAll
        }

        public var decision: Decision
        /// The conclusions tied at the cut when the decision was taken. The decision settles
        /// that tie only: if later votes make a different tie, it is reported again.
        public var tied: [String]

        public init(decision: Decision, tied: [String]) {
            self.decision = decision
            self.tied = tied
        }
    }

    public var question: Int
    /// Settings chosen for this question (nil members follow the method's plan).
    public var rule: VotingRule?
    public var keep: Int?
    public var budget: Int?
    public var cap: Int?
    /// Ballots by order of first casting; a replaced ballot keeps its place.
    public var ballots: [Ballot] = []
    /// Counted totals from physical dot stickers, by conclusion id.
    public var tally: [String: Int] = [:]
    /// Number of `vote.tally` events recorded (after the last reset).
    public var tallyRecords = 0
    public var closure: Closure = .followAgenda
    public var tieBreak: TieBreak?

    public init(question: Int) { self.question = question }

    /// Whether any ballot or tally has been recorded: the candidates and the rule are then frozen.
    public var hasVotes: Bool { !ballots.isEmpty || tallyRecords > 0 }

    /// The ballot of participant `voter`, if any.
    public func ballot(of voter: Int) -> Ballot? { ballots.first { $0.voter == voter } }

    /// Records `ballot`, replacing the voter's earlier one in place.
    mutating func record(_ ballot: Ballot) {
        if let index = ballots.firstIndex(where: { $0.voter == ballot.voter }) {
            var replacement = ballot
            replacement.replacements = ballots[index].replacements + 1
            ballots[index] = replacement
        } else {
            ballots.append(ballot)
        }
    }
}
