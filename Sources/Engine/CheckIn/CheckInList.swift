/// A check-in list: a CSV of who came (a sign-in sheet typed up, a form export, the roster
/// with an attendance column filled in), read like a roster.
///
/// A name column is required (or first and last names), as in ``RosterReader``; email,
/// institution and region columns are used when present. An attendance column (`Asistencia`,
/// `Estado`, `Status`, `Attendance`, `Check-in`) says what each row is:
///
/// | value | meaning |
/// |---|---|
/// | `presente`, `present`, `sí`, `yes`, `x`, `1`, `asistió` | present |
/// | `ausente`, `absent`, `no`, `0`, `no asistió`, `falta` | absent |
/// | `walk-in`, `nuevo`, `nueva`, `sin inscripción`, `en el día` | a walk-in (not on the roster) |
/// | empty | not marked: the row changes nothing |
///
/// Without an attendance column every row is present.
public struct CheckInList: Sendable, Hashable {
    /// What a row says about one person.
    public enum Mark: Sendable, Hashable {
        case present
        case absent
        case walkIn
    }

    /// One marked row.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var email: String
        public var institution: String
        public var region: String
        public var mark: Mark
        /// `file:line`, for messages.
        public var origin: String
    }

    public var entries: [Entry]
    /// Rows whose attendance cell was empty.
    public var unmarked: Int

    /// Header names (as ``NameKey``) of the attendance column.
    static let statusHeaders: Set<String> = [
        "asistencia", "estado", "status", "attendance", "check-in", "checkin", "check in", "asistio", "presente",
        "estado de asistencia", "attended",
    ]
    static let presentValues: Set<String> = [
        "presente", "present", "si", "yes", "y", "s", "x", "1", "asistio", "asiste", "ok", "true", "p", "vino",
    ]
    static let absentValues: Set<String> = [
        "ausente", "absent", "no", "n", "0", "no asistio", "falta", "false", "a", "no vino", "no-show",
    ]
    static let walkInValues: Set<String> = [
        "walk-in", "walkin", "walk in", "nuevo", "nueva", "sin inscripcion", "en el dia", "espontaneo", "espontanea",
        "inscrito en el dia", "inscrita en el dia",
    ]

    /// Reads a list from the bytes of `file` (any encoding and delimiter ``CSVTable`` reads).
    public static func read(bytes: [UInt8], file: String) throws(CheckInError) -> CheckInList {
        let table: CSVTable
        do {
            table = try CSVTable(bytes: bytes)
        } catch {
            switch error {
            case .unterminatedQuote(let line): throw .listUnterminatedQuote(file: file, line: line)
            }
        }
        guard let header = table.rows.first else { throw .listEmpty(file: file) }
        var columns: [RosterColumn: Int] = [:]
        var statusColumn: Int?
        for (index, title) in header.fields.enumerated() {
            if statusColumn == nil, statusHeaders.contains(NameKey.of(title)) {
                statusColumn = index
                continue
            }
            guard let column = RosterColumn.match(title), columns[column] == nil else { continue }
            columns[column] = index
        }
        guard columns[.name] != nil || columns[.firstName] != nil else {
            throw .listMissingNameColumn(file: file, headers: header.fields.filter { !$0.isEmpty })
        }
        var entries: [Entry] = []
        var unmarked = 0
        for row in table.rows.dropFirst() {
            func value(_ index: Int?) -> String {
                guard let index, index < row.fields.count else { return "" }
                return row.fields[index].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            var name = value(columns[.name])
            let last = value(columns[.lastName])
            if name.isEmpty {
                name = [value(columns[.firstName]), last, value(columns[.secondLastName])].filter { !$0.isEmpty }
                    .joined(separator: " ")
            } else if !last.isEmpty, !name.contains(last) {
                name = [name, last, value(columns[.secondLastName])].filter { !$0.isEmpty }.joined(separator: " ")
            }
            let email = value(columns[.email])
            guard !name.isEmpty || !email.isEmpty else { continue }
            var mark = Mark.present
            if let statusColumn {
                let raw = value(statusColumn)
                let key = NameKey.of(raw)
                if key.isEmpty {
                    unmarked += 1
                    continue
                } else if presentValues.contains(key) {
                    mark = .present
                } else if absentValues.contains(key) {
                    mark = .absent
                } else if walkInValues.contains(key) {
                    mark = .walkIn
                } else {
                    throw .invalidListStatus(file: file, line: row.line, value: raw)
                }
            }
            entries.append(
                Entry(
                    name: name, email: email, institution: value(columns[.institution]), region: value(columns[.region]),
                    mark: mark, origin: "\(file):\(row.line)"))
        }
        guard !entries.isEmpty || unmarked > 0 else { throw .listEmpty(file: file) }
        return CheckInList(entries: entries, unmarked: unmarked)
    }
}
