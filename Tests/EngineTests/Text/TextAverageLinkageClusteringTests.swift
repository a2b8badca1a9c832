import Testing

@testable import Engine

@Suite struct TextAverageLinkageClusteringTests {
    /// Reference: the textbook O(n³) algorithm on a dense matrix of pairwise cosines, always
    /// merging the pair of clusters with the highest mean pairwise similarity.
    static func referenceClusters(_ vectors: [SparseVector], threshold: Double) -> [Int] {
        let n = vectors.count
        var clusters: [[Int]] = (0..<n).map { [$0] }
        let similarity = (0..<n).map { i in (0..<n).map { j in vectors[i].dot(vectors[j]) } }
        while clusters.count > 1 {
            var best: (Int, Int, Double)?
            for a in 0..<clusters.count {
                for b in (a + 1)..<clusters.count {
                    var total = 0.0
                    for i in clusters[a] { for j in clusters[b] { total += similarity[i][j] } }
                    let average = total / Double(clusters[a].count * clusters[b].count)
                    if best == nil || average > best?.2 ?? 0 { best = (a, b, average) }
                }
            }
            guard let (a, b, average) = best, average >= threshold else { break }
            clusters[a] += clusters[b]
            clusters.remove(at: b)
        }
        var labels = [Int](repeating: 0, count: n)
        for (label, members) in clusters.enumerated() { for member in members { labels[member] = label } }
        return labels
    }

    /// Noisy copies of a few random prototypes, so that merges happen at many levels.
    static func randomVectors(count: Int, seed: UInt64) -> [SparseVector] {
        var generator = SeededGenerator(seed: seed)
        let prototypes = (0..<6).map { _ in
            (0..<4).map { _ in (Int32.random(in: 0..<30, using: &generator), Double.random(in: 0.5...1, using: &generator)) }
        }
        return (0..<count).map { _ in
            var pairs = prototypes[Int.random(in: 0..<prototypes.count, using: &generator)]
                .filter { _ in Double.random(in: 0...1, using: &generator) < 0.8 }
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                pairs.append((Int32.random(in: 0..<30, using: &generator), Double.random(in: 0.1...1, using: &generator)))
            }
            return SparseVector(pairs: pairs.map { (index: $0.0, value: $0.1) }).normalized()
        }
    }

    @Test(arguments: [0.1, 0.25, 0.4, 0.6, 0.8])
    func matchesTheTextbookAlgorithm(threshold: Double) {
        for seed in UInt64(1)...4 {
            let vectors = Self.randomVectors(count: 70, seed: seed)
            let expected = Self.referenceClusters(vectors, threshold: threshold)
            let actual = AverageLinkageClustering(threshold: threshold).cluster(vectors)
            #expect(AdjustedRandIndex.score(expected, actual.labels) == 1, "seed \(seed), threshold \(threshold)")
            #expect(actual.clusterCount == Set(expected).count)
            #expect(actual.merges.allSatisfy { $0.similarity >= threshold })
        }
    }

    @Test func smallExampleByHand() {
        // a and b are identical, c is close to them, d is orthogonal.
        let a = SparseVector(pairs: [(0, 1)])
        let c = SparseVector(pairs: [(0, 0.8), (1, 0.6)])
        let d = SparseVector(pairs: [(2, 1)])
        // mean(a.c, b.c) = 0.8: at 0.75 {a, b, c} {d}; at 0.85 {a, b} {c} {d}.
        #expect(AverageLinkageClustering(threshold: 0.75).cluster([a, a, c, d]).labels == [0, 0, 0, 1])
        #expect(AverageLinkageClustering(threshold: 0.85).cluster([a, a, c, d]).labels == [0, 0, 1, 2])
        #expect(AverageLinkageClustering(threshold: 0).cluster([a, c, d]).clusterCount == 1)
    }

    @Test func emptyVectorsStaySingletons() {
        let a = SparseVector(pairs: [(0, 1)])
        let result = AverageLinkageClustering(threshold: 0.1).cluster([.zero, a, a, .zero])
        #expect(result.labels == [0, 1, 1, 2])
        #expect(AverageLinkageClustering(threshold: 0.5).cluster([]).clusterCount == 0)
    }
}
