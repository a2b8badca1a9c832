/// The codebook as CSV, one row per theme: theme, description, number of notes, number of
/// tables, then question, dimension, id and GUID (the same GUIDs as the `.qdc` file). Same
/// CSV rules as ``FindingsCSVRenderer``.
public struct CodebookCSVRenderer: Sendable {
    /// The shared wording.
    public let wording: FindingsWording

    /// Creates the renderer.
    public init(wording: FindingsWording) { self.wording = wording }

    /// The file's text.
    public func render() -> String {
        let report = wording.report
        let t = wording.text
        let header = [
            t(.findingsCSVTheme, [:]), t(.findingsCSVDescription, [:]), t(.findingsCSVNotes, [:]), t(.findingsCSVTables, [:]),
            t(.findingsCSVQuestion, [:]), t(.findingsCSVDimension, [:]), "id", t(.findingsCSVGUID, [:]),
        ]
        var rows: [[String]] = []
        for question in report.questions {
            for dimension in question.dimensions {
                for theme in dimension.themes {
                    rows.append([
                        theme.name, wording.themeDescription(theme), String(theme.counts.notes), String(theme.counts.tables),
                        "\(question.position). \(question.title)", wording.dimensionTitle(dimension.title), theme.id,
                        theme.guid,
                    ])
                }
            }
        }
        return CSVText.document(header: header, rows: rows)
    }
}
