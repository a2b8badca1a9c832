/// The findings of one or more sessions, as the organisation keeps them after the day:
/// what the sessions were, who came, each question's dimensions with their themes and
/// mention counts, the conclusions the votes kept (with ties), the cross-cutting themes, and
/// the agenda as it ran. Built by ``FindingsBuilder``; written by the renderers of
/// `Engine/Export` (Markdown, HTML, CSV, JSON, REFI-QDA).
public struct FindingsReport: Sendable {
    /// `format` of the JSON form.
    public static let formatName = "workshop-findings"
    /// `version` of the JSON form (docs/FINDINGS-SCHEMA.md).
    public static let formatVersion = 1

    /// The report's language.
    public var language: Language
    /// Whether names were replaced by pseudonyms.
    public var anonymised: Bool
    /// The theme similarity threshold used.
    public var similarity: Double
    /// The language the notes were analysed in.
    public var analysisLanguage: TextLanguage
    /// The title: the session's, or the sessions' titles in a combined report.
    public var title: String
    /// The sessions, in the order given.
    public var sessions: [FindingsSession]
    /// Totals over the sessions.
    public var totals: FindingsCounts
    /// Attendance over the sessions.
    public var attendance: AttendanceSummary
    /// The questions.
    public var questions: [FindingsQuestion]
    /// Themes raised under several questions or dimensions, broadest first.
    public var crossCutting: [CrossCuttingFinding]
    /// Thesaurus concepts named under several questions or dimensions, broadest first
    /// (``CrossCuttingConcept/dimensions`` holds dimension titles).
    public var crossCuttingConcepts: [CrossCuttingConcept]
    /// Every note, by session then id.
    public var notes: [FindingsNote]
    /// Corrections that no longer apply.
    public var staleCorrections: [StaleCorrection]
    /// Misspellings read as another word, sorted.
    public var spellingCorrections: [(from: String, to: String)]
    /// Position of each note in ``notes`` (see ``indexNotes()``).
    var notePositions: [NoteReference: Int] = [:]

    /// Whether several sessions are combined.
    public var isCombined: Bool { sessions.count > 1 }

    /// Every theme, question by question.
    public var themes: [FindingsTheme] { questions.flatMap(\.themes) }

    /// The theme with `id`.
    public func theme(_ id: String) -> FindingsTheme? { themes.first { $0.id == id } }

    /// The theme holding `note`.
    public func theme(containing note: NoteReference) -> FindingsTheme? {
        themes.first { $0.notes.contains(note) }
    }

    /// The note with `reference`.
    public func note(_ reference: NoteReference) -> FindingsNote? {
        if let position = notePositions[reference], notes.indices.contains(position),
            notes[position].reference == reference
        {
            return notes[position]
        }
        return notes.first { $0.reference == reference }
    }

    /// Builds the index that makes ``note(_:)`` fast; call it after changing ``notes``.
    public mutating func indexNotes() {
        notePositions = Dictionary(notes.enumerated().map { ($1.reference, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The dimensions of all questions, in order of first appearance, for the question by
    /// dimension heat map: key and title.
    public var dimensionColumns: [(key: String, title: String)] {
        var seen = Set<String>()
        var columns: [(key: String, title: String)] = []
        for question in questions {
            for dimension in question.dimensions where seen.insert(dimension.key).inserted {
                columns.append((dimension.key, dimension.title))
            }
        }
        if let none = columns.firstIndex(where: { $0.key.isEmpty }) { columns.append(columns.remove(at: none)) }
        return columns
    }

    /// The session at `position` (from 1).
    public func session(_ position: Int) -> FindingsSession? {
        sessions.indices.contains(position - 1) ? sessions[position - 1] : nil
    }

    /// The question at `position` (from 1).
    public func question(_ position: Int) -> FindingsQuestion? {
        questions.indices.contains(position - 1) ? questions[position - 1] : nil
    }

    /// A theme id for `anchor`: `T12`, or `S2-T12` in a combined report.
    public func themeID(for anchor: NoteReference) -> String { Self.themeID(for: anchor, combined: isCombined) }

    /// A theme id for `anchor`: `T12`, or `S2-T12` when `combined`.
    public static func themeID(for anchor: NoteReference, combined: Bool) -> String {
        combined ? "S\(anchor.session)-T\(anchor.note)" : "T\(anchor.note)"
    }

    /// A note's label: `#12`, or `S2 #12` in a combined report.
    public func noteLabel(_ reference: NoteReference) -> String {
        isCombined ? "S\(reference.session) #\(reference.note)" : "#\(reference.note)"
    }

    /// A table's label: `3`, or `S2·3` in a combined report.
    public func tableLabel(_ reference: TableReference) -> String { Self.tableLabel(reference, combined: isCombined) }

    /// `3`, or `S2·3` in a combined report.
    static func tableLabel(_ reference: TableReference, combined: Bool) -> String {
        combined ? "S\(reference.session)·\(reference.table)" : String(reference.table)
    }
}
