/// Why a theme correction was refused. Nothing is recorded when one is thrown.
public enum ThemeError: Error, Equatable, Sendable {
    /// No note has this id; `suggestion` is the nearest id that exists.
    case unknownNote(id: Int, suggestion: Int?)
    /// The note was retracted (restore it first).
    case retractedNote(id: Int)
    /// No theme holds this note; `suggestion` is the nearest theme id.
    case unknownTheme(reference: String, suggestion: String?)
    /// The note and the theme are under different questions or dimensions.
    case differentPlace(note: Int, notePlace: String, theme: String, themePlace: String)
    /// The note is already in the theme.
    case alreadyInTheme(note: Int, theme: String)
    /// Both references name the same theme.
    case sameTheme(theme: String)
    /// The note is not in the theme being split.
    case notInTheme(note: Int, theme: String, actual: String)
    /// Splitting would take every note of the theme.
    case wholeTheme(theme: String)
    /// A theme name that is empty or too long.
    case invalidName(length: Int)
}
