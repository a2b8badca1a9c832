/// The vote of one question in one session: every candidate conclusion with its total, the
/// kept ones, and any tie at the cut.
public struct FindingsVote: Hashable, Sendable {
    /// One candidate conclusion.
    public struct Conclusion: Hashable, Sendable {
        /// `C3`.
        public var id: String
        /// Its wording (names replaced with `--anonymise`).
        public var text: String
        /// Points, dots or approvals received.
        public var total: Int
        /// 1 + the number of candidates with more.
        public var rank: Int
        /// `kept`, `tied` or `not-kept`.
        public var outcome: String
        /// Tables that proposed it.
        public var tables: [Int]

        /// Creates a conclusion line.
        public init(id: String, text: String, total: Int, rank: Int, outcome: String, tables: [Int]) {
            self.id = id
            self.text = text
            self.total = total
            self.rank = rank
            self.outcome = outcome
            self.tables = tables
        }
    }

    /// One voter's ballot, shown only when the session has open ballots.
    public struct Ballot: Hashable, Sendable {
        /// The voter's name (a pseudonym with `--anonymise`).
        public var voter: String
        /// Candidate id -> value.
        public var marks: [(candidate: String, value: Int)]

        public static func == (lhs: Ballot, rhs: Ballot) -> Bool {
            lhs.voter == rhs.voter && lhs.marks.map(\.candidate) == rhs.marks.map(\.candidate)
                && lhs.marks.map(\.value) == rhs.marks.map(\.value)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(voter)
            hasher.combine(marks.map(\.candidate))
            hasher.combine(marks.map(\.value))
        }

        /// Creates a ballot line.
        public init(voter: String, marks: [(candidate: String, value: Int)]) {
            self.voter = voter
            self.marks = marks
        }
    }

    /// Position of the session in the report.
    public var session: Int
    /// The question's number in that session.
    public var question: Int
    /// The voting rule (`dots`, `approval`, `borda`, `score`).
    public var rule: String
    /// Conclusions the question keeps.
    public var keep: Int
    /// Dots per voter (dot voting).
    public var budget: Int?
    /// Ballots cast.
    public var ballots: Int
    /// Counted tallies recorded.
    public var tallies: Int
    /// Whether voting is closed.
    public var closed: Bool
    /// Candidates, best first.
    public var conclusions: [Conclusion]
    /// Kept conclusions in order.
    public var kept: [String]
    /// Conclusions tied at the cut, waiting for the facilitator.
    public var tied: [String]
    /// Places left for the tied ones.
    public var openPlaces: Int
    /// The facilitator's tie-break, if one decided the cut: `keep-all` or the order given.
    public var tieBreak: [String]?
    /// Whether the tie-break kept every tied conclusion.
    public var tieBreakKeptAll: Bool
    /// Each voter's ballot (open ballots only; empty otherwise).
    public var byVoter: [Ballot]

    /// Creates a vote.
    public init(
        session: Int, question: Int, rule: String, keep: Int, budget: Int?, ballots: Int, tallies: Int, closed: Bool,
        conclusions: [Conclusion], kept: [String], tied: [String], openPlaces: Int, tieBreak: [String]?,
        tieBreakKeptAll: Bool, byVoter: [Ballot]
    ) {
        self.session = session
        self.question = question
        self.rule = rule
        self.keep = keep
        self.budget = budget
        self.ballots = ballots
        self.tallies = tallies
        self.closed = closed
        self.conclusions = conclusions
        self.kept = kept
        self.tied = tied
        self.openPlaces = openPlaces
        self.tieBreak = tieBreak
        self.tieBreakKeptAll = tieBreakKeptAll
        self.byVoter = byVoter
    }

    /// The kept conclusions, in order.
    public var keptConclusions: [Conclusion] { kept.compactMap { id in conclusions.first { $0.id == id } } }
}
