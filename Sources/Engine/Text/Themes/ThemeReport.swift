/// Everything the findings report needs from the text analysis of a workshop's notes.
public struct ThemeReport: Sendable, Hashable, Codable {
    /// Themes, per group (question and dimension, as configured), ordered by group then by
    /// mention counts.
    public var themes: [Theme]
    /// Themes found across all notes that span several questions or dimensions, broadest
    /// first.
    public var crossCuttingThemes: [CrossCuttingTheme]
    /// Concepts named across several questions or dimensions, broadest first.
    public var crossCuttingConcepts: [CrossCuttingConcept]
    /// Misspellings read as another word ("presupusto" -> "presupuesto").
    public var spellingCorrections: [String: String]

    /// Creates a report.
    public init(
        themes: [Theme], crossCuttingThemes: [CrossCuttingTheme], crossCuttingConcepts: [CrossCuttingConcept],
        spellingCorrections: [String: String]
    ) {
        self.themes = themes
        self.crossCuttingThemes = crossCuttingThemes
        self.crossCuttingConcepts = crossCuttingConcepts
        self.spellingCorrections = spellingCorrections
    }
}
