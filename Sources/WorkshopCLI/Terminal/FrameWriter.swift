/// Turns whole screens into the bytes that update a terminal, in one piece per frame.
///
/// Only lines that changed since the previous frame are rewritten (cursor to the line, the
/// text, clear to the end of the line), so a countdown that ticks costs one line on a slow
/// link, and nothing is ever cleared before being drawn (no flicker). The update is wrapped
/// in the synchronized-output mode (DEC 2026) that terminals supporting it use to show the
/// frame at once; others ignore it.
public struct FrameWriter: Sendable {
    private var previous: [String] = []
    private var size: TerminalSize?

    public init() {}

    /// Forgets what is on the screen: the next frame clears it and draws every line (after a
    /// resize, a suspend, or Ctrl-L).
    public mutating func invalidate() {
        previous = []
        size = nil
    }

    /// The bytes that show `lines` (already cut to the width) on a terminal of `size`, or an
    /// empty string when nothing changed. `bell` rings the terminal bell with the frame.
    public mutating func update(_ lines: [StyledLine], size: TerminalSize, colors: Bool, bell: Bool = false) -> String {
        var rendered = lines.prefix(size.rows).map { $0.rendered(colors: colors) }
        rendered += Array(repeating: "", count: max(0, size.rows - rendered.count))
        var output = ""
        let full = self.size != size || previous.count != rendered.count
        if full { output += "\u{1B}[0m\u{1B}[H\u{1B}[2J" }
        for (row, line) in rendered.enumerated() where full || previous[row] != line {
            output += "\u{1B}[\(row + 1);1H" + line + "\u{1B}[0m\u{1B}[K"
        }
        previous = rendered
        self.size = size
        if bell { output += "\u{07}" }
        guard !output.isEmpty else { return "" }
        return "\u{1B}[?2026h" + output + "\u{1B}[?2026l"
    }
}
