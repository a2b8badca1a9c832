/// A notes CSV read and mapped to columns, before it is checked against a session.
///
/// Columns (headers in Spanish or English, any case, with or without accents): the table
/// and the text are required; the round or the question say where a note goes (either is
/// enough, and neither is needed when the table held a single question all day); the
/// section and the author are optional. The delimiter and the encoding are detected as for
/// the roster (see ``CSVTable``).
public struct NoteImportFile: Sendable {
    /// One data row, with the 1-based line on which it starts and its values by column
    /// (empty when the file has no such column).
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var values: [NoteImportColumn: String]

        public func value(_ column: NoteImportColumn) -> String { values[column] ?? "" }
    }

    /// The file name used in messages.
    public var file: String
    public var encoding: TextEncoding
    public var delimiter: Character
    /// Which header each column was read from.
    public var columns: [NoteImportColumn: String]
    public var rows: [Row]

    /// Reads a notes CSV from the file's bytes.
    public static func read(bytes: [UInt8], file: String) throws(NoteImportError) -> NoteImportFile {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw NoteImportError.empty(file: file)
        }
        let table: CSVTable
        do {
            table = try CSVTable(bytes: bytes)
        } catch {
            switch error {
            case .unterminatedQuote(let line): throw NoteImportError.unterminatedQuote(file: file, line: line)
            }
        }
        guard let header = table.rows.first else { throw NoteImportError.empty(file: file) }
        var positions: [NoteImportColumn: Int] = [:]
        var names: [NoteImportColumn: String] = [:]
        for (index, title) in header.fields.enumerated() {
            guard let column = NoteImportColumn.match(title), positions[column] == nil else { continue }
            positions[column] = index
            names[column] = title
        }
        let headers = header.fields.filter { !$0.isEmpty }
        for required in [NoteImportColumn.table, .text] where positions[required] == nil {
            throw NoteImportError.missingColumn(file: file, column: required, headers: headers)
        }
        let rows = table.rows.dropFirst().map { row in
            var values: [NoteImportColumn: String] = [:]
            for (column, index) in positions where index < row.fields.count { values[column] = row.fields[index] }
            return Row(line: row.line, values: values)
        }
        guard !rows.isEmpty else { throw NoteImportError.noRows(file: file) }
        return NoteImportFile(file: file, encoding: table.encoding, delimiter: table.delimiter, columns: names, rows: rows)
    }

    /// Checks every row against `state`: the notes to add, the rows rejected and why, and
    /// the rows already in the session (skipped unless `allowDuplicates`).
    public func plan(in state: SessionState, allowDuplicates: Bool = false) throws(NoteImportError) -> NoteImportPlan {
        guard !state.agenda.tables.isEmpty, !state.agenda.rounds.isEmpty else { throw NoteImportError.noAgenda }
        var plan = NoteImportPlan(rowCount: rows.count)
        var existing: Set<NoteImportPlan.Key> = []
        if !allowDuplicates {
            for note in state.notes.all where !note.retracted {
                existing.insert(NoteImportPlan.Key(note))
            }
        }
        let resolver = NoteImportResolver(state: state)
        for row in rows {
            switch resolver.resolve(row) {
            case .failure(let problem):
                plan.rejected.append(NoteImportRejection(line: row.line, problem: problem))
            case .success(let resolved):
                if existing.contains(NoteImportPlan.Key(resolved.event)) {
                    plan.duplicates.append(row.line)
                    continue
                }
                plan.events.append(resolved.event)
                plan.lines.append(row.line)
                if resolved.roundInferred { plan.inferredRounds += 1 }
            }
        }
        return plan
    }
}
