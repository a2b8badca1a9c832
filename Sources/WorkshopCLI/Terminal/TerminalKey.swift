/// A key press read from a terminal in raw mode, decoded by ``KeyDecoder``. The facilitator
/// console and the note capture loop's line editor both read these; each uses the keys it
/// needs and ignores the rest.
public enum TerminalKey: Hashable, Sendable {
    /// A printable character (already UTF-8 decoded: letters, digits, punctuation, space,
    /// accented letters, emoji).
    case character(Character)
    /// Enter (CR, LF, or a CR LF pair).
    case enter
    case backspace
    /// Delete the character under the cursor.
    case delete
    case left
    case right
    case up
    case down
    case home
    case end
    case pageUp
    case pageDown
    case insert
    /// Ctrl+Left, Alt-B.
    case wordLeft
    /// Ctrl+Right, Alt-F.
    case wordRight
    case tab
    /// Ctrl-U: delete from the start of the line to the cursor.
    case killToStart
    /// Ctrl-K: delete from the cursor to the end of the line.
    case killToEnd
    /// Ctrl-W or Alt-Backspace: delete the word before the cursor.
    case deleteWord
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D.
    case endOfInput
    /// Ctrl-L.
    case redraw
    /// Ctrl-Z (raw mode turns it into a byte; the program decides whether to stop).
    case suspend
    /// Alt (or Esc) followed by a character, e.g. Alt+2.
    case alt(Character)
    /// F1...F12.
    case function(Int)
    /// The Escape key on its own.
    case escape
    /// A sequence the decoder consumed but workshop does not use (ignored, never typed).
    case unknown
}
