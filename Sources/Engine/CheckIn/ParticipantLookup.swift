/// Finds participants by what people type at the door: a name (without regard to case,
/// accents or extra spaces; a unique subset of the name's words is enough, "Ana Pérez" for
/// "Ana María Pérez Soto"), an email, or an id (`12` or `#12`).
public struct ParticipantLookup: Sendable {
    /// Why a text names nobody, or more than one person.
    public enum Failure: Error, Hashable, Sendable {
        /// No participant matches; `suggestion` is the closest name, if any is close.
        case unknown(String, suggestion: String?)
        /// No participant has this id.
        case unknownID(Int)
        /// Several participants match: the caller should ask for an id.
        case ambiguous(String, candidates: [Participant])
    }

    public let participants: [Participant]
    private let keys: [String]
    private let words: [Set<Substring>]

    public init(participants: [Participant]) {
        self.participants = participants
        keys = participants.map { NameKey.of($0.name) }
        words = participants.map { Set(NameKey.words(of: $0.name)) }
    }

    /// The participant `text` names.
    public func find(_ text: String) -> Result<Participant, Failure> {
        let trimmed = text.trimmingWhitespace()
        let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
        if !digits.isEmpty, digits.allSatisfy(\.isASCII), let id = Int(digits) {
            guard let match = participants.first(where: { $0.id == id }) else { return .failure(.unknownID(id)) }
            return .success(match)
        }
        if trimmed.contains("@") {
            let email = trimmed.lowercased()
            let matches = participants.filter { !$0.email.isEmpty && $0.email.lowercased() == email }
            if let result = single(matches, text: trimmed) { return result }
        }
        let key = NameKey.of(trimmed)
        guard !key.isEmpty else { return .failure(.unknown(trimmed, suggestion: nil)) }
        let exact = participants.indices.filter { keys[$0] == key }.map { participants[$0] }
        if let result = single(exact, text: trimmed) { return result }
        let wanted = NameKey.words(of: trimmed)
        let partial = participants.indices.filter { index in wanted.allSatisfy { words[index].contains($0) } }.map {
            participants[$0]
        }
        if let result = single(partial, text: trimmed) { return result }
        return .failure(.unknown(trimmed, suggestion: EditDistance.suggestion(for: trimmed, among: participants.map(\.name))))
    }

    /// The participant whose name has exactly the key of `name`, if exactly one has.
    public func exactMatch(_ name: String) -> Participant? {
        let key = NameKey.of(name)
        let matches = participants.indices.filter { keys[$0] == key }
        return matches.count == 1 ? participants[matches[0]] : nil
    }

    private func single(_ matches: [Participant], text: String) -> Result<Participant, Failure>? {
        switch matches.count {
        case 0: return nil
        case 1: return .success(matches[0])
        default: return .failure(.ambiguous(text, candidates: matches))
        }
    }
}
