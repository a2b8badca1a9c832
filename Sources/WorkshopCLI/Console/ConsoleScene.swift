import Engine

/// Everything one frame of the facilitator console shows: the session state, the instant,
/// the terminal size, the language and what the facilitator is doing (a prompt, the help).
/// ``ConsoleRenderer`` turns it into lines; nothing in it touches a terminal, so frames can
/// be checked in tests at any size.
struct ConsoleScene: Sendable {
    /// Something drawn over the normal view.
    enum Overlay: Equatable, Sendable {
        case none
        /// The key list (any key closes it).
        case help
        /// `e` was pressed: the minutes typed so far.
        case extendPrompt(String)
        /// A move that needs a yes first.
        case confirm(Confirmation)
    }

    /// Moves that ask before they happen.
    enum Confirmation: Equatable, Sendable {
        /// `n` with time left.
        case next
        /// `b`: the previous phase's timer starts again.
        case back
    }

    /// A short line under the view: what just happened, or what went wrong.
    struct Message: Equatable, Sendable {
        enum Kind: Equatable, Sendable {
            case info
            case error
            /// A warning or the end of the time.
            case alert
        }

        var text: String
        var kind: Kind
        /// Monotonic reading after which the message goes away.
        var until: Int64
    }

    /// Whether the seating panel (who sits where, who moves) shows.
    enum SeatingMode: Equatable, Sendable {
        /// Around rotations: in the last minute before a round and the first minutes of one.
        case automatic
        case shown
        case hidden
    }

    var state: SessionState
    /// The instant to show (wall clock measured by the monotonic clock).
    var now: Timestamp
    var size: TerminalSize
    var localizer: Localizer
    var alerts: CountdownAlerts
    var overlay: Overlay = .none
    var message: Message?
    var seating: SeatingMode = .automatic
    var autoAdvance = false
    /// For clock times (`10:42`) in the local time zone.
    var utcOffsetMinutes = 0

    /// Seconds before the end of a phase followed by a round when the seating appears.
    static let seatingLeadSeconds: Int64 = 60
    /// Seconds into a round during which the seating stays up.
    static let seatingTrailSeconds: Int64 = 180
    /// Seconds each page of a long seating list stays up.
    static let seatingPageSeconds: Int64 = 8
}
