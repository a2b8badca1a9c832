import Engine

/// The live facilitator console: reads the journal, keeps time, draws, and turns keys into
/// journal events, until the facilitator quits (the session itself goes on).
///
/// Time: deadlines are wall-clock instants computed from journal timestamps
/// (``PhaseClock``). The loop reads "now" from a ``ClockAnchor``, the wall clock measured by
/// the monotonic clock, re-anchored whenever new events arrive: it never adds up sleeps, a
/// wall-clock step between two events does not move the countdown, and a restarted console
/// computes the same times from the journal. The loop wakes at the exact instant the
/// countdown shows another second (so warnings and the end of a phase are seen on time), at
/// least every ``Options/refreshMilliseconds`` to read what other terminals appended, and at
/// once for a key or a signal.
final class ConsoleLoop {
    struct Options: Sendable {
        /// The full-screen view (false: one line per event, ``PlainReporter``).
        var fullScreen: Bool
        /// Move to the next phase by itself when the time is up.
        var autoAdvance = false
        /// Warnings, in seconds before the end.
        var warnings = CountdownAlerts.defaultThresholds
        /// Ring the terminal bell on warnings and at the end of the time.
        var bell = true
        /// Colours in the full view.
        var colors = false
        /// End when the session finishes (plain mode without a keyboard, simulations).
        var exitWhenFinished = false
        /// End when no phase is running (not started, paused or finished): in a simulation
        /// without a keyboard nothing could change any more.
        var exitWhenIdle = false
        /// How often to read the journal for changes made elsewhere, in milliseconds.
        var refreshMilliseconds: Int64 = 250
        /// Minutes east of UTC for a timestamp, for clock times.
        var utcOffset: @Sendable (Timestamp) -> Int = { _ in 0 }
    }

    /// Things the loop did, with the instant it did them, for tests and measurements.
    enum Trace: Equatable, Sendable {
        case alert(CountdownAlerts.Alert, at: Timestamp, monotonic: Int64)
        case performed(PhaseAction, at: Timestamp)
        case advanced(fromRun: Int, at: Timestamp)
    }

    let session: Session
    let device: any ConsoleDevice
    let clock: any TimeSource
    let localizer: Localizer
    let options: Options
    /// Called with each ``Trace``.
    var trace: ((Trace) -> Void)?

    private var anchor: ClockAnchor
    private var alerts: CountdownAlerts
    private var controller: ConsoleController
    private var reporter: PlainReporter
    private var frames = FrameWriter()
    /// Esc is a key of its own here (it cancels a prompt), not the start of Alt combinations.
    private var decoder = KeyDecoder(escapeStartsAlt: false)
    private var escapeDeadline: Int64?
    private var nextRefresh: Int64 = 0
    private var seenRun: Int?
    private var quitting = false
    private var bellPending = false
    private var size: TerminalSize
    private var lastFrame: FrameKey?
    /// When to try the automatic move on again (waiting for the wall clock to catch up).
    private var advanceRetry: Int64?

    /// How far behind the anchored time the wall clock may be before the loop stops waiting
    /// for it, in milliseconds.
    static let wallClockTolerance: Int64 = 50

    /// What a full-screen frame depends on besides the clock's second.
    private struct FrameKey: Equatable {
        var second: Int64
        var events: Int
        var overlay: ConsoleScene.Overlay
        var message: ConsoleScene.Message?
        var seating: ConsoleScene.SeatingMode
        var size: TerminalSize
    }

    init(session: Session, device: any ConsoleDevice, clock: any TimeSource, localizer: Localizer, options: Options) {
        self.session = session
        self.device = device
        self.clock = clock
        self.localizer = localizer
        self.options = options
        anchor = ClockAnchor(clock)
        alerts = CountdownAlerts(thresholds: options.warnings)
        controller = ConsoleController(localizer: localizer)
        reporter = PlainReporter(localizer: localizer, utcOffset: options.utcOffset)
        size = device.size
    }

    /// Runs until the facilitator quits, a terminating signal comes, or (with
    /// ``Options/exitWhenFinished``) the session finishes. The terminal is restored on every
    /// way out, errors included.
    func run() throws {
        device.begin()
        defer { device.end() }
        size = device.size
        anchor = ClockAnchor(clock)
        nextRefresh = clock.monotonicMilliseconds() + options.refreshMilliseconds
        seenRun = PhaseClock(state: session.state)?.runIndex
        while true {
            let monotonic = clock.monotonicMilliseconds()
            if monotonic >= nextRefresh {
                refresh()
                nextRefresh = monotonic + options.refreshMilliseconds
            }
            let alert = step(monotonic: monotonic)
            draw(alert: alert, monotonic: monotonic)
            if quitting { break }
            if options.exitWhenFinished, session.state.timeline.isFinished { break }
            if options.exitWhenIdle, PhaseClock(state: session.state).map({ $0.isPaused }) ?? true { break }
            let wakes = device.wait(untilMonotonic: nextWake(monotonic: monotonic))
            handle(wakes)
            if let deadline = escapeDeadline, clock.monotonicMilliseconds() >= deadline {
                escapeDeadline = nil
                for key in decoder.flush() { press(key) }
            }
        }
        if !options.fullScreen {
            device.write(stamp() + "  " + localizer.text(.consolePlainClosed) + "\n")
        }
    }

