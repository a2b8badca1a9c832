/// What happens in a phase of the agenda.
public enum PhaseKind: String, CaseIterable, Sendable {
    /// A timed conversation round at the tables; notes are taken.
    case round
    /// The room votes on conclusions.
    case vote
    /// Everyone together: conclusions are presented.
    case plenary
    case `break`
    /// Welcome, framing, closing...
    case other
}

/// One step of the agenda, with its planned duration.
public struct Phase: Hashable, Sendable, JournalCodable {
    public var kind: PhaseKind
    public var title: LocalizedText
    /// What the phase is for, shown on the facilitator's console.
    public var purpose: LocalizedText
    /// Planned duration in seconds.
    public var plannedSeconds: Int
    /// For ``PhaseKind/round`` phases: the round number, from 1.
    public var round: Int?

    public init(
        kind: PhaseKind, title: LocalizedText, purpose: LocalizedText = LocalizedText(""), plannedSeconds: Int,
        round: Int? = nil
    ) {
        self.kind = kind
        self.title = title
        self.purpose = purpose
        self.plannedSeconds = plannedSeconds
        self.round = round
    }

    /// Planned duration in whole minutes (rounded up).
    public var plannedMinutes: Int { (plannedSeconds + 59) / 60 }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        let kindText = try object.string("kind")
        guard let kind = PhaseKind(rawValue: kindText) else {
            throw JSONDecodingError(
                path: [.key("kind")],
                problem: .invalidValue(expected: "round, vote, plenary, break or other", found: "\"\(kindText)\""))
        }
        self.kind = kind
        title = try object.localized("title")
        purpose = try object.optionalLocalized("purpose")
        plannedSeconds = try object.int("seconds")
        round = try object.optionalInt("round")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("kind", kind.rawValue)
        writer.field("title", title)
        if !purpose.isEmpty { writer.field("purpose", purpose) }
        writer.field("seconds", plannedSeconds)
        writer.field("round", round)
        writer.endObject()
    }
}
