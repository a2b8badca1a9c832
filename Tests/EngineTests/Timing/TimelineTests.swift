import Testing

@testable import Engine

@Suite struct TimelineTests {
    let t0 = TimingFixtures.start

    @Test func pausesAndExtensionsBelongToTheRunningRun() {
        var state = TimingFixtures.plannedState()
        TimingFixtures.apply(PhaseStarted(phase: 1), at: t0, to: &state)
        TimingFixtures.apply(TimerPaused(phase: 1), at: t0.adding(seconds: 60), to: &state)
        #expect(state.timeline.isPaused)
        TimingFixtures.apply(TimerResumed(phase: 1), at: t0.adding(seconds: 150), to: &state)
        TimingFixtures.apply(PhaseExtended(phase: 1, seconds: 120), at: t0.adding(seconds: 200), to: &state)
        TimingFixtures.apply(PhaseExtended(phase: 1, seconds: -30), at: t0.adding(seconds: 210), to: &state)
        let run = state.timeline.currentRun
        #expect(run?.pausedMilliseconds == 90_000)
        #expect(run?.pauseCount == 1)
        #expect(run?.extensionSeconds == 90)
        #expect(!state.timeline.isPaused)
    }

    @Test func eventsForAnotherPhaseLeaveTheStateAlone() {
        var state = TimingFixtures.plannedState()
        TimingFixtures.apply(PhaseStarted(phase: 1), at: t0, to: &state)
        let before = state.timeline
        TimingFixtures.apply(TimerPaused(phase: 2), at: t0.adding(seconds: 5), to: &state)
        TimingFixtures.apply(PhaseExtended(phase: 0, seconds: 60), at: t0.adding(seconds: 6), to: &state)
        #expect(state.timeline == before)
    }

    @Test func startingAnotherPhaseClosesTheRunAndItsPause() {
        var state = TimingFixtures.plannedState()
        TimingFixtures.apply(PhaseStarted(phase: 1), at: t0, to: &state)
        TimingFixtures.apply(TimerPaused(phase: 1), at: t0.adding(seconds: 100), to: &state)
        TimingFixtures.apply(PhaseStarted(phase: 2), at: t0.adding(seconds: 400), to: &state)
        let first = state.timeline.runs[0]
        #expect(first.endedAt == t0.adding(seconds: 400))
        #expect(first.pausedSince == nil)
        #expect(first.pausedMilliseconds == 300_000)
        // The new run starts running, with no extension.
        #expect(state.timeline.currentRun == Timeline.PhaseRun(phase: 2, startedAt: t0.adding(seconds: 400)))
        #expect(state.currentRound == 2)
    }

    @Test func finishClosesTheRunAndBackReopens() {
        var state = TimingFixtures.plannedState()
        TimingFixtures.apply(PhaseStarted(phase: 3), at: t0, to: &state)
        TimingFixtures.apply(SessionFinished(), at: t0.adding(seconds: 900), to: &state)
        #expect(state.timeline.isFinished)
        #expect(state.timeline.currentRun == nil)
        #expect(state.timeline.currentPhase == 3)
        TimingFixtures.apply(TimerPaused(phase: 3), at: t0.adding(seconds: 901), to: &state)
        #expect(!state.timeline.isPaused)
        TimingFixtures.apply(PhaseStarted(phase: 3), at: t0.adding(seconds: 950), to: &state)
        #expect(!state.timeline.isFinished)
        #expect(state.timeline.runs.count == 2)
    }

    @Test func aWallClockThatGoesBackNeverMakesIntervalsNegative() {
        var state = TimingFixtures.plannedState()
        TimingFixtures.apply(PhaseStarted(phase: 1), at: t0, to: &state)
        TimingFixtures.apply(TimerPaused(phase: 1), at: t0.adding(seconds: 60), to: &state)
        // The clock was stepped back an hour before the resume.
        TimingFixtures.apply(TimerResumed(phase: 1), at: t0.adding(seconds: -3600), to: &state)
        #expect(state.timeline.currentRun?.pausedMilliseconds == 0)
        TimingFixtures.apply(PhaseStarted(phase: 2), at: t0.adding(seconds: -3500), to: &state)
        let first = state.timeline.runs[0]
        #expect(first.endedAt == t0)
        #expect(state.timeline.runs[1].startedAt >= first.endedAt ?? t0)
    }

    @Test func timingEventsSurviveTheJournalRoundTrip() throws {
        let directory = TimingFixtures.temporaryDirectory()
        let path = directory + "/roundtrip.workshop"
        let clock = ManualTimeSource(start: t0)
        let session = try Session.create(at: path, events: TimingFixtures.creationEvents, clock: clock)
        try session.append([PhaseStarted(phase: 1)])
        clock.advance(seconds: 42)
        try session.append([TimerPaused(phase: 1)])
        clock.advance(seconds: 18)
        try session.append([TimerResumed(phase: 1), PhaseExtended(phase: 1, seconds: -45)])
        let reopened = try Session.open(at: path, clock: clock)
        #expect(reopened.state.timeline == session.state.timeline)
        #expect(reopened.state.timeline.currentRun?.extensionSeconds == -45)
        #expect(reopened.state.timeline.currentRun?.pausedMilliseconds == 18_000)
    }
}
