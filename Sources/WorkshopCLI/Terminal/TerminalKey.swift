import Engine

/// A key press read from a terminal in raw mode, decoded by ``KeyDecoder``.
public enum TerminalKey: Equatable, Sendable {
    /// A printable character (already UTF-8 decoded).
    case character(Character)
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
    case wordLeft
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
    /// Alt (or Esc) followed by a character, e.g. Alt+2.
    case alt(Character)
    /// F1...F12.
    case function(Int)
    /// A lone Esc.
    case escape
    /// A sequence workshop does not use.
    case unknown
}
