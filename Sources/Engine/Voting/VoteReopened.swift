/// `vote.reopened`: the facilitator reopened a question's vote; it stays open
/// whatever the phase until closed again.
public struct VoteReopened: JournalEvent, Hashable {
    public static let type = "vote.reopened"
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
            vote.closure = .reopened
        }
    }
}
