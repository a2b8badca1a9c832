/// `vote.closed`: the facilitator closed the vote of a question: no more
/// ballots or tallies until it is reopened.
public struct VoteClosed: JournalEvent, Hashable {
    public static let type = "vote.closed"
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
            vote.closure = .closed
        }
    }
}
