/// `vote.ballot`: participant ``voter``'s ballot on question ``question``. A later ballot
/// of the same voter replaces it (the command requires `--replace` for that).
public struct BallotCast: JournalEvent, Hashable {
    public static let type = "vote.ballot"
    public var question: Int
    public var voter: Int
    public var rule: VotingRule
    public var marks: [BallotMark]
    /// Whether this ballot replaces one the voter cast before.
    public var replaces: Bool

    public init(question: Int, voter: Int, rule: VotingRule, marks: [BallotMark], replaces: Bool = false) {
        self.question = question
        self.voter = voter
        self.rule = rule
        self.marks = marks
        self.replaces = replaces
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        question = try object.int("question")
        voter = try object.int("voter")
        let text = try object.string("rule")
        guard let rule = VotingRule(rawValue: text) else {
            throw JSONDecodingError(
                path: [.key("rule")], problem: .invalidValue(expected: "dots, approval, borda or score", found: "\"\(text)\""))
        }
        self.rule = rule
        marks = try object.decode("marks", as: [BallotMark].self)
        replaces = try object.bool("replaces", default: false)
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("question", question)
        writer.field("voter", voter)
        writer.field("rule", rule.rawValue)
        writer.field("marks", marks)
        if replaces { writer.field("replaces", true) }
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        let ballot = Ballot(voter: voter, rule: rule, marks: marks, castAt: context.at)
        state.voting.updateVote(question) { $0.record(ballot) }
    }
}
