/// Exact average-linkage (UPGMA) agglomerative clustering of unit vectors under cosine
/// similarity, cut at a similarity threshold: clusters keep merging while the mean similarity
/// between all pairs of their members is at least the threshold.
///
/// Why it is exact and fast without an n x n matrix: for unit vectors, the mean pairwise
/// cosine between clusters A and B equals (S_A . S_B) / (|A| |B|), where S_A is the sum of A's
/// vectors. So each cluster is kept as one sparse sum vector, and a cluster's nearest
/// neighbour is found through an inverted index (feature -> clusters having it), which only
/// touches clusters sharing a feature (the others have similarity 0). Merges follow the
/// nearest-neighbour chain algorithm, valid because average linkage is reducible (merging two
/// clusters never brings them closer to a third than the nearer of the two was). A cluster
/// whose best similarity is below the threshold can never merge again and is retired, with
/// the whole chain below it (similarities increase along the chain). The index is rebuilt
/// from the cluster sums each time the number of live clusters halves; in between, entries of
/// merged clusters are redirected through a union-find.
///
/// The result is the flat clustering obtained by cutting the average-linkage dendrogram at
/// the threshold, the same as scikit-learn's
/// `AgglomerativeClustering(metric: "cosine", linkage: "average", distance_threshold: 1 - threshold)`
/// up to ties (that one merges while the distance is strictly below its threshold).
public struct AverageLinkageClustering: Sendable {
    /// One merge of the dendrogram.
    public struct Merge: Sendable, Hashable {
        /// Representatives (vector indices) of the two merged clusters; the merged cluster is
        /// represented by `kept`.
        public var kept: Int
        public var absorbed: Int
        /// The average similarity at which they merged.
        public var similarity: Double
    }

    /// The outcome: a cluster label per vector and the merges performed.
    public struct Result: Sendable, Hashable {
        /// Cluster of each vector, numbered 0, 1, ... in order of first member.
        public var labels: [Int]
        /// Number of clusters.
        public var clusterCount: Int
        /// The merges, in the order performed (nearest-neighbour chain order, not by similarity).
        public var merges: [Merge]
    }

    /// Minimum average similarity for two clusters to merge, in 0...1.
    public var threshold: Double

    public init(threshold: Double) { self.threshold = threshold }

    /// Clusters `vectors`, which should have unit norm and non-negative values (as TF-IDF
    /// vectors do). Zero vectors stay singletons, unless the threshold is 0 or less: then every
    /// average similarity qualifies and all vectors form one cluster.
    public func cluster(_ vectors: [SparseVector]) -> Result {
        if threshold <= 0 {
            return Result(
                labels: Array(repeating: 0, count: vectors.count), clusterCount: vectors.isEmpty ? 0 : 1, merges: [])
        }
        var state = State(vectors: vectors)
        state.run(threshold: threshold)
        return state.result()
    }
}

