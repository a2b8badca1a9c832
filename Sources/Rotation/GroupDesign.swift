/// A resolvable arrangement of `groups * size` points: every round partitions the points into
/// `groups` groups of `size`, and no two points share a group in two different rounds.
public struct GroupDesign: Sendable, Hashable {
    /// Groups (tables) per round.
    public let groups: Int
    /// Points per group.
    public let size: Int
    /// `rounds[round][group]` lists the points of that group.
    public let rounds: [[[Int]]]
    /// The construction, e.g. `"affine plane AG(2,5)"`.
    public let name: String

    /// Number of points.
    public var points: Int { groups * size }

    /// The upper bound on rounds from counting: a point meets `size - 1` new points per round.
    public var countingBound: Int { Self.countingBound(groups: groups, size: size) }

    /// `floor((G * S - 1) / (S - 1))`, or `Int.max` for groups of one.
    public static func countingBound(groups: Int, size: Int) -> Int {
        size <= 1 ? Int.max : (groups * size - 1) / (size - 1)
    }

    /// A verified design, or `nil` if `rounds` is not a partition into equal groups every round
    /// or some pair of points meets twice.
    init?(groups: Int, size: Int, rounds: [[[Int]]], name: String) {
        guard groups >= 1, size >= 1, Self.isValid(groups: groups, size: size, rounds: rounds) else { return nil }
        self.groups = groups
        self.size = size
        self.rounds = rounds
        self.name = name
    }

    /// The first `count` rounds.
    func prefix(_ count: Int) -> GroupDesign {
        GroupDesign(unchecked: groups, size: size, rounds: Array(rounds.prefix(count)), name: name)
    }

    private init(unchecked groups: Int, size: Int, rounds: [[[Int]]], name: String) {
        self.groups = groups
        self.size = size
        self.rounds = rounds
        self.name = name
    }

    static func isValid(groups: Int, size: Int, rounds: [[[Int]]]) -> Bool {
        let n = groups * size
        var met = [Bool](repeating: false, count: n * n)
        for round in rounds {
            guard round.count == groups else { return false }
            var seen = [Bool](repeating: false, count: n)
            for group in round {
                guard group.count == size else { return false }
                for (i, a) in group.enumerated() {
                    guard (0..<n).contains(a), !seen[a] else { return false }
                    seen[a] = true
                    for b in group[..<i] {
                        if met[a * n + b] { return false }
                        met[a * n + b] = true
                        met[b * n + a] = true
                    }
                }
            }
        }
        return true
    }
}
