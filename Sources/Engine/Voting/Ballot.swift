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

/// A ballot's mark on one conclusion.
public struct BallotMark: Hashable, Sendable, JournalCodable {
    /// The conclusion id (`C3`).
    public var candidate: String
    public var value: Int

    public init(candidate: String, value: Int) {
        self.candidate = candidate
        self.value = value
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        candidate = try object.string("id")
        value = try object.int("value")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", candidate)
        writer.field("value", value)
        writer.endObject()
    }
}
