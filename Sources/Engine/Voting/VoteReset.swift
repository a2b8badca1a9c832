/// `vote.reset`: the facilitator discarded a question's ballots, tallies and
/// tie-break to run its vote again (they stay in the journal). Candidates and settings stay.
public struct VoteReset: JournalEvent, Hashable {
    public static let type = "vote.reset"
    public var question: Int

    public init(question: Int) { self.question = question }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        question = try object.int("question")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("question", question)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.voting.updateVote(question) { vote in
            vote.ballots = []
            vote.tally = [:]
            vote.tallyRecords = 0
            vote.tieBreak = nil
        }
    }
}
