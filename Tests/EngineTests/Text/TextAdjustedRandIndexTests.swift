import Testing

@testable import Engine

@Suite struct TextAdjustedRandIndexTests {
    @Test func identicalPartitionsScoreOneWhateverTheLabels() {
        #expect(AdjustedRandIndex.score([0, 0, 1, 1, 2], ["a", "a", "b", "b", "c"]) == 1)
        #expect(AdjustedRandIndex.score([0, 0, 1, 1], [1, 1, 0, 0]) == 1)
    }

    @Test func handComputedExample() {
        // Contingency: (0,0)=2, (0,1)=1, (1,1)=1, (1,2)=2. Σ C(n_ij,2) = 2; rows 3,3 -> 6 pairs;
        // columns 2,2,2 -> 3 pairs; C(6,2) = 15; E = 6*3/15 = 1.2; max = 4.5;
        // ARI = (2 - 1.2) / (4.5 - 1.2) = 8/33.
        let score = AdjustedRandIndex.score([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])
        #expect(abs(score - 8.0 / 33.0) < 1e-12)
    }

    @Test func publishedExamples() {
        // Examples from the scikit-learn documentation of adjusted_rand_score.
        #expect(abs(AdjustedRandIndex.score([0, 0, 1, 2], [0, 0, 1, 1]) - 0.571_428_571_428_571_4) < 1e-12)
        #expect(abs(AdjustedRandIndex.score([0, 0, 1, 1], [0, 0, 1, 2]) - 0.571_428_571_428_571_4) < 1e-12)
        #expect(AdjustedRandIndex.score([0, 0, 0, 0], [0, 1, 2, 3]) == 0)
        #expect(abs(AdjustedRandIndex.score([0, 0, 1, 1], [0, 1, 0, 1]) - -0.5) < 1e-12)
    }

    @Test func labelingsOfDifferentLengthsHaveNoIndex() {
        #expect(AdjustedRandIndex.score([0, 1], [0, 1, 2]).isNaN)
    }

    @Test func trivialPartitions() {
        #expect(AdjustedRandIndex.score([1, 1, 1], [2, 2, 2]) == 1)
        #expect(AdjustedRandIndex.score([1, 2, 3], [4, 5, 6]) == 1)
        #expect(AdjustedRandIndex.score([7], [8]) == 1)
    }

    @Test func symmetricAndNearZeroForRandomLabels() {
        var generator = SeededGenerator(seed: 11)
        let a = (0..<2000).map { _ in Int.random(in: 0..<10, using: &generator) }
        let b = (0..<2000).map { _ in Int.random(in: 0..<10, using: &generator) }
        let ab = AdjustedRandIndex.score(a, b)
        #expect(abs(ab - AdjustedRandIndex.score(b, a)) < 1e-12)
        #expect(abs(ab) < 0.02)
    }
}
