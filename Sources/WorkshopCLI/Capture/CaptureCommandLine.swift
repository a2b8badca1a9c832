import Engine

/// One line typed in the note capture loop, understood: a note to save, or a command.
///
/// - Any text is a note. A line starting with `//` is a note starting with `/`.
/// - A section's number alone (`2`) switches to that section.
/// - `/list [all]`, `/edit ID [TEXT]`, `/delete ID`, `/undo`, `/section [ID]`, `/help`,
///   `/quit`, with Spanish aliases (`/lista`, `/editar`, `/borrar`, `/deshacer`,
///   `/seccion`, `/ayuda`, `/salir`).
enum CaptureCommandLine: Equatable {
    case note(String)
    case empty
    /// Switch section: an id, a number or a title; nil shows the sections; "0" or "-" means none.
    case section(String?)
    case list(allRounds: Bool)
    case edit(id: Int, text: String?)
    case delete(id: Int)
    case undo
    case help
    case quit
    case unknown(command: String, suggestion: String?)
    /// A command with missing or bad arguments; `usage` is its synopsis.
    case usage(String)

    /// Every command word, by meaning (the first is the one shown in help).
    static let commands: [(words: [String], usage: String)] = [
        (["list", "l", "ls", "lista", "listar"], "/list [all]"),
        (["edit", "e", "editar"], "/edit ID [TEXT]"),
        (["delete", "del", "retract", "borrar", "eliminar"], "/delete ID"),
        (["undo", "u", "deshacer"], "/undo"),
        (["section", "s", "sec", "seccion", "sección"], "/section ID"),
        (["help", "h", "?", "ayuda"], "/help"),
        (["quit", "q", "exit", "salir"], "/quit"),
    ]

    /// Reads `line`; `sectionCount` sections have one-key shortcuts 1...count.
    static func parse(_ line: String, sectionCount: Int) -> CaptureCommandLine {
        let trimmed = line.trimmingWhitespace()
        if trimmed.isEmpty { return .empty }
        if trimmed.hasPrefix("//") { return .note(String(trimmed.dropFirst())) }
        if let number = Int(trimmed), (1...max(1, sectionCount)).contains(number), sectionCount > 0 {
            return .section(trimmed)
        }
        guard trimmed.hasPrefix("/") else { return .note(line) }
        let body = trimmed.dropFirst()
        let word = String(body.prefix { !$0.isWhitespace }).lowercased()
        let rest = String(body.dropFirst(word.count)).trimmingWhitespace()
        guard let command = commands.first(where: { $0.words.contains(word) }) else {
            let suggestion = EditDistance.suggestion(for: word, among: commands.flatMap(\.words).filter { $0.count > 2 })
            return .unknown(command: "/" + word, suggestion: suggestion.map { "/" + $0 })
        }
        switch command.words[0] {
        case "list":
            let allWords = ["all", "todo", "todas", "todos", "a"]
            guard rest.isEmpty || allWords.contains(rest.lowercased()) else { return .usage(command.usage) }
            return .list(allRounds: !rest.isEmpty)
        case "edit":
            let idText = String(rest.prefix { !$0.isWhitespace })
            guard let id = noteID(idText) else { return .usage(command.usage) }
            let text = String(rest.dropFirst(idText.count)).trimmingWhitespace()
            return .edit(id: id, text: text.isEmpty ? nil : text)
        case "delete":
            guard let id = noteID(rest) else { return .usage(command.usage) }
            return .delete(id: id)
        case "undo": return .undo
        case "section": return .section(rest.isEmpty ? nil : rest)
        case "help": return .help
        default: return .quit
        }
    }

    private static func noteID(_ text: String) -> Int? {
        var digits = Substring(text)
        if digits.first == "#" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int(digits), id > 0 else { return nil }
        return id
    }
}
