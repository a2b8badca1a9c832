/// How many terminal columns text takes: one per character, two for East Asian wide and
/// emoji characters, none for combining marks. Good enough for names, titles and the
/// console's own symbols; text must be sanitised (no control characters) first.
public enum DisplayWidth {
    /// The columns `text` takes.
    public static func of(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars { width += of(scalar) }
        return width
    }

    /// The columns one character (grapheme cluster) takes.
    public static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return of(scalar)
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Plain comparisons: this runs for every character of every frame.
        if value < 0x0300 { return 1 }
        if value <= 0x036F { return 0 }
        if value < 0x1100 { return 1 }
        if value <= 0x115F { return 2 }
        if value < 0x200B { return 1 }
        if value <= 0x200F { return 0 }
        if value >= 0x20D0, value <= 0x20FF { return 0 }
        if value < 0x2E80 { return 1 }
        if value >= 0xFE00, value <= 0xFE0E { return 0 }
        // Emoji presentation makes the character before it two columns wide.
        if value == 0xFE0F { return 1 }
        for range in wideRanges where value >= range.lowerBound && value <= range.upperBound { return 2 }
        return 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
        0x20000...0x3FFFD,
    ]

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
