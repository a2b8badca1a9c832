import Dispatch

/// Runs independent jobs on all cores (Dispatch `concurrentPerform`) and collects the results
/// in order. Used for per-group clustering; jobs must not share mutable state.
enum ParallelMap {
    static func map<T: Sendable>(count: Int, parallel: Bool = true, _ transform: @Sendable (Int) -> T) -> [T] {
        guard parallel, count > 1 else { return (0..<count).map(transform) }
        let buffer = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer {
            buffer.deinitialize()
            buffer.deallocate()
        }
        nonisolated(unsafe) let results = buffer
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results[index] = transform(index)
        }
        return buffer.compactMap { $0 }
    }
}
