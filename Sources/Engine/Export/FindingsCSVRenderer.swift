/// The report's notes as CSV, one row per note, for spreadsheets: UTF-8 with a byte order
/// mark, RFC 4180 quoting, CRLF line ends, and cells that a spreadsheet would run as a
/// formula neutralised (``CSVText``). Columns: (session, in a combined report), note,
/// question, question title, dimension, table, round, theme, theme name, text.
public struct FindingsCSVRenderer: Sendable {
    /// The shared wording.
    public let wording: FindingsWording

    /// Creates the renderer.
    public init(wording: FindingsWording) { self.wording = wording }

    /// The file's text.
    public func render() -> String {
        let report = wording.report
        let t = wording.text
        var header = [
            t(.findingsCSVNote, [:]), t(.findingsCSVQuestion, [:]), t(.findingsCSVQuestionTitle, [:]),
            t(.findingsCSVDimension, [:]), t(.findingsCSVTable, [:]), t(.findingsCSVRound, [:]), t(.findingsCSVTheme, [:]),
            t(.findingsCSVThemeName, [:]), t(.findingsCSVText, [:]),
        ]
        if report.isCombined { header.insert(t(.findingsCSVSession, [:]), at: 0) }
        var themeNames: [String: String] = [:]
        for theme in report.themes { themeNames[theme.id] = theme.name }
        let rows = report.notes.map { note -> [String] in
            var row = [
                String(note.reference.note), String(note.question), report.question(note.question)?.title ?? "",
                note.dimensionTitle, String(note.table), String(note.round), note.theme, themeNames[note.theme] ?? "",
                note.text,
            ]
            if report.isCombined { row.insert("S\(note.reference.session)", at: 0) }
            return row
        }
        return CSVText.document(header: header, rows: rows)
    }
}