extension AverageLinkageClustering {
    /// The working state of one clustering run.
    fileprivate struct State {
        var sums: [SparseVector]
        var sizes: [Double]
        var live: [Bool]
        var parent: [Int32]
        var liveCount: Int
        var merges: [Merge] = []

        // Inverted index: for each feature, (cluster at build time, its sum's value).
        var postingStarts: [Int] = []
        var postingClusters: [Int32] = []
        var postingValues: [Double] = []
        var liveAtBuild = 0

        // Accumulator for nearest-neighbour searches.
        var accumulator: [Double]
        var touched: [Int32] = []
        var isTouched: [Bool]
        let featureCount: Int

        init(vectors: [SparseVector]) {
            sums = vectors
            sizes = Array(repeating: 1, count: vectors.count)
            live = vectors.map { $0.count > 0 }
            parent = (0..<vectors.count).map { Int32($0) }
            liveCount = live.lazy.filter { $0 }.count
            accumulator = Array(repeating: 0, count: vectors.count)
            isTouched = Array(repeating: false, count: vectors.count)
            var maximum: Int32 = -1
            for vector in vectors { if let last = vector.indices.last { maximum = max(maximum, last) } }
            featureCount = Int(maximum) + 1
        }

        mutating func find(_ x: Int32) -> Int32 {
            var root = x
            while parent[Int(root)] != root { root = parent[Int(root)] }
            var node = x
            while parent[Int(node)] != root {
                let next = parent[Int(node)]
                parent[Int(node)] = root
                node = next
            }
            return root
        }

        mutating func rebuildIndex() {
            var counts = [Int](repeating: 0, count: featureCount + 1)
            for cluster in sums.indices where live[cluster] {
                for feature in sums[cluster].indices { counts[Int(feature) + 1] += 1 }
            }
            for feature in 0..<featureCount { counts[feature + 1] += counts[feature] }
            postingStarts = counts
            var cursor = counts
            postingClusters = Array(repeating: 0, count: counts[featureCount])
            postingValues = Array(repeating: 0, count: counts[featureCount])
            for cluster in sums.indices where live[cluster] {
                let vector = sums[cluster]
                for (offset, feature) in vector.indices.enumerated() {
                    let slot = cursor[Int(feature)]
                    postingClusters[slot] = Int32(cluster)
                    postingValues[slot] = vector.values[offset]
                    cursor[Int(feature)] += 1
                }
            }
            liveAtBuild = liveCount
        }

        /// The live cluster most similar to `a` (average linkage) and that similarity; ties
        /// (within rounding) go to `preferred`, then to the smaller index.
        mutating func nearest(to a: Int, preferring preferred: Int?) -> (cluster: Int, similarity: Double)? {
            let query = sums[a]
            for (offset, feature) in query.indices.enumerated() {
                let weight = query.values[offset]
                let start = postingStarts[Int(feature)]
                let end = postingStarts[Int(feature) + 1]
                var slot = start
                while slot < end {
                    var cluster = postingClusters[slot]
                    if parent[Int(cluster)] != cluster { cluster = find(cluster) }
                    let c = Int(cluster)
                    if c != a, live[c] {
                        if !isTouched[c] {
                            isTouched[c] = true
                            touched.append(cluster)
                        }
                        accumulator[c] += weight * postingValues[slot]
                    }
                    slot += 1
                }
            }
            var best: (cluster: Int, similarity: Double)?
            let sizeA = sizes[a]
            for cluster in touched {
                let c = Int(cluster)
                let similarity = accumulator[c] / (sizeA * sizes[c])
                accumulator[c] = 0
                isTouched[c] = false
                if let current = best {
                    if similarity > current.similarity + Self.tieTolerance {
                        best = (c, similarity)
                    } else if similarity >= current.similarity - Self.tieTolerance {
                        let takesTie = c == preferred || (current.cluster != preferred && c < current.cluster)
                        if takesTie { best = (c, similarity) }
                    }
                } else {
                    best = (c, similarity)
                }
            }
            touched.removeAll(keepingCapacity: true)
            return best
        }

        static let tieTolerance = 1e-12

        mutating func merge(_ a: Int, _ b: Int, similarity: Double) {
            let kept = min(a, b)
            let absorbed = max(a, b)
            sums[kept] = sums[kept] + sums[absorbed]
            sums[absorbed] = .zero
            sizes[kept] += sizes[absorbed]
            live[absorbed] = false
            parent[absorbed] = Int32(kept)
            liveCount -= 1
            merges.append(Merge(kept: kept, absorbed: absorbed, similarity: similarity))
        }

        mutating func run(threshold: Double) {
            rebuildIndex()
            var chain: [Int] = []
            var nextStart = 0
            while true {
                if chain.isEmpty {
                    while nextStart < live.count, !live[nextStart] { nextStart += 1 }
                    guard nextStart < live.count else { break }
                    chain.append(nextStart)
                }
                if liveCount * 2 < liveAtBuild { rebuildIndex() }
                guard let a = chain.last else { break }
                let previous = chain.count >= 2 ? chain[chain.count - 2] : nil
                guard let best = nearest(to: a, preferring: previous), best.similarity >= threshold else {
                    // Nothing in the chain can merge any more: retire it.
                    for cluster in chain where live[cluster] {
                        live[cluster] = false
                        liveCount -= 1
                    }
                    chain.removeAll(keepingCapacity: true)
                    continue
                }
                if best.cluster == previous {
                    chain.removeLast(2)
                    merge(a, best.cluster, similarity: best.similarity)
                    nextStart = min(nextStart, min(a, best.cluster))
                } else {
                    chain.append(best.cluster)
                }
            }
        }

        mutating func result() -> Result {
            var labels = [Int](repeating: -1, count: sums.count)
            var labelOfRoot: [Int32: Int] = [:]
            for index in sums.indices {
                let root = find(Int32(index))
                if let label = labelOfRoot[root] {
                    labels[index] = label
                } else {
                    labels[index] = labelOfRoot.count
                    labelOfRoot[root] = labels[index]
                }
            }
            return Result(labels: labels, clusterCount: labelOfRoot.count, merges: merges)
        }
    }
}
