import Engine

/// How `workshop theme` prints themes on a terminal: per question and dimension, each theme
/// with its id, name, counts, keywords and notes (`#id  text  (table n)`), all user text
/// sanitised.
struct ThemeListing {
    let report: FindingsReport
    let context: CommandContext

    private func clean(_ text: String) -> String { TerminalText.sanitize(text) }

    /// Every question (or only `only`) with its dimensions and themes.
    func questions(only: Int? = nil) -> String {
        let wording = FindingsWording(report: report)
        var out = ""
        for question in report.questions where only == nil || question.position == only {
            out += context.style.bold(clean(wording.questionHeading(question))) + "\n"
            for dimension in question.dimensions {
                out +=
                    "  " + context.style.bold(clean(wording.dimensionTitle(dimension.title))) + "  "
                    + context.style.dim(
                        context.text(
                            .findingsDimensionSummary,
                            [
                                "notes": String(dimension.notes), "tables": String(dimension.tables),
                                "themes": String(dimension.themes.count),
                            ])) + "\n"
                for theme in dimension.themes { out += self.theme(theme, indent: "    ") }
            }
            out += "\n"
        }
        if !report.staleCorrections.isEmpty {
            out +=
                context.text(
                    .findingsAboutStale,
                    [
                        "count": String(report.staleCorrections.count),
                        "events": report.staleCorrections.map { "#\($0.sequence)" }.joined(separator: ", "),
                    ]) + "\n"
        }
        return out.isEmpty ? context.text(.findingsNoNotes) + "\n" : out
    }

    /// One theme.
    func theme(_ theme: FindingsTheme, indent: String = "") -> String {
        let wording = FindingsWording(report: report)
        var out = indent + context.style.bold(theme.id) + "  " + clean(ReportFormatting.truncate(theme.name, 100)) + "\n"
        var details = [wording.counts(theme.counts)]
        if let question = report.question(theme.question) {
            let dimension = question.dimensions.first { $0.key == theme.dimension }?.title ?? ""
            details.insert("P\(question.position) · " + wording.dimensionTitle(dimension), at: 0)
        }
        if theme.curated { details.append(context.text(.findingsCurated)) }
        out += indent + "  " + context.style.dim(clean(details.joined(separator: " · "))) + "\n"
        if !theme.keywords.isEmpty {
            out +=
                indent + "  "
                + context.style.dim(clean(context.text(.findingsKeywords, ["keywords": theme.keywords.joined(separator: ", ")])))
                + "\n"
        }
        for reference in theme.notes {
            guard let note = report.note(reference) else { continue }
            let table = context.text(.themeNoteTable, ["table": String(note.table)])
            out +=
                indent + "  " + Formatting.pad("#\(reference.note)", 6) + " " + clean(ReportFormatting.truncate(note.text, 90))
                + "  " + context.style.dim("(\(table))") + "\n"
        }
        return out
    }
}
