/// A set of suffixes, each tagged with an action code, searched for the longest suffix that
/// ends a word: the `among` construct of the Snowball language, in backward mode.
///
/// Suffixes are bucketed by their last scalar so that a lookup only compares a handful of
/// candidates, longest first.
struct SuffixTable: Sendable {
    private struct Entry: Sendable {
        let scalars: [UInt32]
        let action: Int
    }

    private var buckets: [[Entry]]
    private var others: [Entry] = []

    /// Creates the table from `(suffix, action)` pairs.
    init(_ suffixes: [(String, Int)]) {
        buckets = Array(repeating: [], count: 256)
        for (suffix, action) in suffixes {
            let scalars = suffix.unicodeScalars.map(\.value)
            guard let last = scalars.last else { continue }
            let entry = Entry(scalars: scalars, action: action)
            if last < 256 { buckets[Int(last)].append(entry) } else { others.append(entry) }
        }
        for index in buckets.indices {
            buckets[index].sort { $0.scalars.count > $1.scalars.count }
        }
        others.sort { $0.scalars.count > $1.scalars.count }
    }

    /// Creates the table from groups of suffixes sharing one action code.
    init(groups: [(suffixes: [String], action: Int)]) {
        self.init(groups.flatMap { group in group.suffixes.map { ($0, group.action) } })
    }

    /// The longest suffix of `word[..<end]` that starts at or after `lowerBound`, with the
    /// index where it starts and its action code.
    func longestMatch(in word: [UInt32], end: Int, lowerBound: Int = 0) -> (start: Int, action: Int)? {
        guard end > lowerBound, end <= word.count else { return nil }
        let last = word[end - 1]
        let candidates = last < 256 ? buckets[Int(last)] : others
        for entry in candidates {
            let length = entry.scalars.count
            let start = end - length
            if start < lowerBound { continue }
            var matches = true
            var offset = length - 2
            while offset >= 0 {
                if word[start + offset] != entry.scalars[offset] {
                    matches = false
                    break
                }
                offset -= 1
            }
            if matches { return (start, entry.action) }
        }
        return nil
    }
}

extension Array where Element == UInt32 {
    /// Whether the scalars `self[start..<start + text.count]` spell `text` (ASCII only).
    func matches(_ text: StaticString, at start: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard start >= 0, start + count <= self.count else { return false }
        return text.withUTF8Buffer { buffer in
            for offset in 0..<count where self[start + offset] != UInt32(buffer[offset]) {
                return false
            }
            return true
        }
    }

    /// Replaces everything from `start` to the end with `replacement`.
    mutating func replaceTail(from start: Int, with replacement: [UInt32]) {
        removeSubrange(start...)
        append(contentsOf: replacement)
    }
}
