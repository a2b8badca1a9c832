#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a few independent pieces of work on their own threads and waits for all of them.
///
/// Used for coarse, CPU-bound splits (journal decoding, search restarts) where each piece
/// takes milliseconds: a dedicated thread per piece starts at once, unlike a pool that
/// grows lazily. Piece 0 runs on the calling thread.
public enum Parallel {
    /// Number of processors available to this process.
    public static var processorCount: Int {
        let count = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return max(1, Int(count))
    }

    /// Calls `body(index)` for every index in `0..<count`, concurrently, and returns when all
    /// calls have returned. `body` must only touch state that belongs to its index.
    public static func forEach(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        final class Box: @unchecked Sendable {
            let body: @Sendable (Int) -> Void
            let index: Int
            init(_ body: @escaping @Sendable (Int) -> Void, _ index: Int) {
                self.body = body
                self.index = index
            }
        }
        var threads: [pthread_t] = []
        var fallback: [Int] = []
        for index in 1..<count {
            let box = Unmanaged.passRetained(Box(body, index))
            #if canImport(Darwin)
                var thread: pthread_t?
            #else
                var thread = pthread_t()
            #endif
            let result = pthread_create(
                &thread, nil,
                { raw in
                    #if canImport(Darwin)
                        let box = Unmanaged<Box>.fromOpaque(raw).takeRetainedValue()
                    #else
                        guard let raw else { return nil }
                        let box = Unmanaged<Box>.fromOpaque(raw).takeRetainedValue()
                    #endif
                    box.body(box.index)
                    return nil
                }, box.toOpaque())
            #if canImport(Darwin)
                if result == 0, let thread {
                    threads.append(thread)
                } else {
                    box.release()
                    fallback.append(index)
                }
            #else
                if result == 0 {
                    threads.append(thread)
                } else {
                    box.release()
                    fallback.append(index)
                }
            #endif
        }
        body(0)
        for index in fallback { body(index) }
        for thread in threads { pthread_join(thread, nil) }
    }
}
