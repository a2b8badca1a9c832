/// Small inline SVG charts for the HTML report: horizontal bars and a heat map. Every text
/// goes through ``HTMLText/escape(_:)``; the charts scale to the page width (viewBox) and
/// print as vectors.
public enum SVGChart {
    /// How a bar is drawn.
    public enum Emphasis: Sendable {
        case normal
        /// A kept conclusion.
        case strong
        /// A tied conclusion.
        case warning
    }

    /// One bar.
    public struct Bar: Sendable {
        public var label: String
        public var value: Int
        public var emphasis: Emphasis
        /// Full text shown as a tooltip (the label may be shortened).
        public var tooltip: String

        /// Creates a bar.
        public init(label: String, value: Int, emphasis: Emphasis = .normal, tooltip: String? = nil) {
            self.label = label
            self.value = value
            self.emphasis = emphasis
            self.tooltip = tooltip ?? label
        }
    }

    static let width = 720
    static let labelWidth = 330
    static let rowHeight = 22

    /// A horizontal bar chart titled `title` (for screen readers).
    public static func bars(title: String, _ bars: [Bar]) -> String {
        let e = HTMLText.escape
        let height = max(1, bars.count) * rowHeight + 8
        let maximum = max(1, bars.map(\.value).max() ?? 1)
        let area = width - labelWidth - 60
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(e(title))\" "
            + "xmlns=\"http://www.w3.org/2000/svg\">\n<title>\(e(title))</title>\n"
        for (index, bar) in bars.enumerated() {
            let y = 4 + index * rowHeight
            let length = bar.value <= 0 ? 0 : max(2, bar.value * area / maximum)
            let fill: String
            switch bar.emphasis {
            case .normal: fill = "#7a9cc6"
            case .strong: fill = "#1f4e9c"
            case .warning: fill = "#d9902f"
            }
            svg += "<g><title>\(e(bar.tooltip)): \(bar.value)</title>"
            svg +=
                "<text x=\"\(labelWidth - 8)\" y=\(quoted(y + 15)) text-anchor=\"end\" class=\"label\">"
                + "\(e(ReportFormatting.truncate(bar.label, 46)))</text>"
            svg +=
                "<rect x=\"\(labelWidth)\" y=\(quoted(y + 3)) width=\(quoted(length)) height=\"16\" rx=\"2\" fill=\"\(fill)\"/>"
            svg += "<text x=\(quoted(labelWidth + length + 6)) y=\(quoted(y + 15)) class=\"value\">\(bar.value)</text></g>\n"
        }
        return svg + "</svg>"
    }

    /// A heat map of `values` (rows x columns; nil for a dimension the question does not
    /// have) titled `title`.
    public static func heatMap(title: String, rows: [String], columns: [String], values: [[Int?]]) -> String {
        let e = HTMLText.escape
        let rowLabel = 230
        let cell = max(64, (width - rowLabel) / max(1, columns.count))
        let header = 58
        let cellHeight = 34
        let totalWidth = rowLabel + cell * columns.count
        let height = header + rows.count * cellHeight + 4
        let maximum = max(1, values.flatMap { $0.compactMap { $0 } }.max() ?? 1)
        var svg =
            "<svg class=\"chart heat\" viewBox=\"0 0 \(totalWidth) \(height)\" role=\"img\" aria-label=\"\(e(title))\" "
            + "xmlns=\"http://www.w3.org/2000/svg\">\n<title>\(e(title))</title>\n"
        for (index, column) in columns.enumerated() {
            let x = rowLabel + index * cell + cell / 2
            let lines = wrap(column, width: max(8, cell / 7), lines: 3)
            svg += "<text x=\(quoted(x)) y=\(quoted(header - 8 - (lines.count - 1) * 14)) text-anchor=\"middle\" class=\"label\">"
            for (offset, line) in lines.enumerated() {
                svg += "<tspan x=\(quoted(x)) dy=\"\(offset == 0 ? 0 : 14)\">\(e(line))</tspan>"
            }
            svg += "<title>\(e(column))</title></text>\n"
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = header + rowIndex * cellHeight
            svg +=
                "<text x=\"\(rowLabel - 8)\" y=\(quoted(y + 22)) text-anchor=\"end\" class=\"label\">"
                + "\(e(ReportFormatting.truncate(row, 32)))<title>\(e(row))</title></text>\n"
            for columnIndex in columns.indices {
                let x = rowLabel + columnIndex * cell
                let value = rowIndex < values.count && columnIndex < values[rowIndex].count ? values[rowIndex][columnIndex] : nil
                guard let value else {
                    svg +=
                        "<rect x=\(quoted(x + 1)) y=\(quoted(y + 1)) width=\(quoted(cell - 2)) height=\(quoted(cellHeight - 2)) "
                        + "fill=\"#f4f4f4\"/>\n"
                    continue
                }
                let intensity = Double(value) / Double(maximum)
                svg += "<g><title>\(e(row)) · \(e(columns[columnIndex])): \(value)</title>"
                svg +=
                    "<rect x=\(quoted(x + 1)) y=\(quoted(y + 1)) width=\(quoted(cell - 2)) height=\(quoted(cellHeight - 2)) "
                    + "fill=\"\(color(intensity))\"/>"
                svg +=
                    "<text x=\(quoted(x + cell / 2)) y=\(quoted(y + 22)) text-anchor=\"middle\" class=\"cell\" "
                    + "fill=\"\(intensity > 0.55 ? "#ffffff" : "#1d1d1f")\">\(value)</text></g>\n"
            }
        }
        return svg + "</svg>"
    }

    /// `"12"`.
    private static func quoted(_ value: Int) -> String { "\"\(value)\"" }

    /// From light (#eef3fb) to dark blue (#1f4e9c).
    static func color(_ intensity: Double) -> String {
        let t = min(max(intensity, 0), 1)
        let start = (0xEE, 0xF3, 0xFB)
        let end = (0x1F, 0x4E, 0x9C)
        func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * t).rounded()) }
        let rgb = [mix(start.0, end.0), mix(start.1, end.1), mix(start.2, end.2)]
        return "#"
            + rgb.map { value in
                let text = String(value, radix: 16)
                return value < 16 ? "0" + text : text
            }.joined()
    }

    /// Words of `text` in lines of about `width` characters, at most `lines` lines.
    static func wrap(_ text: String, width: Int, lines: Int) -> [String] {
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                result.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { result.append(current) }
        if result.count > lines {
            result = Array(result.prefix(lines))
            result[lines - 1] = ReportFormatting.truncate(result[lines - 1] + " …", width)
        }
        return result.map { ReportFormatting.truncate($0, width + 2) }
    }
}
