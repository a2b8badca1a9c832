/// Wall-clock time measured with the monotonic clock: one reading of both clocks taken
/// together, then "now" is that wall-clock reading plus the monotonic time since.
///
/// Journal timestamps are wall clock, so deadlines are wall-clock instants; but a running
/// countdown must not jump when someone (or NTP) steps the system clock. The live console
/// anchors when it starts and re-anchors whenever new journal events arrive: at each change
/// of the journal it agrees exactly with what a fresh start would compute from the
/// timestamps, and between changes it counts with the monotonic clock.
public struct ClockAnchor: Hashable, Sendable {
    /// The wall-clock reading.
    public var wall: Timestamp
    /// The monotonic reading taken with it, in milliseconds.
    public var monotonic: Int64

    public init(wall: Timestamp, monotonic: Int64) {
        self.wall = wall
        self.monotonic = monotonic
    }

    /// Reads both clocks of `source` now.
    public init(_ source: any TimeSource) {
        let before = source.monotonicMilliseconds()
        let wall = source.now()
        let after = source.monotonicMilliseconds()
        self.init(wall: wall, monotonic: before + (after - before) / 2)
    }

    /// The wall-clock instant of monotonic reading `monotonic`.
    public func wallTime(atMonotonic monotonic: Int64) -> Timestamp {
        wall.adding(milliseconds: monotonic - self.monotonic)
    }

    /// The monotonic reading at which the wall clock (as measured from this anchor) reads `time`.
    public func monotonic(at time: Timestamp) -> Int64 {
        monotonic + time.milliseconds(since: wall)
    }

    /// How far the wall clock of `source` has drifted or jumped from this anchor's reckoning,
    /// in milliseconds (positive: the wall clock is ahead).
    public func drift(of source: any TimeSource) -> Int64 {
        let monotonic = source.monotonicMilliseconds()
        return source.now().milliseconds(since: wallTime(atMonotonic: monotonic))
    }
}
