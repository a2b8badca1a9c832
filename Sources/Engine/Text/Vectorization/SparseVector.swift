import Foundation

/// A sparse vector: feature indices in increasing order and their values.
public struct SparseVector: Sendable, Hashable {
    /// Feature indices, strictly increasing.
    public private(set) var indices: [Int32]
    /// The value of each feature in `indices`.
    public private(set) var values: [Double]

    /// Creates a vector from index-value pairs in any order; values of repeated indices add up.
    public init(pairs: [(index: Int32, value: Double)]) {
        let sorted = pairs.sorted { $0.index < $1.index }
        var indices: [Int32] = []
        var values: [Double] = []
        indices.reserveCapacity(sorted.count)
        values.reserveCapacity(sorted.count)
        for pair in sorted {
            if let last = indices.last, last == pair.index {
                values[values.count - 1] += pair.value
            } else {
                indices.append(pair.index)
                values.append(pair.value)
            }
        }
        self.indices = indices
        self.values = values
    }

    /// Creates a vector from indices already strictly increasing and their values (one
    /// value per index; extra elements of the longer array are ignored).
    public init(sortedIndices: [Int32], values: [Double]) {
        let count = min(sortedIndices.count, values.count)
        self.indices = count == sortedIndices.count ? sortedIndices : Array(sortedIndices.prefix(count))
        self.values = count == values.count ? values : Array(values.prefix(count))
    }

    /// The empty vector.
    public static let zero = SparseVector(sortedIndices: [], values: [])

    /// The number of non-zero features.
    public var count: Int { indices.count }

    /// The Euclidean norm.
    public var norm: Double { values.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// The vector scaled to unit norm (the zero vector stays zero).
    public func normalized() -> SparseVector {
        let n = norm
        guard n > 0 else { return self }
        return SparseVector(sortedIndices: indices, values: values.map { $0 / n })
    }

    /// The vector multiplied by a number.
    public func scaled(by factor: Double) -> SparseVector {
        SparseVector(sortedIndices: indices, values: values.map { $0 * factor })
    }

    /// The value of a feature (nil if it is zero), by binary search.
    public func value(at index: Int32) -> Double? {
        var low = 0
        var high = indices.count
        while low < high {
            let middle = (low + high) / 2
            let candidate = indices[middle]
            if candidate == index { return values[middle] }
            if candidate < index { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The dot product with another sparse vector.
    public func dot(_ other: SparseVector) -> Double {
        var i = 0
        var j = 0
        var sum = 0.0
        while i < indices.count, j < other.indices.count {
            let a = indices[i]
            let b = other.indices[j]
            if a == b {
                sum += values[i] * other.values[j]
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The sum of two vectors.
    public static func + (lhs: SparseVector, rhs: SparseVector) -> SparseVector {
        var indices: [Int32] = []
        var values: [Double] = []
        indices.reserveCapacity(lhs.count + rhs.count)
        values.reserveCapacity(lhs.count + rhs.count)
        var i = 0
        var j = 0
        while i < lhs.indices.count || j < rhs.indices.count {
            if j == rhs.indices.count || (i < lhs.indices.count && lhs.indices[i] < rhs.indices[j]) {
                indices.append(lhs.indices[i])
                values.append(lhs.values[i])
                i += 1
            } else if i == lhs.indices.count || rhs.indices[j] < lhs.indices[i] {
                indices.append(rhs.indices[j])
                values.append(rhs.values[j])
                j += 1
            } else {
                indices.append(lhs.indices[i])
                values.append(lhs.values[i] + rhs.values[j])
                i += 1
                j += 1
            }
        }
        return SparseVector(sortedIndices: indices, values: values)
    }
}
