/// Escaping for user text placed in Markdown, so that a note is shown as written in every
/// common viewer (GitHub, GitLab, VS Code, Obsidian, pandoc) and never becomes formatting,
/// a link or raw HTML.
public enum MarkdownText {
    /// `text` as one inline run: punctuation that Markdown would read as emphasis, code,
    /// links, HTML or a table cell border is escaped with a backslash; characters that open a
    /// heading, a list or a quote are escaped at the start; line breaks become spaces;
    /// control characters are dropped.
    public static func inline(_ text: String) -> String { escape(text, atLineStart: true) }

    /// `text` for a table cell or the middle of a line: as ``inline(_:)``, without the
    /// escapes that only matter at the start of a line.
    public static func cell(_ text: String) -> String { escape(text, atLineStart: false) }

    private static func escape(_ text: String, atLineStart: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        var atStart = atLineStart
        let scalars = Array(text.trimmingWhitespace().unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "{", "}":
                output += "\\"
                output.unicodeScalars.append(scalar)
            case "&":
                // An entity (`&amp;`, `&#60;`) would be decoded; a lone ampersand is harmless.
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                if next == "#" || next.properties.isAlphabetic { output += "\\" }
                output.unicodeScalars.append(scalar)
            case "#", "+", "-", "=":
                // Headings, list items and setext underlines open only at the start of a line.
                if atStart { output += "\\" }
                output.unicodeScalars.append(scalar)
            case "\n", "\r", "\t":
                if !output.hasSuffix(" ") { output += " " }
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                output.unicodeScalars.append(scalar)
            }
            if atStart, scalar != " " { atStart = false }
        }
        return atLineStart ? Self.escapeOrderedListMarker(output) : output
    }

    /// Digits then `.` or `)` at the start would open an ordered list: `1. text` becomes
    /// `1\. text`.
    private static func escapeOrderedListMarker(_ text: String) -> String {
        var digits = 0
        for scalar in text.unicodeScalars {
            guard ("0"..."9").contains(scalar) else { break }
            digits += 1
        }
        guard digits > 0 else { return text }
        let scalars = Array(text.unicodeScalars)
        guard digits < scalars.count, scalars[digits] == "." || scalars[digits] == ")" else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[..<digits])
        result.append("\\")
        result.append(contentsOf: scalars[digits...])
        return String(result)
    }
}
