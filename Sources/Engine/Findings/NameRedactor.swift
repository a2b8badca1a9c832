/// Replaces people's names by pseudonyms for `--anonymise`: "Participante 1", "Participante
/// 2"... (or "Participant 1"), numbered in the order people are registered, the same person
/// always getting the same number.
///
/// In free text (notes, conclusions, theme names) it finds, without regard to case or accents
/// and on whole words only:
///
/// - two or more consecutive words of one person's full name ("Camila Rojas", "Rojas
///   Fuentes", "camila rojas fuentes"), replaced by that person's pseudonym;
/// - a person's first name alone, when written with a capital letter ("como dijo Camila"):
///   replaced by the pseudonym when one person has that first name, by a neutral marker
///   ("[nombre]") when several do;
/// - a surname alone, when written with a capital letter and not at the start of a sentence
///   ("lo propuso Rojas"), in the same way; at the start of a sentence a capitalised surname
///   is too often an ordinary word ("Fuentes de financiamiento...") to be replaced;
/// - the e-mail addresses of the roster.
///
/// Not caught: nicknames and diminutives ("Cami", "Pepe"), misspelt names, single names
/// written in lower case, names of people who are not on the roster or staff lists, and
/// initials. Keywords that are a person's name word are dropped (see ``isNameWord(_:)``).
public struct NameRedactor: Sendable {
    private struct NameWord: Hashable, Sendable {
        var person: Int
        var position: Int
    }

    /// Words that join the parts of a name ("María de la Luz") and never count alone.
    static let connectors: Set<String> = [
        "de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos", "van", "von", "der", "di", "du", "le", "san",
    ]

    private let pseudonyms: [String]
    private let numberOfName: [String: Int]
    private let nameWords: [[String]]
    private let occurrences: [String: [NameWord]]
    private let firstNames: [String: Set<Int>]
    private let surnames: [String: Set<Int>]
    private let emails: [(folded: String, person: Int)]
    private let removedMarker: String

    /// A redactor for `names` (people in order; repeated names, compared without case and
    /// accents, are one person) and their e-mail addresses (same order, may be empty).
    /// `pseudonym` makes the replacement of person number `n` (from 1); `marker` replaces a
    /// name shared by several people.
    public init(names: [String], emails: [String] = [], pseudonym: (Int) -> String, marker: String) {
        var numberOfName: [String: Int] = [:]
        var people: [[String]] = []
        var personEmails: [(String, Int)] = []
        for (offset, name) in names.enumerated() {
            let words = Self.words(NameFolding.fold(name))
            guard !words.isEmpty else { continue }
            let key = words.joined(separator: " ")
            let number: Int
            if let existing = numberOfName[key] {
                number = existing
            } else {
                people.append(words)
                number = people.count
                numberOfName[key] = number
            }
            if offset < emails.count {
                let email = emails[offset].trimmingWhitespace().lowercased()
                if email.contains("@") { personEmails.append((email, number)) }
            }
        }
        var occurrences: [String: [NameWord]] = [:]
        var firstNames: [String: Set<Int>] = [:]
        var surnames: [String: Set<Int>] = [:]
        for (index, words) in people.enumerated() {
            let person = index + 1
            for (position, word) in words.enumerated() {
                occurrences[word, default: []].append(NameWord(person: person, position: position))
                guard !Self.connectors.contains(word), word.count > 1 else { continue }
                if position == 0 {
                    firstNames[word, default: []].insert(person)
                } else {
                    surnames[word, default: []].insert(person)
                }
            }
        }
        self.pseudonyms = (0...people.count).map { $0 == 0 ? marker : pseudonym($0) }
        self.numberOfName = numberOfName
        self.nameWords = people
        self.occurrences = occurrences
        self.firstNames = firstNames
        self.surnames = surnames
        self.emails = personEmails.sorted { $0.0.count > $1.0.count }.map { (folded: $0.0, person: $0.1) }
        self.removedMarker = marker
    }

    /// The pseudonym of a person given by name (any case or accents); a name that is not
    /// known gets the neutral marker.
    public func pseudonym(for name: String) -> String {
        let key = Self.words(NameFolding.fold(name)).joined(separator: " ")
        guard let number = numberOfName[key] else { return removedMarker }
        return pseudonyms[number]
    }

    /// Whether `word` (a keyword) is a word of someone's name, connectors excluded.
    public func isNameWord(_ word: String) -> Bool {
        Self.words(NameFolding.fold(word)).contains { firstNames[$0] != nil || surnames[$0] != nil }
    }

