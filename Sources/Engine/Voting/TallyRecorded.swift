/// `vote.tally`: totals counted from physical dot stickers on question ``question``'s
/// candidates. A count for a conclusion that already has one replaces it (the command
/// requires `--replace` for that); other conclusions keep theirs.
public struct TallyRecorded: JournalEvent, Hashable {
    public static let type = "vote.tally"
    public var question: Int
    public var counts: [BallotMark]
    public var replaces: Bool

    public init(question: Int, counts: [BallotMark], replaces: Bool = false) {
        self.question = question
        self.counts = counts
        self.replaces = replaces
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        question = try object.int("question")
        counts = try object.decode("counts", as: [BallotMark].self)
        replaces = try object.bool("replaces", default: false)
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("question", question)
        writer.field("counts", counts)
        if replaces { writer.field("replaces", true) }
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        state.voting.updateVote(question) { vote in
            for count in counts { vote.tally[count.candidate] = count.value }
            vote.tallyRecords += 1
        }
    }
}
