import Testing

@testable import Engine

@Suite struct ClockAnchorTests {
    @Test func measuresWallTimeWithTheMonotonicClock() {
        let time = ManualTimeSource(start: TimingFixtures.start)
        time.advance(seconds: 5)
        let anchor = ClockAnchor(time)
        #expect(anchor.wall == TimingFixtures.start.adding(seconds: 5))
        time.advance(milliseconds: 1234)
        #expect(anchor.wallTime(atMonotonic: time.monotonicMilliseconds()) == time.now())
        #expect(anchor.monotonic(at: time.now()) == time.monotonicMilliseconds())
        #expect(anchor.drift(of: time) == 0)
    }

    @Test func aStepOfTheWallClockDoesNotMoveTheAnchoredTime() {
        let time = ManualTimeSource(start: TimingFixtures.start)
        let anchor = ClockAnchor(time)
        time.advance(seconds: 30)
        time.stepWallClock(milliseconds: 3_600_000)
        #expect(anchor.wallTime(atMonotonic: time.monotonicMilliseconds()) == TimingFixtures.start.adding(seconds: 30))
        #expect(anchor.drift(of: time) == 3_600_000)
        time.stepWallClock(milliseconds: -7_200_000)
        #expect(anchor.drift(of: time) == -3_600_000)
    }
}
