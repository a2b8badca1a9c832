/// One voter's ballot on one question.
///
/// The marks mean what the rule says: dots placed (dot voting), 1 for each approved
/// conclusion (approval), the rank from 1 (Borda), or a score from 1 to 5 (score voting).
public struct Ballot: Hashable, Sendable {
    /// The voter's participant id. Kept in the journal so a voter cannot vote twice;
    /// exports show it only for sessions created with open ballots.
    public var voter: Int
    public var rule: VotingRule
    public var marks: [BallotMark]
    public var castAt: Timestamp
    /// How many times the voter replaced this ballot.
    public var replacements: Int

    public init(voter: Int, rule: VotingRule, marks: [BallotMark], castAt: Timestamp, replacements: Int = 0) {
        self.voter = voter
        self.rule = rule
        self.marks = marks
        self.castAt = castAt
        self.replacements = replacements
    }
}
