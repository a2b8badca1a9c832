import Testing

@testable import Engine

@Suite struct PhaseClockTests {
    let t0 = TimingFixtures.start

    private func makeClock(_ events: [(any JournalEvent, Int)]) -> PhaseClock? {
        var state = TimingFixtures.plannedState()
        for (event, second) in events { TimingFixtures.apply(event, at: t0.adding(seconds: second), to: &state) }
        return PhaseClock(state: state)
    }

    @Test func countsDownFromThePlannedTime() throws {
        let clock = try #require(makeClock([(PhaseStarted(phase: 1), 0)]))
        #expect(clock.remainingMilliseconds(at: t0) == 1_200_000)
        #expect(clock.remainingMilliseconds(at: t0.adding(milliseconds: 754_250)) == 445_750)
        #expect(clock.deadline == t0.adding(seconds: 1200))
        #expect(clock.isOver(at: t0.adding(seconds: 1200)))
        #expect(!clock.isOver(at: t0.adding(milliseconds: 1_199_999)))
        #expect(clock.remainingMilliseconds(at: t0.adding(seconds: 1230)) == -30_000)
    }

    @Test func pausesDoNotCountAndMoveTheDeadline() throws {
        let clock = try #require(
            makeClock([
                (PhaseStarted(phase: 1), 0), (TimerPaused(phase: 1), 300), (TimerResumed(phase: 1), 480),
                (TimerPaused(phase: 1), 600),
            ]))
        #expect(clock.isPaused)
        #expect(clock.deadline == nil)
        // 300 s ran, 180 s paused, 120 s ran, then paused: 420 s elapsed however long the pause.
        #expect(clock.elapsedMilliseconds(at: t0.adding(seconds: 600)) == 420_000)
        #expect(clock.elapsedMilliseconds(at: t0.adding(seconds: 5000)) == 420_000)
        #expect(clock.pausedMilliseconds(at: t0.adding(seconds: 700)) == 280_000)
        let resumed = try #require(
            makeClock([
                (PhaseStarted(phase: 1), 0), (TimerPaused(phase: 1), 300), (TimerResumed(phase: 1), 480),
            ]))
        #expect(resumed.deadline == t0.adding(seconds: 1200 + 180))
    }

    @Test func extensionsAddAndTakeAwayTime() throws {
        let longer = try #require(makeClock([(PhaseStarted(phase: 1), 0), (PhaseExtended(phase: 1, seconds: 300), 10)]))
        #expect(longer.durationMilliseconds == 1_500_000)
        #expect(longer.deadline == t0.adding(seconds: 1500))
        let shorter = try #require(makeClock([(PhaseStarted(phase: 1), 0), (PhaseExtended(phase: 1, seconds: -1500), 10)]))
        // Never a negative duration: the time is simply up.
        #expect(shorter.durationMilliseconds == 0)
        #expect(shorter.isOver(at: t0.adding(seconds: 11)))
    }

    @Test func countdownSecondsRoundUpWhileTimeIsLeft() {
        #expect(PhaseClock.countdownSeconds(remaining: 60_000) == 60)
        #expect(PhaseClock.countdownSeconds(remaining: 59_001) == 60)
        #expect(PhaseClock.countdownSeconds(remaining: 59_000) == 59)
        #expect(PhaseClock.countdownSeconds(remaining: 1) == 1)
        #expect(PhaseClock.countdownSeconds(remaining: 0) == 0)
        #expect(PhaseClock.countdownSeconds(remaining: -999) == 0)
        #expect(PhaseClock.countdownSeconds(remaining: -1000) == -1)
        #expect(PhaseClock.countdownSeconds(remaining: -61_500) == -61)
    }

    @Test func theNextSecondChangeIsExact() {
        for remaining: Int64 in [1_200_000, 1_199_999, 60_001, 1, 0, -1, -999, -1000, -1001] {
            let wait = PhaseClock.millisecondsToNextSecond(remaining: remaining)
            #expect((1...1000).contains(wait))
            // After waiting, the countdown shows another value; one millisecond earlier it did not.
            #expect(PhaseClock.countdownSeconds(remaining: remaining - wait) != PhaseClock.countdownSeconds(remaining: remaining))
            #expect(
                PhaseClock.countdownSeconds(remaining: remaining - wait + 1) == PhaseClock.countdownSeconds(remaining: remaining))
        }
    }

    @Test func beforeTheStartNothingHasElapsed() throws {
        let clock = try #require(makeClock([(PhaseStarted(phase: 1), 0)]))
        #expect(clock.elapsedMilliseconds(at: t0.adding(seconds: -30)) == 0)
        #expect(clock.progress(at: t0.adding(seconds: -30)) == 0)
        #expect(clock.progress(at: t0.adding(seconds: 600)) == 0.5)
        #expect(clock.progress(at: t0.adding(seconds: 5000)) == 1)
    }

    @Test func noClockBeforeTheStartOrAfterTheFinish() {
        #expect(makeClock([]) == nil)
        #expect(makeClock([(PhaseStarted(phase: 3), 0), (SessionFinished(), 60)]) == nil)
    }

    /// A 20-minute round run entirely on an injected clock, through a session file: pauses,
    /// extensions from "another terminal", a console restart; the end is exact to the millisecond.
    @Test func aTwentyMinuteRoundWithPausesAndExtensions() throws {
        let directory = TimingFixtures.temporaryDirectory()
        let path = directory + "/round.workshop"
        let time = ManualTimeSource(start: t0)
        let console = try Session.create(at: path, events: TimingFixtures.creationEvents, clock: time)
        let otherTerminal = try Session.open(at: path, clock: time)
        try console.append([PhaseStarted(phase: 1)])
        time.advance(minutes: 7)
        try otherTerminal.append { state in try PhaseControl.events(for: .pause, in: state) }
        time.advance(milliseconds: 183_417)
        try console.append { state in try PhaseControl.events(for: .resume, in: state) }
        time.advance(minutes: 5)
        try otherTerminal.append { state in try PhaseControl.events(for: .extend(seconds: 180), in: state) }
        try console.append { state in try PhaseControl.events(for: .extend(seconds: -60), in: state) }
        try otherTerminal.refresh()
        time.advance(minutes: 2)
        try console.append { state in try PhaseControl.events(for: .pause, in: state) }
        time.advance(seconds: 45)
        try console.append { state in try PhaseControl.events(for: .resume, in: state) }
        try otherTerminal.refresh()

        // Planned 20 min + 3 min - 1 min, plus 183.417 s and 45 s of pauses.
        let expectedDeadline = t0.adding(milliseconds: 22 * 60_000 + 183_417 + 45_000)
        let clock = try #require(PhaseClock(state: console.state))
        #expect(clock.deadline == expectedDeadline)
        #expect(PhaseClock(state: otherTerminal.state)?.deadline == expectedDeadline)

        // "kill -9" and a restart later: a fresh replay of the journal agrees to the millisecond.
        time.advance(minutes: 3)
        let restarted = try Session.open(at: path, clock: time)
        let again = try #require(PhaseClock(state: restarted.state))
        #expect(again.remainingMilliseconds(at: time.now()) == expectedDeadline.milliseconds(since: time.now()))
        #expect(again.remainingMilliseconds(at: expectedDeadline.adding(milliseconds: -1)) == 1)
        #expect(again.remainingMilliseconds(at: expectedDeadline) == 0)
        #expect(again.countdownSeconds(at: expectedDeadline.adding(milliseconds: -1)) == 1)
        #expect(again.countdownSeconds(at: expectedDeadline) == 0)
    }
}
