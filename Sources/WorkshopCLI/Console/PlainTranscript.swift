import Engine

/// The plain console's lines for a session watched over time, without a loop or a
/// terminal: feed it the state at each moment and it collects what `workshop run --plain`
/// would have printed. The demo writes its `console.log` with it.
struct PlainTranscript {
    private var alerts: CountdownAlerts
    private var reporter: PlainReporter
    /// Every line so far.
    private(set) var lines: [String] = []

    init(
        localizer: Localizer, warnings: [Int] = CountdownAlerts.defaultThresholds,
        utcOffset: @escaping @Sendable (Timestamp) -> Int
    ) {
        alerts = CountdownAlerts(thresholds: warnings)
        reporter = PlainReporter(localizer: localizer, utcOffset: utcOffset)
    }

    /// Takes in the state at `now`.
    mutating func observe(_ state: SessionState, at now: Timestamp) {
        let clock = PhaseClock(state: state)
        let alert = alerts.observe(run: clock?.runIndex, remaining: clock?.remainingMilliseconds(at: now))
        lines += reporter.observe(state: state, now: now, alert: alert)
    }

    /// The lines as a text file.
    var text: String { lines.map { $0 + "\n" }.joined() }
}