    // MARK: Time and the journal

    /// The instant to show: the wall clock as measured from the anchor by the monotonic clock.
    private func now(monotonic: Int64) -> Timestamp { anchor.wallTime(atMonotonic: monotonic) }

    private func refresh() {
        do {
            if try session.refresh() > 0 { anchor = ClockAnchor(clock) }
        } catch {
            controller.show(
                ErrorMessages.describe(error, localizer), kind: .error, monotonic: clock.monotonicMilliseconds())
        }
    }

    /// Checks the countdown: warnings, the end of the time, and the automatic move on.
    private func step(monotonic: Int64) -> CountdownAlerts.Alert? {
        let now = now(monotonic: monotonic)
        let phaseClock = PhaseClock(state: session.state)
        noticeRunChange(phaseClock)
        let alert = alerts.observe(run: phaseClock?.runIndex, remaining: phaseClock?.remainingMilliseconds(at: now))
        if let alert {
            trace?(.alert(alert, at: now, monotonic: monotonic))
            bellPending = options.bell
            let text: String
            switch alert {
            case .warning(let seconds): text = ConsoleText.warning(secondsLeft: seconds, localizer)
            case .timeUp: text = localizer.text(.consoleTimeUp)
            }
            controller.show(text, kind: .alert, monotonic: monotonic)
        }
        advanceRetry = nil
        if options.autoAdvance, let phaseClock, !phaseClock.isPaused, phaseClock.isOver(at: now) {
            if !options.fullScreen {
                // The plain log says the time is up before it says what started.
                writePlain(reporter.observe(state: session.state, now: now, alert: alert))
            }
            advance(from: phaseClock.runIndex, now: now, monotonic: monotonic)
            return options.fullScreen ? alert : nil
        }
        return alert
    }

    private func noticeRunChange(_ phaseClock: PhaseClock?) {
        guard phaseClock?.runIndex != seenRun else { return }
        seenRun = phaseClock?.runIndex
        controller.phaseChanged()
    }

    /// Moves on when the time of run `runIndex` is up, unless someone (another console with
    /// auto-advance, a command) already did: the decision is made under the journal's lock.
    ///
    /// The journal stamps the new phase with the wall clock, which can be a millisecond behind
    /// the anchored "now" (the two clocks are read at slightly different instants). So the
    /// decision waits for the wall clock to reach the deadline too, a millisecond at a time,
    /// unless the two disagree by more than ``wallClockTolerance`` (the wall clock was stepped:
    /// then the monotonic reckoning wins). The recorded start is never before the deadline.
    private func advance(from runIndex: Int, now: Timestamp, monotonic: Int64) {
        var waitForWallClock = false
        do {
            let recorded = try session.append { state in
                guard let current = PhaseClock(state: state), current.runIndex == runIndex, !current.isPaused,
                    current.isOver(at: now)
                else { return [] }
                let wall = clock.now()
                guard current.isOver(at: max(wall, now.adding(milliseconds: -Self.wallClockTolerance))) else {
                    waitForWallClock = true
                    return []
                }
                return try PhaseControl.events(for: .next, in: state)
            }
            advanceRetry = waitForWallClock ? monotonic + 1 : nil
            guard !recorded.isEmpty else { return }
            anchor = ClockAnchor(clock)
            trace?(.advanced(fromRun: runIndex, at: recorded[0].context.at))
            let state = session.state
            let text: String
            if let next = PhaseClock(state: state) {
                text = localizer.text(
                    .consoleAutoAdvanced, ["phase": ConsoleText.title(of: state.agenda.phases[next.phase], localizer.language)])
            } else {
                text = localizer.text(.timerFinished)
            }
            noticeRunChange(PhaseClock(state: state))
            controller.show(text, kind: .alert, monotonic: monotonic)
        } catch {
            controller.show(ErrorMessages.describe(error, localizer), kind: .error, monotonic: monotonic)
        }
    }

    private func nextWake(monotonic: Int64) -> Int64 {
        var target = nextRefresh
        let now = now(monotonic: monotonic)
        if let phaseClock = PhaseClock(state: session.state), !phaseClock.isPaused {
            let remaining = phaseClock.remainingMilliseconds(at: now)
            target = min(target, monotonic + PhaseClock.millisecondsToNextSecond(remaining: remaining))
        }
        if let until = controller.expireMessage(monotonic: monotonic) { target = min(target, until) }
        if let escapeDeadline { target = min(target, escapeDeadline) }
        if let advanceRetry { target = min(target, advanceRetry) }
        return max(target, monotonic)
    }

    // MARK: Drawing

