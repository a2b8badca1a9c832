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
        /// Representative of the cluster merged into `kept`.
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

    /// Creates the clustering with a similarity threshold in 0...1.
    public init(threshold: Double) { self.threshold = threshold }

    /// Clusters `vectors`, which should have unit norm and non-negative values (as TF-IDF
    /// vectors do). Zero vectors stay singletons, unless the threshold is 0 or less: then every
    /// average similarity qualifies and all vectors form one cluster.
    public func cluster(_ vectors: [SparseVector]) -> Result {
        if threshold <= 0 {
            return Result(
                labels: Array(repeating: 0, count: vectors.count), clusterCount: vectors.isEmpty ? 0 : 1, merges: [])
        }
        // Identical vectors have similarity 1, the highest possible: average linkage merges them
        // first, whatever else happens. They start as one cluster of their multiplicity.
        var groupOf: [SparseVector: Int] = [:]
        var representatives: [Int] = []
        var group = [Int](repeating: 0, count: vectors.count)
        var multiplicity: [Double] = []
        for (index, vector) in vectors.enumerated() {
            if vector.count > 0, let existing = groupOf[vector] {
                group[index] = existing
                multiplicity[existing] += 1
            } else {
                if vector.count > 0 { groupOf[vector] = representatives.count }
                group[index] = representatives.count
                representatives.append(index)
                multiplicity.append(1)
            }
        }
        let sums = representatives.enumerated().map { offset, index -> SparseVector in
            multiplicity[offset] == 1 ? vectors[index] : vectors[index].scaled(by: multiplicity[offset])
        }
        var state = State(sums: sums, sizes: multiplicity, threshold: threshold)
        state.run()
        let grouped = state.result()
        var merges: [Merge] = []
        for (index, representative) in representatives.enumerated() where multiplicity[index] > 1 {
            for member in vectors.indices where group[member] == index && member != representative {
                merges.append(Merge(kept: representative, absorbed: member, similarity: 1))
            }
        }
        merges += grouped.merges.map {
            Merge(kept: representatives[$0.kept], absorbed: representatives[$0.absorbed], similarity: $0.similarity)
        }
        // Relabel in order of first member.
        var labels = [Int](repeating: -1, count: vectors.count)
        var relabel: [Int: Int] = [:]
        for index in vectors.indices {
            let label = grouped.labels[group[index]]
            if let existing = relabel[label] {
                labels[index] = existing
            } else {
                labels[index] = relabel.count
                relabel[label] = labels[index]
            }
        }
        return Result(labels: labels, clusterCount: relabel.count, merges: merges)
    }
}

