import Engine

/// Makes many realistic variants of labelled notes, deterministically from a seed: the way
/// the same idea comes back from other tables and other systematisers. Each variant keeps its
/// base note's theme, question and dimension.
///
/// Variations: accents dropped, case changed, one or two typos (swapped, missing, doubled or
/// neighbouring-key letters), informal abbreviations, a few generic rewordings ("falta de" /
/// "carencia de" / "no hay"), framing words ("Se menciona:", "(mesa 3)"), dropped articles
/// or words, and continuations: a few words of another note of the same theme (elaboration)
/// or of any note (digression). The rewordings are generic Spanish, not taken from the
/// thesaurus.
struct VariantGenerator {
    var generator: SeededGenerator

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    static let rewordings: [(String, [String])] = [
        ("falta de", ["carencia de", "escasez de", "poca", "no hay"]),
        ("no hay", ["falta", "no existe", "no tenemos", "no contamos con"]),
        ("para", ["pa", "para poder"]),
        ("muy", ["super", "demasiado", "bien"]),
        ("los funcionarios", ["las y los funcionarios", "los funcionarios/as", "el personal"]),
        ("usuarios", ["usuarios/as", "usuarias y usuarios"]),
        ("innovar", ["hacer innovación", "innovar más"]),
        ("mejorar", ["optimizar", "mejorar harto"]),
        ("equipos", ["equipos de trabajo", "grupos"]),
        ("poca", ["escasa", "baja"]),
        ("entre", ["entre los"]),
    ]
    static let abbreviations: [(String, String)] = [
        ("que", "q"), ("por", "x"), ("porque", "xq"), ("también", "tb"), ("presupuesto", "ppto"),
        ("capacitación", "capac."), ("funcionarios", "func."), ("información", "info"), ("de", "d"),
        ("departamento", "depto"),
    ]
    static let framings: [(String, String)] = [
        ("Se menciona: ", ""), ("Se comenta que ", ""), ("", " (mesa)"), ("", "!!"), ("", "..."), ("Idea: ", ""),
        ("- ", ""), ("Tema: ", ""), ("", " x ej en regiones"), ("Varios coinciden: ", ""),
    ]
    static let keyboardNeighbours: [Character: String] = [
        "a": "sq", "e": "wr", "i": "uo", "o": "ip", "u": "yi", "s": "ad", "n": "bm", "r": "et", "t": "ry",
        "c": "xv", "l": "kñ", "d": "sf", "m": "n", "p": "o",
    ]

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &generator) < probability }

    mutating func variants(of notes: [LabelledNote], count: Int, tables: Int = 24) -> [LabelledNote] {
        let byTheme = Dictionary(grouping: notes, by: \.theme)
        return (0..<count).map { _ in
            let base = notes[Int.random(in: 0..<notes.count, using: &generator)]
            var note = base
            note.table = Int.random(in: 1...tables, using: &generator)
            note.text = vary(base.text)
            if chance(0.25), let sameTheme = byTheme[base.theme]?.randomElement(using: &generator) {
                note.text += " y " + fragment(of: sameTheme.text)
            } else if chance(0.1), let any = notes.randomElement(using: &generator) {
                note.text += ", " + fragment(of: any.text)
            }
            return note
        }
    }

    /// Two to four consecutive words of a text.
    mutating func fragment(of text: String) -> String {
        let words = text.split(separator: " ")
        guard words.count > 2 else { return text.lowercased() }
        let length = min(words.count, Int.random(in: 2...4, using: &generator))
        let start = Int.random(in: 0...(words.count - length), using: &generator)
        return words[start..<(start + length)].joined(separator: " ").lowercased()
    }

    mutating func vary(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        if chance(0.35) { reword(&words) }
        if chance(0.3) { abbreviate(&words) }
        if chance(0.2), words.count > 3 {
            let articles: Set<String> = ["el", "la", "los", "las", "un", "una", "de", "a"]
            words.removeAll { articles.contains($0.lowercased()) && chance(0.5) }
        }
        if chance(0.3), words.count > 3 {
            let long = words.indices.dropFirst().filter { words[$0].count >= 4 }
            if let index = long.randomElement(using: &generator) { words.remove(at: index) }
        }
        let typos = chance(0.45) ? (chance(0.3) ? 2 : 1) : 0
        for _ in 0..<typos { addTypo(&words) }
        var result = words.joined(separator: " ")
        if chance(0.45) { result = TextNormalizer.foldPreservingCase(result) }
        if chance(0.3) { result = result.lowercased() } else if chance(0.05) { result = result.uppercased() }
        if chance(0.3) {
            let framing = Self.framings[Int.random(in: 0..<Self.framings.count, using: &generator)]
            result = framing.0 + result + framing.1
        }
        return result
    }

    mutating func reword(_ words: inout [String]) {
        let text = " " + words.joined(separator: " ") + " "
        let candidates = Self.rewordings.filter { text.lowercased().contains(" \($0.0) ") }
        guard let choice = candidates.randomElement(using: &generator),
            let replacement = choice.1.randomElement(using: &generator)
        else { return }
        let lowered = text.lowercased()
        guard let range = lowered.range(of: " \(choice.0) ") else { return }
        let start = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
        let length = choice.0.count + 2
        let original = Array(text)
        let rebuilt = String(original[..<start]) + " \(replacement) " + String(original[(start + length)...])
        words = rebuilt.split(separator: " ").map(String.init)
    }

    mutating func abbreviate(_ words: inout [String]) {
        for index in words.indices {
            let lowered = words[index].lowercased()
            if let abbreviation = Self.abbreviations.first(where: { $0.0 == lowered }), chance(0.6) {
                words[index] = abbreviation.1
            }
        }
    }

    mutating func addTypo(_ words: inout [String]) {
        let long = words.indices.filter { words[$0].count >= 5 }
        guard let index = long.randomElement(using: &generator) else { return }
        var letters = Array(words[index])
        let position = Int.random(in: 1..<(letters.count - 1), using: &generator)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: letters.swapAt(position, position + 1)
        case 1: letters.remove(at: position)
        case 2: letters.insert(letters[position], at: position)
        default:
            let lower = Character(letters[position].lowercased())
            if let neighbours = Self.keyboardNeighbours[lower], let replacement = neighbours.randomElement(using: &generator) {
                letters[position] = replacement
            } else {
                letters.remove(at: position)
            }
        }
        words[index] = String(letters)
    }
}

extension TextNormalizer {
    /// Drops acute accents and diaeresis but keeps case and ñ (how notes typed without
    /// accents look).
    static func foldPreservingCase(_ text: String) -> String {
        let map: [Character: Character] = [
            "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "Á": "A", "É": "E", "Í": "I", "Ó": "O",
            "Ú": "U",
        ]
        return String(text.map { map[$0] ?? $0 })
    }
}
