/// Edit distances and "did you mean" suggestions for identifiers typed by people.
public enum EditDistance {
    /// The optimal string alignment distance (Damerau-Levenshtein without repeated edits
    /// of one substring) between two strings, compared by Unicode scalars, case-insensitively.
    public static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.lowercased().unicodeScalars)
        let b = Array(rhs.lowercased().unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, previous2[j - 2] + 1)
                }
                current[j] = best
            }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `input`, if it is close enough to be a plausible typo:
    /// at most a third of the input's length (and at least 1) edits away, or a candidate
    /// that starts with the input. Ties go to the earlier candidate.
    public static func suggestion(for input: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(1, input.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let d = distance(input, candidate)
            if d <= limit, d < (best?.distance ?? Int.max) {
                best = (candidate, d)
            }
        }
        if best == nil, input.count >= 2 {
            let lowered = input.lowercased()
            best = candidates.first { $0.lowercased().hasPrefix(lowered) }.map { ($0, 0) }
        }
        return best?.candidate
    }
}
