import Testing

@testable import Engine

@Suite struct CountdownAlertsTests {
    @Test func warnsOnceWhenEachThresholdIsCrossed() {
        var alerts = CountdownAlerts()
        #expect(alerts.observe(run: 0, remaining: 400_000) == nil)
        #expect(alerts.observe(run: 0, remaining: 300_001) == nil)
        #expect(alerts.observe(run: 0, remaining: 300_000) == .warning(secondsLeft: 300))
        #expect(alerts.observe(run: 0, remaining: 299_000) == nil)
        #expect(alerts.observe(run: 0, remaining: 60_000) == .warning(secondsLeft: 60))
        #expect(alerts.observe(run: 0, remaining: 1) == nil)
        #expect(alerts.observe(run: 0, remaining: 0) == .timeUp)
        #expect(alerts.observe(run: 0, remaining: -5000) == nil)
    }

    @Test func nothingIsAnnouncedAfterTheFact() {
        var alerts = CountdownAlerts()
        // A console that starts (or sees a new run) with 4 minutes left does not ring for 5.
        #expect(alerts.observe(run: 3, remaining: 240_000) == nil)
        #expect(alerts.observe(run: 3, remaining: 239_000) == nil)
        #expect(alerts.level(remaining: 239_000) == .warning(secondsLeft: 300))
        // A new run resets: no alert for the jump from the old run's overtime.
        #expect(alerts.observe(run: 3, remaining: -1000) == .timeUp)
        #expect(alerts.observe(run: 4, remaining: 1_200_000) == nil)
    }

    @Test func addedTimeReArmsAThreshold() {
        var alerts = CountdownAlerts()
        _ = alerts.observe(run: 0, remaining: 61_000)
        #expect(alerts.observe(run: 0, remaining: 60_000) == .warning(secondsLeft: 60))
        // + 1 minute, then the minute mark comes again.
        #expect(alerts.observe(run: 0, remaining: 119_000) == nil)
        #expect(alerts.observe(run: 0, remaining: 60_000) == .warning(secondsLeft: 60))
        #expect(alerts.observe(run: 0, remaining: -2000) == .timeUp)
        #expect(alerts.observe(run: 0, remaining: 58_000) == nil)
        #expect(alerts.observe(run: 0, remaining: 0) == .timeUp)
    }

    @Test func aJumpOverSeveralThresholdsAnnouncesTheMostUrgent() {
        var alerts = CountdownAlerts(thresholds: [600, 300, 60])
        _ = alerts.observe(run: 0, remaining: 700_000)
        #expect(alerts.observe(run: 0, remaining: 200_000) == .warning(secondsLeft: 300))
        #expect(alerts.observe(run: 0, remaining: -1) == .timeUp)
    }

    @Test func levelsAndConfiguredThresholds() {
        let alerts = CountdownAlerts(thresholds: [30, 120, 120, 0, -5])
        #expect(alerts.thresholds == [120, 30])
        #expect(alerts.level(remaining: 121_000) == .normal)
        #expect(alerts.level(remaining: 120_000) == .warning(secondsLeft: 120))
        #expect(alerts.level(remaining: 30_000) == .warning(secondsLeft: 30))
        #expect(alerts.level(remaining: 0) == .timeUp)
        #expect(CountdownAlerts.Level.normal < .warning(secondsLeft: 120))
        #expect(CountdownAlerts.Level.warning(secondsLeft: 120) < .warning(secondsLeft: 30))
        #expect(CountdownAlerts.Level.warning(secondsLeft: 30) < .timeUp)
        var silent = CountdownAlerts(thresholds: [])
        _ = silent.observe(run: 0, remaining: 400_000)
        #expect(silent.observe(run: 0, remaining: 100) == nil)
        #expect(silent.observe(run: 0, remaining: 0) == .timeUp)
    }
}
