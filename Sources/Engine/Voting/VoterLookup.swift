import Foundation

/// Finds the participant a ballot belongs to from what the facilitator typed: a
/// participant id (`12` or `#12`) or a name, matched without regard to case, accents or
/// extra spaces ("jose nunez" finds "José Núñez"). When no full name matches, the words
/// typed may be a unique part of one name ("Núñez Castillo").
public enum VoterLookup {
    /// The participant `reference` names. Absent participants are refused.
    public static func voter(_ reference: String, in state: SessionState) throws(VoteError) -> Participant {
        let participant = try find(reference, in: state)
        guard participant.status != .absent else { throw VoteError.absentVoter(name: participant.name) }
        return participant
    }

    /// The participant `reference` names, whatever their attendance.
    public static func find(_ reference: String, in state: SessionState) throws(VoteError) -> Participant {
        let trimmed = reference.trimmingWhitespace()
        var digits = Substring(trimmed)
        if digits.first == "#" { digits = digits.dropFirst() }
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int(digits) {
            guard let participant = state.participant(id) else {
                throw VoteError.unknownVoter(name: trimmed, suggestion: nil)
            }
            return participant
        }
        let key = normalize(trimmed)
        guard !key.isEmpty else { throw VoteError.unknownVoter(name: trimmed, suggestion: nil) }
        let exact = state.participants.filter { normalize($0.name) == key }
        if exact.count == 1, let match = exact.first { return match }
        if exact.count > 1 { throw VoteError.ambiguousVoter(name: trimmed, matches: exact.map(describe)) }
        let words = key.split(separator: " ")
        let partial = state.participants.filter { participant in
            let nameWords = normalize(participant.name).split(separator: " ")
            return words.allSatisfy { nameWords.contains($0) }
        }
        if partial.count == 1, let match = partial.first { return match }
        if partial.count > 1 { throw VoteError.ambiguousVoter(name: trimmed, matches: partial.map(describe)) }
        let names = state.participants.map(\.name)
        let suggestion = EditDistance.suggestion(for: key, among: names.map(normalize)).flatMap { found in
            names.first { normalize($0) == found }
        }
        throw VoteError.unknownVoter(name: trimmed, suggestion: suggestion)
    }

    /// Lower case, without accents, punctuation as spaces, single spaces.
    public static func normalize(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var output = ""
        var pendingSpace = false
        for character in folded {
            if character.isLetter || character.isNumber {
                if pendingSpace, !output.isEmpty { output.append(" ") }
                pendingSpace = false
                output.append(character)
            } else {
                pendingSpace = true
            }
        }
        return output
    }

    private static func describe(_ participant: Participant) -> String {
        participant.institution.isEmpty
            ? "#\(participant.id) \(participant.name)" : "#\(participant.id) \(participant.name) (\(participant.institution))"
    }
}
