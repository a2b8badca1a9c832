/// Makes user text safe to print on a terminal.
///
/// Notes are typed by people and may contain anything, including escape sequences that
/// move the cursor, change the window title, or hide text. Before a note reaches a
/// terminal, every control character and escape sequence is removed: C0 controls (except
/// tab and, when allowed, line feed), DEL, C1 controls, whole ESC sequences (CSI, OSC, DCS
/// and the like, with their parameters), and bidirectional overrides that can make text
/// display differently from what it is.
public enum TerminalText {
    /// `text` with control and escape sequences removed.
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            if value == 0x1B {
                index = endOfEscape(scalars, from: index)
                continue
            }
            if value == 0x9B || value == 0x9D || value == 0x90 {
                // C1 CSI / OSC / DCS introducers: skip like their ESC forms.
                index = endOfControlString(scalars, from: index + 1, isCSI: value == 0x9B)
                continue
            }
            switch value {
            case 0x09:
                output.append(scalar)
            case 0x0A where keepNewlines:
                output.append(scalar)
            case 0x0A, 0x0D:
                output.append(" ")
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                break
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                break
            default:
                output.append(scalar)
            }
            index += 1
        }
        return String(output)
    }

    /// Whether `text` holds anything ``sanitize(_:keepNewlines:)`` would remove.
    public static func needsSanitizing(_ text: String) -> Bool {
        sanitize(text, keepNewlines: true) != text
    }

    /// Index just past the escape sequence starting at `start` (an ESC).
    private static func endOfEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        let next = start + 1
        guard next < scalars.count else { return next }
        switch scalars[next] {
        case "[":
            return endOfControlString(scalars, from: next + 1, isCSI: true)
        case "]", "P", "X", "^", "_":
            return endOfControlString(scalars, from: next + 1, isCSI: false)
        default:
            // Two-character sequences (ESC c, ESC 7...) and ESC ( B style charset selections.
            var index = next
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            return min(index + 1, scalars.count)
        }
    }

    /// Index past a CSI sequence (parameters then a final byte 0x40-0x7E) or past a string
    /// sequence ended by BEL or ST (ESC \).
    private static func endOfControlString(_ scalars: [Unicode.Scalar], from start: Int, isCSI: Bool) -> Int {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            if isCSI {
                if (0x40...0x7E).contains(value) { return index + 1 }
                if value < 0x20 || value > 0x7E { return index }
            } else {
                if value == 0x07 || value == 0x9C { return index + 1 }
                if value == 0x1B, index + 1 < scalars.count, scalars[index + 1] == "\\" { return index + 2 }
            }
            index += 1
        }
        return index
    }
}
