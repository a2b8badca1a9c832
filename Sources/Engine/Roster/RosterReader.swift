/// Reads a roster: the CSV of registered people exported by Excel, Google Forms or a
/// registration platform.
///
/// Headers may be in Spanish or English, in any case and with or without accents
/// (`Nombre`, `Institución`, `Correo electrónico`...). A name column is required, or a
/// first-name column with a last-name column. People with the same email are reported,
/// never merged silently.
public enum RosterReader {
    /// The people read, and what the reader noticed on the way.
    public struct Result: Sendable {
        public var participants: [Participant]
        public var encoding: TextEncoding
        public var delimiter: Character
        /// Which roster column each file column was read as.
        public var columns: [RosterColumn: String]
        public var warnings: [RosterWarning]
    }

    /// Reads a roster file's bytes. `file` names it in errors and warnings. Participants are
    /// numbered from `firstID`.
    public static func read(bytes: [UInt8], file: String, firstID: Int = 1) throws(RosterError) -> Result {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw RosterError.empty(file: file)
        }
        let table: CSVTable
        do {
            table = try CSVTable(bytes: bytes)
        } catch {
            switch error {
            case .unterminatedQuote(let line): throw RosterError.unterminatedQuote(file: file, line: line)
            }
        }
        guard let header = table.rows.first else { throw RosterError.empty(file: file) }
        var columns: [RosterColumn: Int] = [:]
        var names: [RosterColumn: String] = [:]
        for (index, title) in header.fields.enumerated() {
            guard let column = RosterColumn.match(title), columns[column] == nil else { continue }
            columns[column] = index
            names[column] = title
        }
        let hasName =
            columns[.name] != nil || (columns[.firstName] != nil && columns[.lastName] != nil)
            || (columns[.firstName] != nil && columns[.name] == nil)
        guard hasName else {
            throw RosterError.missingNameColumn(file: file, headers: header.fields.filter { !$0.isEmpty })
        }

        var participants: [Participant] = []
        var warnings: [RosterWarning] = []
        var lineOfEmail: [String: Int] = [:]
        for row in table.rows.dropFirst() {
            func value(_ column: RosterColumn) -> String {
                guard let index = columns[column], index < row.fields.count else { return "" }
                return collapseSpaces(row.fields[index])
            }
            var name = value(.name)
            if name.isEmpty {
                name = [value(.firstName), value(.lastName), value(.secondLastName)].filter { !$0.isEmpty }.joined(separator: " ")
            } else if columns[.lastName] != nil, !value(.lastName).isEmpty, !name.contains(value(.lastName)) {
                name = [name, value(.lastName), value(.secondLastName)].filter { !$0.isEmpty }.joined(separator: " ")
            }
            guard !name.isEmpty else {
                warnings.append(.missingName(file: file, line: row.line))
                continue
            }
            let email = value(.email)
            let key = email.lowercased()
            if !key.isEmpty {
                if let first = lineOfEmail[key] {
                    warnings.append(.duplicateEmail(file: file, email: email, lines: [first, row.line]))
                } else {
                    lineOfEmail[key] = row.line
                }
            }
            participants.append(
                Participant(
                    id: firstID + participants.count, name: name, institution: value(.institution), region: value(.region),
                    email: email, role: value(.role), status: .registered))
        }
        guard !participants.isEmpty else { throw RosterError.noParticipants(file: file) }
        return Result(
            participants: participants, encoding: table.encoding, delimiter: table.delimiter, columns: names,
            warnings: warnings)
    }

    private static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}

/// A roster that cannot be used.
public enum RosterError: Error, Equatable, Sendable {
    case empty(file: String)
    case missingNameColumn(file: String, headers: [String])
    case noParticipants(file: String)
    case unterminatedQuote(file: String, line: Int)
}

/// Something about a roster the organiser should check; the roster is still used.
public enum RosterWarning: Equatable, Sendable {
    /// A row without a name was skipped.
    case missingName(file: String, line: Int)
    /// Two rows share an email: both are kept; the organiser decides.
    case duplicateEmail(file: String, email: String, lines: [Int])
}
