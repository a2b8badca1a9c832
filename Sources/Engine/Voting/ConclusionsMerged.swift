/// `conclusion.merged`: conclusions ``from`` were folded into ``into`` (several tables
/// proposed the same idea). The merged ones leave the ballot; ``into`` gathers their
/// tables and may get a new wording.
public struct ConclusionsMerged: JournalEvent, Hashable {
    public static let type = "conclusion.merged"
    public var into: String
    public var from: [String]
    /// The wording of the merged conclusion, when it changes.
    public var text: String?

    public init(into: String, from: [String], text: String? = nil) {
        self.into = into
        self.from = from
        self.text = text
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        into = try object.string("into")
        from = try object.strings("from")
        text = try object.optionalString("text")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("into", into)
        writer.field("from", from)
        writer.field("text", text)
        writer.endObject()
    }

    public func apply(to state: inout SessionState, context: EventContext) {
        guard let target = state.voting.conclusion(into), target.isActive else { return }
        var tables = target.tables
        var merged: [String] = []
        for id in from {
            guard let source = state.voting.conclusion(id), source.isActive, source.id != target.id else { continue }
            for table in source.tables where !tables.contains(table) { tables.append(table) }
            merged.append(source.id)
            state.voting.update(id) { $0.status = .merged(into: target.id) }
        }
        state.voting.update(target.id) { conclusion in
            conclusion.tables = tables
            conclusion.mergedFrom += merged
            if let text, text != conclusion.text {
                conclusion.previousTexts.append(conclusion.text)
                conclusion.text = text
            }
        }
    }
}
