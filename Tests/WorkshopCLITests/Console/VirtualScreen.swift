/// A minimal terminal for tests: applies what the console writes (cursor moves, clear,
/// erase to end of line, styles ignored) to a grid of characters, so a test can read the
/// screen as a person would see it after each write.
struct VirtualScreen {
    private(set) var rows: [[Character]]
    let columns: Int
    private var row = 0
    private var column = 0

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The screen's lines, trailing spaces removed.
    var lines: [String] {
        rows.map { line in
            var text = String(line)
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// The whole screen as one string.
    var text: String { lines.joined(separator: "\n") }

    mutating func apply(_ output: String) {
        let scalars = Array(output.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
                guard end < scalars.count else { return }
                let parameters = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
                control(final: scalars[end], parameters: parameters)
                index = end + 1
                continue
            }
            if scalar.value < 0x20 {
                if scalar == "\n" {
                    row = min(row + 1, rows.count - 1)
                    column = 0
                } else if scalar == "\r" {
                    column = 0
                }
                index += 1
                continue
            }
            if row < rows.count, column < columns { rows[row][column] = Character(scalar) }
            column += 1
            index += 1
        }
    }

    private mutating func control(final: Unicode.Scalar, parameters: String) {
        switch final {
        case "H":
            let numbers = parameters.split(separator: ";").compactMap { Int($0) }
            row = max(0, (numbers.first ?? 1) - 1)
            column = max(0, (numbers.count > 1 ? numbers[1] : 1) - 1)
        case "J":
            if parameters == "2" {
                rows = Array(repeating: Array(repeating: " ", count: columns), count: rows.count)
            }
        case "K":
            if row < rows.count, column < columns {
                for index in column..<columns { rows[row][index] = " " }
            }
        default:
            break
        }
    }
}

extension ScriptedConsoleDevice {
    /// The screen after each write, with the write's time.
    func screens() -> [(monotonic: Int64, screen: VirtualScreen)] {
        var screen = VirtualScreen(columns: size.columns, rows: size.rows)
        return writes.map { write in
            screen.apply(write.text)
            return (write.monotonic, screen)
        }
    }
}
