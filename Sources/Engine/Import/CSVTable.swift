/// A CSV file read leniently, the way spreadsheets and form tools write it: comma, semicolon
/// or tab delimiter (detected), quoted fields with delimiters, line breaks and doubled
/// quotes, CRLF or LF line ends, blank lines and stray spaces around fields.
public struct CSVTable: Sendable {
    /// One record with the 1-based line on which it starts.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    public var delimiter: Character
    public var encoding: TextEncoding
    /// Every non-blank record, the header included.
    public var rows: [Row]

    /// Reads CSV from raw file bytes.
    public init(bytes: [UInt8]) throws(CSVError) {
        let (text, encoding) = TextEncoding.decode(bytes)
        try self.init(text: text, encoding: encoding)
    }

    /// Reads CSV from text.
    public init(text: String, encoding: TextEncoding = .utf8) throws(CSVError) {
        self.encoding = encoding
        let characters = Array(text.unicodeScalars)
        delimiter = Self.detectDelimiter(characters)
        rows = try Self.parse(characters, delimiter: delimiter.unicodeScalars.first ?? ",")
    }

    /// The delimiter that appears most often outside quotes on the first non-blank line;
    /// a comma when there is none.
    static func detectDelimiter(_ characters: [Unicode.Scalar]) -> Character {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        var sawContent = false
        for character in characters {
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes, character == "\n" || character == "\r" {
                if sawContent { break }
                continue
            }
            if !inQuotes, counts[character] != nil { counts[character, default: 0] += 1 }
            if !character.properties.isWhitespace { sawContent = true }
        }
        let best = [Unicode.Scalar(";"), "\t", ","].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? ","
        return (counts[best] ?? 0) > 0 ? Character(best) : ","
    }

    private static func parse(_ characters: [Unicode.Scalar], delimiter: Unicode.Scalar) throws(CSVError) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var rowLine = 1
        var index = 0
        var fieldWasQuoted = false
        func endField() {
            var text = String(field)
            if !fieldWasQuoted { text = text.trimmingWhitespace() }
            fields.append(text)
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }
        func endRow() {
            endField()
            if !fields.allSatisfy({ $0.isEmpty }) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\"", String(field).trimmingWhitespace().isEmpty, !fieldWasQuoted {
                // A quoted field: read to the closing quote; "" is a literal quote.
                let quoteLine = line
                field = String.UnicodeScalarView()
                fieldWasQuoted = true
                index += 1
                var closed = false
                while index < characters.count {
                    let inner = characters[index]
                    if inner == "\"" {
                        if index + 1 < characters.count, characters[index + 1] == "\"" {
                            field.append("\"")
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    if inner == "\n" { line += 1 }
                    if inner == "\r" {
                        line += 1
                        if index + 1 < characters.count, characters[index + 1] == "\n" { index += 1 }
                        field.append("\n")
                        index += 1
                        continue
                    }
                    field.append(inner)
                    index += 1
                }
                guard closed else { throw CSVError.unterminatedQuote(line: quoteLine) }
                // Tolerate spaces between the closing quote and the delimiter.
                while index < characters.count, characters[index] == " " || characters[index] == "\t",
                    characters[index] != delimiter
                {
                    index += 1
                }
                continue
            }
            if character == delimiter {
                endField()
            } else if character == "\n" || character == "\r" {
                endRow()
                if character == "\r", index + 1 < characters.count, characters[index + 1] == "\n" { index += 1 }
                line += 1
                rowLine = line
            } else {
                field.append(character)
            }
            index += 1
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRow() }
        return rows
    }
}

/// CSV that cannot be read.
public enum CSVError: Error, Equatable, Sendable {
    /// A quoted field that never closes; `line` is where it opens.
    case unterminatedQuote(line: Int)
}
