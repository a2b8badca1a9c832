/// A trie of phrases (sequences of keys, e.g. stems) tagged with a value, matched greedily
/// from left to right, longest phrase first, without overlaps.
struct PhraseMatcher<Key: Hashable & Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [Key: Int] = [:]
        var value: Int = -1
    }

    private var nodes: [Node] = [Node()]

    init() {}

    /// Whether the matcher has no phrase.
    var isEmpty: Bool { nodes.count == 1 && nodes[0].value < 0 }

    /// Adds a phrase; the first value added for a phrase wins.
    mutating func insert(_ phrase: [Key], value: Int) {
        guard !phrase.isEmpty else { return }
        var node = 0
        for key in phrase {
            if let child = nodes[node].children[key] {
                node = child
            } else {
                nodes.append(Node())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if nodes[node].value < 0 { nodes[node].value = value }
    }

    /// The non-overlapping matches in `sequence`: for each, the range of keys and the value.
    func matches(in sequence: [Key]) -> [(range: Range<Int>, value: Int)] {
        var result: [(range: Range<Int>, value: Int)] = []
        var start = 0
        while start < sequence.count {
            var node = 0
            var best: (end: Int, value: Int)?
            var position = start
            while position < sequence.count, let child = nodes[node].children[sequence[position]] {
                node = child
                position += 1
                if nodes[node].value >= 0 { best = (position, nodes[node].value) }
            }
            if let best {
                result.append((start..<best.end, best.value))
                start = best.end
            } else {
                start += 1
            }
        }
        return result
    }
}
