/// One analysis dimension (canvas section) of a question, with its themes.
public struct FindingsDimension: Hashable, Sendable {
    /// The section id (of the first session that used the dimension); empty for notes filed
    /// under no section.
    public var key: String
    /// The section's title in the report's language ("" for none; renderers show "No dimension").
    public var title: String
    /// Notes under this question and dimension.
    public var notes: Int
    /// Distinct tables that wrote them.
    public var tables: Int
    /// Its themes, most mentioned first.
    public var themes: [FindingsTheme]

    /// Creates a dimension.
    public init(key: String, title: String, notes: Int, tables: Int, themes: [FindingsTheme]) {
        self.key = key
        self.title = title
        self.notes = notes
        self.tables = tables
        self.themes = themes
    }
}
