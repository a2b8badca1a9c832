import Engine

/// The text of one line being typed and the cursor in it, with the editing operations of
/// a shell prompt: insert, Backspace, Delete, Left and Right, Home and End, word moves,
/// Ctrl-U, Ctrl-K and Ctrl-W. Works on characters (grapheme clusters), so "é" typed as
/// "e" plus a combining accent, or an emoji, moves and deletes as one.
///
/// A pure value: ``TerminalLineReader`` feeds it keys and draws it; tests drive it directly.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Cursor position, in characters from the start (0...count).
    public private(set) var cursor: Int

    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public var isEmpty: Bool { characters.isEmpty }

    /// What a key did to the line.
    public enum Outcome: Equatable, Sendable {
        /// The line changed or the cursor moved (redraw).
        case edited
        /// Enter: the line is done.
        case submit(String)
        /// A key the editor does not handle (for the caller: Ctrl-C, Tab, Alt+digit...).
        case unhandled(TerminalKey)
    }

    /// Applies one key.
    public mutating func apply(_ key: TerminalKey) -> Outcome {
        switch key {
        case .character(let character): insert(character)
        case .enter: return .submit(text)
        case .backspace: backspace()
        case .delete: deleteForward()
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .killToStart:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .killToEnd: characters.removeSubrange(cursor...)
        case .deleteWord:
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .endOfInput where !characters.isEmpty: deleteForward()
        default: return .unhandled(key)
        }
        return .edited
    }

    /// Inserts a character at the cursor. A combining mark (or anything that joins the
    /// character before it into one grapheme) is merged with that character.
    public mutating func insert(_ character: Character) {
        if cursor > 0 {
            let joined = String(characters[cursor - 1]) + String(character)
            if joined.count == 1, let merged = joined.first {
                characters[cursor - 1] = merged
                return
            }
        }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// Inserts text at the cursor.
    public mutating func insert(_ text: String) {
        for character in text { insert(character) }
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Empties the line.
    public mutating func clear() {
        characters = []
        cursor = 0
    }

    private func wordStart(before position: Int) -> Int {
        var index = position
        while index > 0, characters[index - 1].isWhitespace { index -= 1 }
        while index > 0, !characters[index - 1].isWhitespace { index -= 1 }
        return index
    }

    private func wordEnd(after position: Int) -> Int {
        var index = position
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        while index < characters.count, !characters[index].isWhitespace { index += 1 }
        return index
    }

    /// How a character of the line is drawn: a line break (an edited note may hold one) as
    /// `↵`, a tab as a space, anything else as itself.
    static func shown(_ character: Character) -> Character {
        switch character {
        case "\n", "\r\n", "\r": return "↵"
        case "\t": return " "
        default: return character
        }
    }

    /// The part of the line to draw after a prompt `promptColumns` wide on a terminal
    /// `columns` wide, and the cursor's column within it. Long lines scroll sideways so the
    /// cursor always shows.
    public func view(promptColumns: Int, columns: Int) -> (text: String, cursorColumn: Int) {
        let room = max(4, columns - promptColumns - 1)
        // Walk back from the cursor while the text before it fits (one column stays free
        // for the cursor itself), then forward while the rest fits.
        var start = cursor
        var before = 0
        while start > 0 {
            let width = DisplayWidth.of(characters[start - 1])
            if before + width > room - 1 { break }
            before += width
            start -= 1
        }
        var end = cursor
        var width = before
        while end < characters.count {
            let next = DisplayWidth.of(characters[end])
            if width + next > room { break }
            width += next
            end += 1
        }
        return (String(characters[start..<end].map(Self.shown)), before)
    }
}
