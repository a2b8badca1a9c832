/// How a run of text looks on a terminal: emphasis and one foreground colour.
public struct CellStyle: Hashable, Sendable {
    /// Foreground colours (the eight standard ones the console uses).
    public enum Color: Int, Sendable {
        case red = 31
        case green = 32
        case yellow = 33
        case blue = 34
        case magenta = 35
        case cyan = 36
    }

    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var color: Color?

    public init(bold: Bool = false, dim: Bool = false, reverse: Bool = false, color: Color? = nil) {
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.color = color
    }

    public static let plain = CellStyle()
    public static let bold = CellStyle(bold: true)
    public static let dim = CellStyle(dim: true)
    public static let reverse = CellStyle(reverse: true)

    /// This style with colour `color`.
    public func colored(_ color: Color?) -> CellStyle {
        var copy = self
        copy.color = color
        return copy
    }

    /// The SGR sequence that selects this style from the default (empty for plain). Colour is
    /// left out when `colors` is false; emphasis stays (it is not colour, and NO_COLOR only
    /// asks for no colour).
    public func sgr(colors: Bool) -> String {
        var codes: [String] = []
        if bold { codes.append("1") }
        if dim { codes.append("2") }
        if reverse { codes.append("7") }
        if colors, let color { codes.append(String(color.rawValue)) }
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}

/// One line of a screen: runs of text, each with a style. Text must not hold control
/// characters (sanitise user text with `TerminalText.sanitize` first).
public struct StyledLine: Hashable, Sendable {
    public struct Run: Hashable, Sendable {
        public var text: String
        public var style: CellStyle
    }

    public private(set) var runs: [Run] = []

    public init() {}

    public init(_ text: String, _ style: CellStyle = .plain) {
        append(text, style)
    }

    /// Adds text at the end.
    public mutating func append(_ text: String, _ style: CellStyle = .plain) {
        guard !text.isEmpty else { return }
        if let last = runs.indices.last, runs[last].style == style {
            runs[last].text += text
        } else {
            runs.append(Run(text: text, style: style))
        }
    }

    /// Adds another line's runs at the end.
    public mutating func append(_ other: StyledLine) {
        for run in other.runs { append(run.text, run.style) }
    }

    /// The text without styles.
    public var text: String { runs.map(\.text).joined() }

    /// The columns the line takes.
    public var width: Int { runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// The line cut to `width` columns (ending in `…` when cut).
    public func truncated(to width: Int) -> StyledLine {
        guard self.width > width else { return self }
        var result = StyledLine()
        var used = 0
        for run in runs {
            let columns = DisplayWidth.of(run.text)
            if used + columns <= width - 1 {
                result.append(run.text, run.style)
                used += columns
                continue
            }
            result.append(DisplayWidth.truncate(run.text + "…", to: width - used), run.style)
            return result
        }
        return result
    }

    /// The line with spaces added on the left so that it sits in the middle of `width`.
    public func centered(in width: Int) -> StyledLine {
        let columns = self.width
        guard columns < width else { return truncated(to: width) }
        var result = StyledLine(String(repeating: " ", count: (width - columns) / 2))
        result.append(self)
        return result
    }

    /// `left` and `right` on one line of `width` columns, with spaces between (the left part
    /// is cut when both do not fit).
    public static func spread(_ left: StyledLine, _ right: StyledLine, width: Int) -> StyledLine {
        let rightWidth = right.width
        guard rightWidth + 1 < width else { return left.truncated(to: width) }
        var result = left.truncated(to: width - rightWidth - 1)
        result.append(String(repeating: " ", count: width - rightWidth - result.width))
        result.append(right)
        return result
    }

    /// The line with its style sequences, ending in a reset when styled.
    public func rendered(colors: Bool) -> String {
        var output = ""
        var styled = false
        for run in runs {
            let sgr = run.style.sgr(colors: colors)
            if sgr.isEmpty {
                if styled {
                    output += "\u{1B}[0m"
                    styled = false
                }
            } else {
                output += (styled ? "\u{1B}[0m" : "") + sgr
                styled = true
            }
            output += run.text
        }
        if styled { output += "\u{1B}[0m" }
        return output
    }
}
