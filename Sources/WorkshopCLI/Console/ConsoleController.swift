import Engine

/// What the facilitator's keys do on the console: a state machine without I/O. It keeps
/// what is drawn over the view (help, the extend prompt, a confirmation), the message line
/// and the seating panel's mode, and turns keys into ``Command``s for the loop to carry out.
struct ConsoleController {
    /// What the loop must do after a key.
    enum Command: Equatable, Sendable {
        /// Record this action in the journal.
        case perform(PhaseAction)
        case quit
        /// Clear the screen and draw everything again (Ctrl-L).
        case redraw
        /// Give the terminal back and stop until continued (Ctrl-Z).
        case suspend
    }

    /// How long a message stays under the view, in milliseconds.
    static let messageMilliseconds: Int64 = 5000
    /// Longest number of characters typed at the extend prompt.
    static let promptLength = 6

    let localizer: Localizer
    private(set) var overlay: ConsoleScene.Overlay = .none
    private(set) var message: ConsoleScene.Message?
    private(set) var seating: ConsoleScene.SeatingMode = .automatic

    init(localizer: Localizer) { self.localizer = localizer }

    /// Shows `text` on the message line for a few seconds from monotonic reading `monotonic`.
    mutating func show(_ text: String, kind: ConsoleScene.Message.Kind, monotonic: Int64) {
        // Error descriptions start in lower case (they follow "Error: "); here they stand alone.
        let sentence = text.prefix(1).uppercased() + text.dropFirst()
        message = ConsoleScene.Message(text: sentence, kind: kind, until: monotonic + Self.messageMilliseconds)
    }

    /// Drops the message once its time has passed; returns the monotonic reading at which
    /// the message will go (for the loop's next wake-up), if one is showing.
    mutating func expireMessage(monotonic: Int64) -> Int64? {
        guard let message else { return nil }
        if monotonic >= message.until {
            self.message = nil
            return nil
        }
        return message.until
    }

    /// Another phase started (here or from another terminal): a pending confirmation no
    /// longer means what it said, and the seating panel goes back to showing itself.
    mutating func phaseChanged() {
        if case .confirm = overlay { overlay = .none }
        seating = .automatic
    }

    /// Handles one key.
    mutating func handle(_ key: TerminalKey, state: SessionState, now: Timestamp, monotonic: Int64) -> Command? {
        let l = localizer
        switch key {
        case .interrupt, .endOfInput: return .quit
        case .redraw: return .redraw
        case .suspend: return .suspend
        default: break
        }
        switch overlay {
        case .help:
            overlay = .none
            return nil
        case .extendPrompt(let typed):
            return handlePrompt(key, typed: typed, monotonic: monotonic)
        case .confirm(let confirmation):
            overlay = .none
            switch key {
            case .character("y"), .character("Y"), .character("s"), .character("S"), .enter:
                return .perform(confirmation == .next ? .next : .back)
            default:
                show(l.text(.consoleCancelled), kind: .info, monotonic: monotonic)
                return nil
            }
        case .none:
            break
        }
        guard case .character(let typed) = key else {
            if key == .escape { message = nil }
            return nil
        }
        let character = Character(typed.lowercased())
        let timeline = state.timeline
        let clock = PhaseClock(state: state)
        switch character {
        case " ":
            if !timeline.hasStarted { return .perform(.start(phase: nil)) }
            guard let clock else { return finishedNotice(monotonic: monotonic) }
            return .perform(clock.isPaused ? .resume : .pause)
        case "n":
            if !timeline.hasStarted { return .perform(.start(phase: nil)) }
            guard let clock else { return finishedNotice(monotonic: monotonic) }
            if clock.remainingMilliseconds(at: now) > 0 {
                overlay = .confirm(.next)
                return nil
            }
            return .perform(.next)
        case "b":
            guard timeline.hasStarted else {
                show(l.text(.consoleNotStartedNotice), kind: .error, monotonic: monotonic)
                return nil
            }
            if !timeline.isFinished, timeline.currentPhase == 0 {
                show(l.text(.phaseAtFirst), kind: .error, monotonic: monotonic)
                return nil
            }
            overlay = .confirm(.back)
            return nil
        case "+", "=":
            return .perform(.extend(seconds: 60))
        case "-", "_":
            return .perform(.extend(seconds: -60))
        case "e":
            guard clock != nil else {
                return timeline.isFinished ? finishedNotice(monotonic: monotonic) : notStartedNotice(monotonic)
            }
            overlay = .extendPrompt("")
            return nil
        case "?", "h":
            overlay = .help
            return nil
        case "m":
            let automatic = SeatingBoard.automaticRound(state: state, now: now) != nil
            switch seating {
            case .automatic: seating = automatic ? .hidden : .shown
            case .shown, .hidden: seating = seating == .shown ? .hidden : .shown
            }
            return nil
        case "q":
            return .quit
        default:
            show(l.text(.consoleUnknownKey, ["key": String(typed)]), kind: .error, monotonic: monotonic)
            return nil
        }
    }

    private mutating func handlePrompt(_ key: TerminalKey, typed: String, monotonic: Int64) -> Command? {
        switch key {
        case .escape:
            overlay = .none
            show(localizer.text(.consoleCancelled), kind: .info, monotonic: monotonic)
        case .backspace:
            overlay = .extendPrompt(String(typed.dropLast()))
        case .enter:
            overlay = .none
            guard !typed.isEmpty else {
                show(localizer.text(.consoleCancelled), kind: .info, monotonic: monotonic)
                return nil
            }
            guard let seconds = ExtensionAmount.seconds(from: typed), abs(seconds) <= PhaseControl.maximumExtensionSeconds
            else {
                show(localizer.text(.consoleInvalidExtension, ["value": typed]), kind: .error, monotonic: monotonic)
                return nil
            }
            return .perform(.extend(seconds: seconds))
        case .character(let character):
            if typed.count < Self.promptLength, ("0"..."9").contains(character) || "+-sSmM".contains(character) {
                overlay = .extendPrompt(typed + String(character).lowercased())
            }
        default:
            break
        }
        return nil
    }

    private mutating func finishedNotice(monotonic: Int64) -> Command? {
        show(localizer.text(.consoleFinishedNotice), kind: .error, monotonic: monotonic)
        return nil
    }

    private mutating func notStartedNotice(_ monotonic: Int64) -> Command? {
        show(localizer.text(.consoleNotStartedNotice), kind: .error, monotonic: monotonic)
        return nil
    }
}
