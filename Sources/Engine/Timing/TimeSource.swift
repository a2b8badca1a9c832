#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the engine gets the current time. Inject a ``ManualTimeSource`` in tests so that
/// a 20-minute round runs in milliseconds and every timestamp is reproducible.
///
/// Conformers must be safe to call from any thread. `now()` is wall-clock time (it goes
/// into the journal); `monotonicNow()` never goes backwards and is what running timers use
/// to measure elapsed time.
public protocol TimeSource: Sendable {
    /// The current wall-clock time.
    func now() -> Timestamp
    /// A monotonic reading in milliseconds, unrelated to the calendar.
    func monotonicMilliseconds() -> Int64
}

/// The operating system's clocks.
public struct SystemTimeSource: TimeSource {
    public init() {}

    public func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(milliseconds: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }

    public func monotonicMilliseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
    }
}

/// A clock that only moves when told to: for tests and for the accelerated demo.
public final class ManualTimeSource: TimeSource, @unchecked Sendable {
    private let lock = SpinLock()
    private var current: Timestamp
    private var monotonic: Int64 = 0

    public init(start: Timestamp) { current = start }

    public func now() -> Timestamp { lock.withLock { current } }

    public func monotonicMilliseconds() -> Int64 { lock.withLock { monotonic } }

    /// Moves both clocks forward.
    public func advance(milliseconds: Int64) {
        lock.withLock {
            current = current.adding(milliseconds: milliseconds)
            monotonic += milliseconds
        }
    }

    /// Moves both clocks forward by whole seconds.
    public func advance(seconds: Int) { advance(milliseconds: Int64(seconds) * 1000) }

    /// Moves both clocks forward by whole minutes.
    public func advance(minutes: Int) { advance(milliseconds: Int64(minutes) * 60000) }

    /// Steps the wall clock only (as NTP or a person setting the time would), leaving the
    /// monotonic clock alone; negative values step it back.
    public func stepWallClock(milliseconds: Int64) {
        lock.withLock { current = current.adding(milliseconds: milliseconds) }
    }
}
