/// A conclusion as typed by the facilitator, before it is checked against the session and
/// becomes a ``ConclusionProposed`` event.
public struct ConclusionDraft: Hashable, Sendable {
    public var question: Int
    public var text: String
    /// The table that proposes it, if given.
    public var table: Int?

    public init(question: Int, text: String, table: Int? = nil) {
        self.question = question
        self.text = text
        self.table = table
    }

    /// Checks the draft against `state`: a known question whose vote has not started, a
    /// non-empty text that no other candidate of the question already has, a known table.
    public func event(in state: SessionState) throws(VoteError) -> ConclusionProposed {
        _ = try state.requireQuestion(question)
        let text = try ConclusionDraft.checkedText(self.text)
        if let table, state.agenda.table(table) == nil {
            throw VoteError.unknownTable(table: table, tables: state.agenda.tables.map(\.number))
        }
        try state.requireOpenVote(question)
        try ConclusionDraft.requireCandidatesCanChange(question, in: state)
        let key = VoterLookup.normalize(text)
        if let existing = state.voting.candidates(question: question).first(where: { VoterLookup.normalize($0.text) == key }) {
            throw VoteError.duplicateConclusion(existing: existing.id)
        }
        return ConclusionProposed(question: question, text: text, tables: table.map { [$0] } ?? [])
    }

    /// The cleaned text, or the error for an empty or overlong one.
    static func checkedText(_ text: String) throws(VoteError) -> String {
        let cleaned = Conclusion.cleanText(text)
        guard !cleaned.isEmpty else { throw VoteError.emptyConclusion }
        guard cleaned.count <= Conclusion.maximumLength else {
            throw VoteError.conclusionTooLong(length: cleaned.count, limit: Conclusion.maximumLength)
        }
        return cleaned
    }

    /// Candidates are frozen once ballots or tallies are recorded: a new, merged or
    /// withdrawn candidate would change budgets and Borda points under cast ballots.
    static func requireCandidatesCanChange(_ question: Int, in state: SessionState) throws(VoteError) {
        let vote = state.voting.vote(question: question)
        if vote.hasVotes {
            throw VoteError.votingStarted(question: question, ballots: vote.ballots.count, tallies: vote.tallyRecords)
        }
    }
}
