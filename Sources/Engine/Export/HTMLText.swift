/// Escaping for text placed in HTML or XML (element content and attribute values), so that
/// user text (names, notes, questions) is shown and never interpreted. Every HTML, SVG and
/// XML export goes through ``escape(_:)``.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities; control characters
    /// other than tab and line breaks dropped, and the noncharacters U+FFFE and U+FFFF
    /// (not allowed in XML) too.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
