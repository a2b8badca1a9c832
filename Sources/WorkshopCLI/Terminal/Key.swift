/// One key press read from a terminal in raw mode, as ``KeyDecoder`` recognises it.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, space, accented letters).
    case character(Character)
    case enter
    case backspace
    case tab
    /// The Escape key on its own.
    case escape
    /// Ctrl with a letter: `control("c")` is Ctrl-C.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown, insert, delete
    /// F1...F12.
    case function(Int)
    /// A sequence the decoder consumed but does not name (it is ignored, never typed).
    case unknown
}