    private func draw(alert: CountdownAlerts.Alert?, monotonic: Int64) {
        let now = now(monotonic: monotonic)
        let ring = bellPending
        bellPending = false
        if options.fullScreen {
            // Everything on screen changes at most once a second unless something happened.
            let key = FrameKey(
                second: now.milliseconds / 1000, events: session.state.eventCount, overlay: controller.overlay,
                message: controller.message, seating: controller.seating, size: size)
            guard key != lastFrame || ring else { return }
            lastFrame = key
            var scene = ConsoleScene(
                state: session.state, now: now, size: size, localizer: localizer, alerts: alerts)
            scene.overlay = controller.overlay
            scene.message = controller.message
            scene.seating = controller.seating
            scene.autoAdvance = options.autoAdvance
            scene.utcOffsetMinutes = options.utcOffset(now)
            let lines = ConsoleRenderer(scene: scene).lines()
            let output = frames.update(lines, size: size, colors: options.colors, bell: ring && device.canRing)
            if !output.isEmpty { device.write(output) }
        } else {
            var lines = reporter.observe(state: session.state, now: now, alert: alert)
            if ring, device.canRing, !lines.isEmpty { lines[lines.count - 1] += "\u{07}" }
            writePlain(lines)
        }
    }

    /// Draws everything again at the next frame.
    private func invalidate() {
        frames.invalidate()
        lastFrame = nil
    }

    private func writePlain(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        device.write(lines.joined(separator: "\n") + "\n")
    }

    private func stamp() -> String {
        let now = now(monotonic: clock.monotonicMilliseconds())
        return LocalTime.clockWithSeconds(now, offsetMinutes: options.utcOffset(now))
    }

    // MARK: Keys and signals

    private func handle(_ wakes: [TerminalEvent]) {
        for wake in wakes {
            switch wake {
            case .input(let bytes):
                for key in decoder.feed(bytes) { press(key) }
                escapeDeadline = decoder.hasPending ? clock.monotonicMilliseconds() + KeyDecoder.escapeTimeoutMilliseconds : nil
            case .resized:
                size = device.size
                invalidate()
            case .terminate:
                quitting = true
            case .continued:
                device.resume()
                size = device.size
                invalidate()
            }
        }
    }

    private func press(_ key: TerminalKey) {
        let monotonic = clock.monotonicMilliseconds()
        let before = (controller.overlay, controller.message)
        let command = controller.handle(key, state: session.state, now: now(monotonic: monotonic), monotonic: monotonic)
        switch command {
        case .quit?:
            quitting = true
        case .redraw?:
            size = device.size
            invalidate()
        case .suspend?:
            device.suspend()
            // Continued: take the terminal back before anything is drawn.
            handle(device.wait(untilMonotonic: clock.monotonicMilliseconds()))
        case .perform(let action)?:
            perform(action, monotonic: monotonic)
        case nil:
            break
        }
        if !options.fullScreen { echoPlain(before: before) }
    }

    /// Records `action` in the journal and says what it did (or why it could not).
    private func perform(_ action: PhaseAction, monotonic: Int64) {
        do {
            try session.append { state in try PhaseControl.events(for: action, in: state) }
            anchor = ClockAnchor(clock)
            let now = now(monotonic: clock.monotonicMilliseconds())
            trace?(.performed(action, at: now))
            noticeRunChange(PhaseClock(state: session.state))
            if options.fullScreen {
                controller.show(
                    PhaseActionSummary.describe(action, state: session.state, now: now, localizer), kind: .info,
                    monotonic: monotonic)
            }
        } catch {
            controller.show(ErrorMessages.describe(error, localizer), kind: .error, monotonic: monotonic)
        }
    }

    /// In plain mode, prompts, help and messages are printed as lines when they appear.
    private func echoPlain(before: (ConsoleScene.Overlay, ConsoleScene.Message?)) {
        var lines: [String] = []
        let stamp = stamp()
        if controller.overlay != before.0 {
            switch controller.overlay {
            case .help:
                let keys: [TextKey] = [
                    .consoleHelpSpace, .consoleHelpNext, .consoleHelpBack, .consoleHelpPlusMinus, .consoleHelpExtend,
                    .consoleHelpQuit, .consoleHelpHelp,
                ]
                lines += keys.map { "    " + localizer.text($0) }
            case .extendPrompt(let typed):
                // Asked once; what was typed shows in the line that reports the change.
                if case .extendPrompt = before.0 { break }
                lines.append(
                    stamp + "  " + localizer.text(.consolePromptExtend) + " (" + localizer.text(.consolePromptExtendHint) + ") "
                        + typed)
            case .confirm(let confirmation):
                let monotonic = clock.monotonicMilliseconds()
                lines.append(
                    stamp + "  "
                        + ConsoleRenderer.confirmationText(
                            confirmation, state: session.state, now: now(monotonic: monotonic), localizer))
            case .none:
                break
            }
        }
        if let message = controller.message, message != before.1 { lines.append(stamp + "  " + message.text) }
        writePlain(lines)
    }
}
