/// How many terminal columns text takes: one per character, two for East Asian wide
/// characters and emoji (with emoji presentation), none for a lone combining mark. A
/// character (grapheme cluster) takes the width of its first scalar, so "é" typed as e plus
/// a combining accent, or an emoji joined with ZWJ, counts once. Good enough for names,
/// titles, notes and the console's own symbols; text must be sanitised (no control
/// characters, `TerminalText.sanitize`) first. Used by the console's layout and the line
/// editor alike.
public enum DisplayWidth {
    /// The columns `text` takes.
    public static func of(_ text: String) -> Int {
        var width = 0
        for character in text { width += of(character) }
        return width
    }

    /// The columns one character (grapheme cluster) takes.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Plain comparisons first: this runs for every character of every frame.
        if first.value < 0x0300, scalars.count == 1 { return 1 }
        // Emoji presentation (U+FE0F) makes a character two columns wide.
        if scalars.count > 1, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return of(first)
    }

    /// The columns a scalar takes on its own.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x0300 { return 1 }
        if value <= 0x036F { return 0 }
        if value < 0x1100 { return 1 }
        if value <= 0x115F { return 2 }
        if value < 0x200B { return 1 }
        if value <= 0x200F { return 0 }
        if value >= 0x20D0, value <= 0x20FF { return 0 }
        if value < 0x231A { return 1 }
        if value >= 0xFE00, value <= 0xFE0F { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// East Asian wide and full-width characters, and emoji shown two columns wide.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE, 0x2614...0x2615,
            0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4,
            0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E,
            0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
            0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to at most `width` columns, ending in `…` when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let columns = of(character)
            if used + columns > width - 1 { break }
            result.append(character)
            used += columns
        }
        return result + "…"
    }

    /// `text` padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        let columns = of(cut)
        return columns >= width ? cut : cut + String(repeating: " ", count: width - columns)
    }

    /// `text` split into lines of at most `width` columns, at spaces where possible.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            while of(word) > width {
                // A word longer than a line: cut it.
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                var head = ""
                var rest = word
                while let first = rest.first, of(head) + of(first) <= width {
                    head.append(first)
                    rest.removeFirst()
                }
                lines.append(head)
                word = rest
            }
            if current.isEmpty {
                current = word
            } else if of(current) + 1 + of(word) <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