extension AverageLinkageClustering {
    /// The working state of one clustering run.
    fileprivate struct State {
        var sums: [SparseVector]
        var sizes: [Double]
        /// Liveness, union-find parents and search scratch space, in manually managed memory
        /// (the hot loop writes them millions of times).
        let scratch: Scratch
        var liveCount: Int
        var merges: [Merge] = []
        let threshold: Double

        // Inverted index: for each feature, (cluster at build time, its sum's value), and the
        // largest centroid value of the feature over the clusters indexed. That maximum stays
        // an upper bound after merges, since a merged centroid is a weighted mean of centroids.
        var postingStarts: [Int] = []
        var postingClusters: [Int32] = []
        var postingValues: [Double] = []
        var maximumCentroid: [Double] = []
        var liveAtBuild = 0

        var bounds: [(bound: Double, offset: Int)] = []
        let featureCount: Int

        init(sums: [SparseVector], sizes: [Double], threshold: Double) {
            self.threshold = threshold
            self.sums = sums
            self.sizes = sizes
            scratch = Scratch(count: sums.count)
            var count = 0
            for (index, sum) in sums.enumerated() where sum.count > 0 {
                scratch.live[index] = true
                count += 1
            }
            liveCount = count
            var maximum: Int32 = -1
            for vector in sums { if let last = vector.indices.last { maximum = max(maximum, last) } }
            featureCount = Int(maximum) + 1
        }

        mutating func rebuildIndex() {
            var counts = [Int](repeating: 0, count: featureCount + 1)
            var maximum = [Double](repeating: 0, count: featureCount)
            for cluster in sums.indices where scratch.live[cluster] {
                let vector = sums[cluster]
                let size = sizes[cluster]
                for (offset, feature) in vector.indices.enumerated() {
                    counts[Int(feature) + 1] += 1
                    maximum[Int(feature)] = max(maximum[Int(feature)], vector.values[offset] / size)
                }
            }
            for feature in 0..<featureCount { counts[feature + 1] += counts[feature] }
            var cursor = counts
            var clusters = [Int32](repeating: 0, count: counts[featureCount])
            var values = [Double](repeating: 0, count: counts[featureCount])
            for cluster in sums.indices where scratch.live[cluster] {
                let vector = sums[cluster]
                for (offset, feature) in vector.indices.enumerated() {
                    let slot = cursor[Int(feature)]
                    clusters[slot] = Int32(cluster)
                    values[slot] = vector.values[offset]
                    cursor[Int(feature)] += 1
                }
            }
            postingStarts = counts
            postingClusters = clusters
            postingValues = values
            maximumCentroid = maximum
            liveAtBuild = liveCount
        }

        /// The live cluster most similar to `a` (average linkage) and that similarity, if it
        /// reaches the threshold; ties (within rounding) go to `preferred`, then to the
        /// smaller index.
        ///
        /// Uses the MaxScore idea: the query's features whose best possible contributions add
        /// up to less than the threshold cannot, alone, bring a cluster to the threshold, so
        /// only the index entries of the other ("essential") features are scanned to find
        /// candidates; the few remaining features are then added exactly for the candidates
        /// that can still beat the best similarity found. The long posting lists of words
        /// common to many notes are mostly the non-essential ones. In the chain, `preferred`
        /// (the previous element) is computed first: a neighbour must beat it.
        mutating func nearest(to a: Int, preferring preferred: Int?) -> (cluster: Int, similarity: Double)? {
            let query = sums[a]
            let sizeA = sizes[a]
            var best: (cluster: Int, similarity: Double)?
            if let preferred {
                let similarity = query.dot(sums[preferred]) / (sizeA * sizes[preferred])
                if similarity >= threshold { best = (preferred, similarity) }
            }
            bounds.removeAll(keepingCapacity: true)
            for (offset, feature) in query.indices.enumerated() {
                bounds.append((query.values[offset] / sizeA * maximumCentroid[Int(feature)], offset))
            }
            bounds.sort { $0.bound < $1.bound }
            var split = 0
            var nonEssential = 0.0
            while split < bounds.count, nonEssential + bounds[split].bound < threshold - Self.tieTolerance {
                nonEssential += bounds[split].bound
                split += 1
            }

            // Scan the essential features' postings into the accumulator.
            let queryIndices = query.indices
            let queryValues = query.values
            let scratch = self.scratch
            var touchedCount = 0
            postingStarts.withUnsafeBufferPointer { starts in
                postingClusters.withUnsafeBufferPointer { clusters in
                    postingValues.withUnsafeBufferPointer { values in
                        for position in split..<bounds.count {
                            let offset = bounds[position].offset
                            let feature = Int(queryIndices[offset])
                            let weight = queryValues[offset]
                            var slot = starts[feature]
                            let end = starts[feature + 1]
                            while slot < end {
                                let c = Int(scratch.root(of: clusters[slot]))
                                if c != a, scratch.live[c] {
                                    if !scratch.isTouched[c] {
                                        scratch.isTouched[c] = true
                                        scratch.touched[touchedCount] = Int32(c)
                                        touchedCount += 1
                                    }
                                    scratch.accumulator[c] += weight * values[slot]
                                }
                                slot += 1
                            }
                        }
                    }
                }
            }

            // Partial similarities; the best partial score is completed first so that the bar
            // rises early and most other candidates are skipped.
            var leader = -1
            var leaderPartial = -Double.infinity
            for index in 0..<touchedCount {
                let c = Int(scratch.touched[index])
                let partial = scratch.accumulator[c] / (sizeA * sizes[c])
                scratch.accumulator[c] = partial
                if partial > leaderPartial {
                    leaderPartial = partial
                    leader = c
                }
            }
            func consider(_ c: Int) {
                var similarity = scratch.accumulator[c]
                if split > 0 {
                    let cutoff = max(threshold, best?.similarity ?? threshold) - Self.tieTolerance
                    guard similarity + nonEssential >= cutoff else { return }
                    let other = sums[c]
                    let scale = 1 / (sizeA * sizes[c])
                    for bound in bounds[..<split] {
                        if let value = other.value(at: queryIndices[bound.offset]) {
                            similarity += queryValues[bound.offset] * value * scale
                        }
                    }
                }
                guard similarity >= threshold else { return }
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
            if leader >= 0, leader != preferred { consider(leader) }
            for index in 0..<touchedCount {
                let c = Int(scratch.touched[index])
                if c != leader, c != preferred { consider(c) }
                scratch.accumulator[c] = 0
                scratch.isTouched[c] = false
            }
            if leader >= 0 {
                scratch.accumulator[leader] = 0
                scratch.isTouched[leader] = false
            }
            return best
        }

        static let tieTolerance = 1e-12

        mutating func merge(_ a: Int, _ b: Int, similarity: Double) {
            let kept = min(a, b)
            let absorbed = max(a, b)
            sums[kept] = sums[kept] + sums[absorbed]
            sums[absorbed] = .zero
            sizes[kept] += sizes[absorbed]
            scratch.live[absorbed] = false
            scratch.parent[absorbed] = Int32(kept)
            liveCount -= 1
            merges.append(Merge(kept: kept, absorbed: absorbed, similarity: similarity))
        }

        mutating func run() {
            rebuildIndex()
            var chain: [Int] = []
            var nextStart = 0
            while true {
                if chain.isEmpty {
                    while nextStart < sums.count, !scratch.live[nextStart] { nextStart += 1 }
                    guard nextStart < sums.count else { break }
                    chain.append(nextStart)
                }
                if liveCount * 2 < liveAtBuild { rebuildIndex() }
                guard let a = chain.last else { break }
                let previous = chain.count >= 2 ? chain[chain.count - 2] : nil
                guard let best = nearest(to: a, preferring: previous) else {
                    // Nothing in the chain can merge any more: retire it.
                    for cluster in chain where scratch.live[cluster] {
                        scratch.live[cluster] = false
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

        func result() -> Result {
            var labels = [Int](repeating: -1, count: sums.count)
            var labelOfRoot: [Int32: Int] = [:]
            for index in sums.indices {
                let root = scratch.root(of: Int32(index))
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

extension AverageLinkageClustering {
    /// Per-cluster state written in the innermost loop, kept in manually allocated memory
    /// owned by this object (freed with it).
    fileprivate final class Scratch {
        let live: UnsafeMutableBufferPointer<Bool>
        let parent: UnsafeMutableBufferPointer<Int32>
        let accumulator: UnsafeMutableBufferPointer<Double>
        let isTouched: UnsafeMutableBufferPointer<Bool>
        let touched: UnsafeMutableBufferPointer<Int32>

        init(count: Int) {
            live = .allocate(capacity: count)
            live.initialize(repeating: false)
            parent = .allocate(capacity: count)
            for index in 0..<count { parent.initializeElement(at: index, to: Int32(index)) }
            accumulator = .allocate(capacity: count)
            accumulator.initialize(repeating: 0)
            isTouched = .allocate(capacity: count)
            isTouched.initialize(repeating: false)
            touched = .allocate(capacity: count)
            touched.initialize(repeating: 0)
        }

        deinit {
            live.deallocate()
            parent.deallocate()
            accumulator.deallocate()
            isTouched.deallocate()
            touched.deallocate()
        }

        /// The current representative of a cluster id, with path compression.
        @inline(__always)
        func root(of cluster: Int32) -> Int32 {
            var root = cluster
            while parent[Int(root)] != root { root = parent[Int(root)] }
            var node = cluster
            while parent[Int(node)] != root {
                let next = parent[Int(node)]
                parent[Int(node)] = root
                node = next
            }
            return root
        }
    }
}
