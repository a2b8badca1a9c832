/// The findings report as Markdown (CommonMark with GitHub-style tables), readable as plain
/// text and rendered well by GitHub, GitLab, VS Code, Obsidian and pandoc. All user text goes
/// through ``MarkdownText/inline(_:)``.
public struct FindingsMarkdownRenderer: Sendable {
    /// The shared wording.
    public let wording: FindingsWording

    /// Creates the renderer.
    public init(wording: FindingsWording) {
        self.wording = wording
        content = FindingsContent(wording: wording)
    }

    private let content: FindingsContent
    private var report: FindingsReport { wording.report }
    private func md(_ text: String) -> String { MarkdownText.inline(text) }
    private func t(_ key: TextKey, _ values: [String: String] = [:]) -> String { wording.text(key, values) }

    /// The document.
    public func render() -> String {
        var out = "# \(md(report.title))\n\n"
        out += "*\(md(wording.kind))*"
        if let facts = content.facts { out += " · \(md(facts))" }
        out += "\n\n"
        for section in content.sections { out += "## \(md(content.heading(section)))\n\n" + self.section(section) }
        return out
    }

    // MARK: Sections

    private func section(_ section: FindingsContent.Section) -> String {
        switch section {
        case .glance: return content.glance.map { "- **\($0.value)** \(md($0.label))" }.joined(separator: "\n") + "\n\n"
        case .sessions: return table(content.sessionsTable)
        case .attendance: return attendance()
        case .heatMap(let map): return heatMap(map)
        case .question(let question): return self.question(question)
        case .crossCutting: return crossCutting()
        case .agenda: return agenda()
        case .about: return wording.about.map(md).joined(separator: "\n\n") + "\n"
        }
    }

    private func table(_ table: FindingsContent.Table) -> String {
        var out = "| " + table.header.map(MarkdownText.cell).joined(separator: " | ") + " |\n"
        out += "|" + table.header.indices.map { table.numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows { out += "| " + row.map(MarkdownText.cell).joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    private func attendance() -> String {
        var out = content.attendanceFacts.map { "- \(md($0.label)): **\($0.value)**" }.joined(separator: "\n") + "\n\n"
        if let notice = content.attendanceNotice { out += "\(md(notice))\n\n" }
        for group in content.attendanceTables { out += "### \(md(group.heading))\n\n" + table(group.table) }
        return out
    }

    private func heatMap(_ map: FindingsContent.HeatMap) -> String {
        let rows = zip(map.rows, map.values).map { label, values in [label] + values.map { $0.map(String.init) ?? "–" } }
        return table(FindingsContent.Table(header: [""] + map.columns, rows: rows, numeric: Set(1...map.columns.count)))
    }

    private func question(_ question: FindingsQuestion) -> String {
        var out = ""
        if let quote = content.quote(question) { out += "> \(md(quote))\n\n" }
        if let summary = content.chapterSummary(question) { out += "*\(md(summary))*\n\n" }
        out += md(wording.questionSummary(question)) + "\n\n"
        if content.showsConclusions(question) { out += "### \(md(t(.findingsConclusions)))\n\n" }
        if question.votes.isEmpty, content.showsConclusions(question) { out += "\(md(t(.findingsNoConclusions)))\n\n" }
        for vote in question.votes {
            if let heading = content.voteHeading(vote) { out += "**\(md(heading))**\n\n" }
            out += "*\(md(wording.voteSummary(vote)))*\n\n"
            let kept = vote.keptConclusions
            if !kept.isEmpty {
                out +=
                    kept.enumerated().map { "\($0.offset + 1). **\(md($0.element.text))** (\($0.element.total))" }
                    .joined(separator: "\n") + "\n\n"
            }
            if let tie = wording.tieSentence(vote) { out += "\(md(tie))\n\n" }
            out += table(content.conclusionsTable(vote))
            let ballots = content.ballots(vote)
            if !ballots.isEmpty {
                out += "\(md(t(.resultsBallots)))\n\n"
                out += ballots.map { "- \(md($0.voter)): " + md($0.marks) }.joined(separator: "\n") + "\n\n"
            }
        }
        out += "### \(md(t(.findingsThemesHeading)))\n\n"
        if let breakdown = content.breakdown(question) {
            out += "#### \(md(breakdown.heading))\n\n*\(md(breakdown.note))*\n\n" + table(breakdown.table)
        }
        for dimension in question.dimensions {
            out += "#### \(md(wording.dimensionTitle(dimension.title)))\n\n"
            out += "*" + md(wording.dimensionSummary(dimension)) + "*\n\n"
            if dimension.themes.isEmpty { out += "\(md(t(.findingsNoNotes)))\n\n" }
            for theme in dimension.themes { out += self.theme(theme) }
        }
        return out
    }

    private func theme(_ theme: FindingsTheme) -> String {
        var facts = content.themeFacts(theme)
        if theme.curated { facts.append(t(.findingsCurated)) }
        var out = "- **\(md(theme.name))** `\(theme.id)` — \(md(facts.joined(separator: " · ")))\n"
        if let representative = wording.representative(theme) { out += "  - \(md(representative))\n" }
        if let keywords = wording.keywords(theme.keywords) { out += "  - \(md(keywords))\n" }
        let table = MarkdownText.cell(t(.findingsColumnTable).lowercased())
        for note in content.noteLines(theme) ?? [] { out += "  - \(md(note.text)) (\(note.label), \(table) \(note.table))\n" }
        return out + (theme.notes.isEmpty ? "" : "\n")
    }

    private func crossCutting() -> String {
        var out = "\(md(t(.findingsCrossCuttingIntro)))\n\n"
        if report.crossCutting.isEmpty { out += "\(md(t(.findingsNoCrossCutting)))\n\n" }
        for item in report.crossCutting {
            out +=
                "\(item.rank). **\(md(item.label))** — " + md(wording.crossCuttingWhere(item)) + " · "
                + md(wording.counts(item.counts)) + "\n"
            if let keywords = wording.keywords(item.keywords) { out += "   - \(md(keywords))\n" }
            out += "   - \(md(wording.relatedThemes(item.relatedThemes)))\n"
        }
        if !report.crossCutting.isEmpty { out += "\n" }
        let concepts = content.concepts
        if !concepts.isEmpty {
            out += "### \(md(t(.findingsConcepts)))\n\n" + concepts.map { "- " + md($0) + "\n" }.joined() + "\n"
        }
        return out
    }

    private func agenda() -> String {
        var out = ""
        for session in report.sessions {
            if let heading = content.agendaHeading(session) { out += "### \(md(heading))\n\n" }
            if let state = wording.agendaState(session.agenda) { out += "\(md(state))\n\n" }
            out += table(content.phasesTable(session.agenda))
            if let totals = wording.agendaTotals(session.agenda) { out += "\(md(totals))\n\n" }
            if let hosts = content.hostsTable(session) { out += "#### \(md(t(.findingsTablesHeading)))\n\n" + table(hosts) }
        }
        return out
    }
}
