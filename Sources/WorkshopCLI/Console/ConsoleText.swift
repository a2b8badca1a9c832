import Engine

/// The console's small texts built from numbers: countdowns, changes of time, warnings.
/// Shared by the full-screen view, the plain log and the timer commands.
enum ConsoleText {
    /// `12:34` with time left, `+01:05` in overtime.
    static func countdown(seconds: Int) -> String {
        seconds >= 0 ? Formatting.clock(seconds: seconds) : "+" + Formatting.clock(seconds: -seconds)
    }

    /// The countdown of `clock` at `now` (`12:34` or `+01:05`).
    static func countdown(_ clock: PhaseClock, at now: Timestamp) -> String {
        countdown(seconds: clock.countdownSeconds(at: now))
    }

    /// `+2 min`, `-1 min`, `+30 s`, `+1 min 30 s`.
    static func change(seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let value = abs(seconds)
        let minutes = value / 60
        let rest = value % 60
        if minutes == 0 { return "\(sign)\(rest) s" }
        return rest == 0 ? "\(sign)\(minutes) min" : "\(sign)\(minutes) min \(rest) s"
    }

    /// "5 minutes left", "1 minute left", "30 seconds left".
    static func warning(secondsLeft: Int, _ l: Localizer) -> String {
        if secondsLeft % 60 == 0 {
            let minutes = secondsLeft / 60
            return minutes == 1 ? l.text(.consoleWarningOneMinute) : l.text(.consoleWarningMinutes, ["count": String(minutes)])
        }
        return l.text(.consoleWarningSeconds, ["count": String(secondsLeft)])
    }

    /// A phase's title in `language`, safe to print.
    static func title(of phase: Phase, _ language: Language) -> String {
        TerminalText.sanitize(phase.title.text(in: language))
    }

    /// The planned duration of a phase plus a run's extension, for "20 min".
    static func duration(seconds: Int, _ l: Localizer) -> String {
        Formatting.duration(seconds: max(0, seconds), l)
    }

    /// A key for sorting names the way people look for them: case and accents ignored.
    static func sortKey(_ name: String) -> String {
        var key = ""
        for character in name.lowercased() {
            if character == "ñ" {
                key += "n~"
            } else {
                key.append(foldedLetters[character] ?? character)
            }
        }
        return key
    }

    private static let foldedLetters: [Character: Character] = [
        "á": "a", "à": "a", "â": "a", "ä": "a", "ã": "a", "é": "e", "è": "e", "ê": "e", "ë": "e", "í": "i",
        "ì": "i", "î": "i", "ï": "i", "ó": "o", "ò": "o", "ô": "o", "ö": "o", "õ": "o", "ú": "u", "ù": "u",
        "û": "u", "ü": "u", "ç": "c",
    ]
}
