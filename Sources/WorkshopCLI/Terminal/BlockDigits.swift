/// Large digits drawn with block characters, readable from the back of a room.
///
/// Each glyph is a 3×5 pixel pattern (the colon 1×5); a pixel is two `█` wide so the digits
/// look square on terminal cells, and `scale` multiplies both directions.
public enum BlockDigits {
    /// Rows of a glyph at scale 1.
    public static let baseHeight = 5

    private static let glyphs: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"],
        "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###", "..#", "###", "#..", "###"],
        "3": ["###", "..#", "###", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"],
        "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"],
        "7": ["###", "..#", "..#", "..#", "..#"],
        "8": ["###", "#.#", "###", "#.#", "###"],
        "9": ["###", "#.#", "###", "..#", "###"],
        ":": [".", "#", ".", "#", "."],
        "+": ["...", ".#.", "###", ".#.", "..."],
        "-": ["...", "...", "###", "...", "..."],
        " ": ["..", "..", "..", "..", ".."],
    ]

    /// Whether every character of `text` has a glyph.
    public static func canRender(_ text: String) -> Bool { text.allSatisfy { glyphs[$0] != nil } }

    /// Columns `text` takes at `scale` (glyphs plus one pixel of space between them).
    public static func width(of text: String, scale: Int) -> Int {
        let pixels = text.reduce(0) { $0 + (glyphs[$1]?.first?.count ?? 0) } + max(0, text.count - 1)
        return pixels * 2 * scale
    }

    /// Rows `text` takes at `scale`.
    public static func height(scale: Int) -> Int { baseHeight * scale }

    /// The lines that draw `text` (characters without a glyph are left out).
    public static func render(_ text: String, scale: Int) -> [String] {
        let scale = max(1, scale)
        let shown = text.filter { glyphs[$0] != nil }
        var lines: [String] = []
        for row in 0..<baseHeight {
            var line = ""
            for (position, character) in shown.enumerated() {
                if position > 0 { line += String(repeating: " ", count: 2 * scale) }
                for pixel in glyphs[character]?[row] ?? "" {
                    line += String(repeating: pixel == "#" ? "█" : " ", count: 2 * scale)
                }
            }
            lines += Array(repeating: line, count: scale)
        }
        return lines
    }
}