    /// `text` with the names and e-mail addresses it mentions replaced (see the type's
    /// documentation for what is and is not caught).
    public func redact(_ text: String) -> String {
        var source = text
        if source.contains("@") { source = redactEmails(source) }
        let scalars = Array(source.unicodeScalars)
        let tokens = Self.tokens(scalars)
        guard !tokens.isEmpty else { return source }
        var replacements: [(range: Range<Int>, person: Int)] = []
        var index = 0
        while index < tokens.count {
            if let match = longestName(tokens, scalars: scalars, from: index) {
                replacements.append((tokens[index].range.lowerBound..<tokens[match.end].range.upperBound, match.person))
                index = match.end + 1
                continue
            }
            let token = tokens[index]
            if scalars[token.range.lowerBound].properties.isUppercase {
                var people = firstNames[token.folded]
                if people == nil, !Self.startsSentence(scalars, at: token.range.lowerBound) {
                    people = surnames[token.folded]
                }
                if let people, !people.isEmpty {
                    replacements.append((token.range, people.count == 1 ? people.first ?? 0 : 0))
                }
            }
            index += 1
        }
        guard !replacements.isEmpty else { return source }
        var output = String.UnicodeScalarView()
        var position = 0
        for replacement in replacements {
            output.append(contentsOf: scalars[position..<replacement.range.lowerBound])
            output.append(contentsOf: pseudonyms[replacement.person].unicodeScalars)
            position = replacement.range.upperBound
        }
        output.append(contentsOf: scalars[position...])
        return String(output)
    }

    // MARK: Internals

    struct Token {
        var range: Range<Int>
        var folded: String
    }

    /// The longest run of consecutive tokens from `start`, separated by spaces only, that
    /// are consecutive words of one person's name, with at least two words that are not
    /// connectors.
    private func longestName(_ tokens: [Token], scalars: [Unicode.Scalar], from start: Int) -> (end: Int, person: Int)? {
        guard !Self.connectors.contains(tokens[start].folded), let candidates = occurrences[tokens[start].folded] else {
            return nil
        }
        var best: (end: Int, person: Int)?
        for candidate in candidates {
            let words = nameWords[candidate.person - 1]
            var end = start
            var position = candidate.position
            while end + 1 < tokens.count, position + 1 < words.count, tokens[end + 1].folded == words[position + 1],
                Self.onlySpaces(scalars, tokens[end].range.upperBound..<tokens[end + 1].range.lowerBound)
            {
                end += 1
                position += 1
            }
            // A name never ends on a connector ("Camila de").
            while end > start, Self.connectors.contains(tokens[end].folded) { end -= 1 }
            let significant = tokens[start...end].filter { !Self.connectors.contains($0.folded) }.count
            guard end > start, significant >= 2 else { continue }
            if end > best?.end ?? start { best = (end, candidate.person) }
        }
        return best
    }

    private func redactEmails(_ text: String) -> String {
        var output = text
        for email in emails {
            var lowered = output.lowercased()
            while let range = lowered.range(of: email.folded) {
                let start = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
                let length = lowered.distance(from: range.lowerBound, to: range.upperBound)
                guard lowered.count == output.count else { break }
                let lower = output.index(output.startIndex, offsetBy: start)
                let upper = output.index(lower, offsetBy: length)
                output.replaceSubrange(lower..<upper, with: pseudonyms[email.person])
                lowered = output.lowercased()
            }
        }
        return output
    }

    /// Words of letters (and combining marks) with their positions and folded forms.
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var start: Int?
        for (index, scalar) in scalars.enumerated() {
            let isWordScalar = scalar.properties.isAlphabetic || (0x300...0x36F).contains(scalar.value)
            if isWordScalar {
                if start == nil { start = index }
            } else if let first = start {
                tokens.append(
                    Token(
                        range: first..<index, folded: NameFolding.fold(String(String.UnicodeScalarView(scalars[first..<index])))))
                start = nil
            }
        }
        if let first = start {
            tokens.append(
                Token(
                    range: first..<scalars.count,
                    folded: NameFolding.fold(String(String.UnicodeScalarView(scalars[first..<scalars.count])))))
        }
        return tokens
    }

    /// Folded words of a name.
    static func words(_ folded: String) -> [String] {
        folded.split { !($0.isLetter) }.map(String.init)
    }

    private static func onlySpaces(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        !range.isEmpty && scalars[range].allSatisfy { $0 == " " || $0 == "\u{A0}" }
    }

    /// Whether the word at `position` opens the text or a sentence.
    private static func startsSentence(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        var index = position - 1
        while index >= 0 {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\u{A0}" || scalar == "\"" || scalar == "(" || scalar == "«" || scalar == "“" {
                index -= 1
                continue
            }
            return [".", "!", "?", "¡", "¿", ":", ";", "\n", "\r", "-", "•", "*"].contains(scalar)
        }
        return true
    }
}
