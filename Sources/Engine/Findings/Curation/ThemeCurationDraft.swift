/// A correction as typed (`workshop theme FILE assign|rename|merge|split ...`), turned into
/// its event after checking it against the session and its current themes. Themes are named
/// by any of their notes (`T12`, `12` or `#12`: the theme that holds note 12).
public struct ThemeCurationDraft: Sendable {
    /// What the person asked for.
    public enum Command: Hashable, Sendable {
        /// Move note `note` to the theme holding note `theme`.
        case assign(note: Int, theme: Int)
        /// Call the theme holding `theme` `name`.
        case rename(theme: Int, name: String)
        /// Put the notes of the theme holding `from` into the theme holding `into`.
        case merge(into: Int, from: Int)
        /// Take `notes` out of the theme holding `theme` into a new theme.
        case split(theme: Int, notes: [Int], name: String?)
    }

    /// Longest theme name accepted, in characters.
    public static let maximumNameLength = 200

    /// The command.
    public let command: Command

    /// Creates a draft.
    public init(_ command: Command) { self.command = command }

    /// The event that records the command, checked against `state` (fresh, under the
    /// session's lock) and `report` (the session's current themes, a single-session report).
    public func event(in state: SessionState, report: FindingsReport) throws(ThemeError) -> any JournalEvent {
        switch command {
        case .assign(let note, let themeNote):
            try Self.checkNote(note, in: state)
            let target = try Self.theme(themeNote, in: report, state: state)
            guard let current = report.theme(containing: NoteReference(session: 1, note: note)) else {
                throw ThemeError.unknownNote(id: note, suggestion: Self.nearestNote(note, in: state))
            }
            guard current.id != target.id else { throw ThemeError.alreadyInTheme(note: note, theme: target.id) }
            guard current.question == target.question, current.dimension == target.dimension else {
                throw ThemeError.differentPlace(
                    note: note, notePlace: Self.place(current, in: report), theme: target.id,
                    themePlace: Self.place(target, in: report))
            }
            return ThemeAssigned(note: note, theme: Self.reference(target, anchor: themeNote))
        case .rename(let themeNote, let name):
            let target = try Self.theme(themeNote, in: report, state: state)
            let cleaned = Conclusion.cleanText(name)
            guard !cleaned.isEmpty, cleaned.count <= Self.maximumNameLength else {
                throw ThemeError.invalidName(length: cleaned.count)
            }
            return ThemeRenamed(theme: Self.reference(target, anchor: themeNote), name: cleaned)
        case .merge(let intoNote, let fromNote):
            let into = try Self.theme(intoNote, in: report, state: state)
            let from = try Self.theme(fromNote, in: report, state: state)
            guard into.id != from.id else { throw ThemeError.sameTheme(theme: into.id) }
            guard into.question == from.question, into.dimension == from.dimension else {
                throw ThemeError.differentPlace(
                    note: fromNote, notePlace: Self.place(from, in: report), theme: into.id,
                    themePlace: Self.place(into, in: report))
            }
            return ThemesMerged(into: Self.reference(into, anchor: intoNote), from: Self.reference(from, anchor: fromNote))
        case .split(let themeNote, let notes, let name):
            let source = try Self.theme(themeNote, in: report, state: state)
            var unique: [Int] = []
            for note in notes where !unique.contains(note) {
                try Self.checkNote(note, in: state)
                let reference = NoteReference(session: 1, note: note)
                guard source.notes.contains(reference) else {
                    throw ThemeError.notInTheme(
                        note: note, theme: source.id, actual: report.theme(containing: reference)?.id ?? "-")
                }
                unique.append(note)
            }
            guard !unique.isEmpty, unique.count < source.notes.count else { throw ThemeError.wholeTheme(theme: source.id) }
            var cleanedName: String?
            if let name {
                let cleaned = Conclusion.cleanText(name)
                guard !cleaned.isEmpty, cleaned.count <= Self.maximumNameLength else {
                    throw ThemeError.invalidName(length: cleaned.count)
                }
                cleanedName = cleaned
            }
            return ThemeSplit(notes: unique, name: cleanedName)
        }
    }

    // MARK: Checks

    /// Throws unless note `id` exists and is not retracted.
    static func checkNote(_ id: Int, in state: SessionState) throws(ThemeError) {
        guard let note = state.notes.note(id) else {
            throw ThemeError.unknownNote(id: id, suggestion: nearestNote(id, in: state))
        }
        guard !note.retracted else { throw ThemeError.retractedNote(id: id) }
    }

    /// The theme holding note `id`.
    static func theme(_ id: Int, in report: FindingsReport, state: SessionState) throws(ThemeError) -> FindingsTheme {
        if let note = state.notes.note(id), note.retracted { throw ThemeError.retractedNote(id: id) }
        guard let theme = report.theme(containing: NoteReference(session: 1, note: id)) else {
            let suggestion = nearestNote(id, in: state).map { "T\($0)" }
            throw ThemeError.unknownTheme(reference: "#\(id)", suggestion: suggestion)
        }
        return theme
    }

    /// The current note whose id is nearest to `id` (the smaller one on a tie).
    public static func nearestNote(_ id: Int, in state: SessionState) -> Int? {
        state.notes.current.map(\.id).min { (abs($0 - id), $0) < (abs($1 - id), $1) }
    }

    static func reference(_ theme: FindingsTheme, anchor: Int) -> ThemeReference {
        ThemeReference(anchor: anchor, members: theme.notes.map(\.note))
    }

    /// `question 1 · Structures and frameworks`.
    static func place(_ theme: FindingsTheme, in report: FindingsReport) -> String {
        let question = report.question(theme.question)
        let dimension = question?.dimensions.first { $0.key == theme.dimension }?.title ?? ""
        let number = question?.sources.first?.number ?? theme.question
        return dimension.isEmpty ? "P\(number)" : "P\(number) · \(dimension)"
    }
}
