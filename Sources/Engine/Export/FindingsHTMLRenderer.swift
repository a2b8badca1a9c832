/// The findings report as one self-contained HTML file: inline CSS and inline SVG charts (notes
/// per theme, votes per conclusion, a question-by-dimension heat map), no script, no external
/// resource. Readable on a phone (responsive, tables scroll sideways) and printable to PDF (A4,
/// one question per page, notes lists printed open). Every user text goes through
/// ``HTMLText/escape(_:)``.
public struct FindingsHTMLRenderer: Sendable {
    /// The shared wording.
    public let wording: FindingsWording

    /// Creates the renderer.
    public init(wording: FindingsWording) {
        self.wording = wording
        content = FindingsContent(wording: wording)
    }

    private let content: FindingsContent

    /// Themes shown in each question's chart.
    static let chartThemes = 12

    static let style = """
        :root { color-scheme: light; --ink: #1d1d1f; --muted: #5a5f66; --line: #d9dde3; --accent: #1f4e9c; --soft: #f3f6fb; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; color: var(--ink);
          margin: 0; line-height: 1.45; font-size: 16px; }
        main { max-width: 62rem; margin: 0 auto; padding: 1.2rem; }
        h1 { font-size: 1.7rem; margin: .2rem 0; } h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
        h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; } h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; color: var(--accent); }
        h5 { font-size: 1rem; margin: 0 0 .2rem; }
        .kind { text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-size: .8rem; margin: 0; }
        .facts, .summary, .meta { color: var(--muted); margin: .2rem 0 .6rem; }
        .meta { font-size: .88rem; } p.chapter { font-style: italic; margin: .2rem 0 .6rem; }
        nav.toc ol { columns: 2; padding-left: 1.2rem; } nav.toc a { color: var(--accent); }
        dl.glance { display: grid; grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr)); gap: .6rem; margin: 0; }
        dl.glance div { background: var(--soft); border-radius: .5rem; padding: .6rem .8rem; }
        dl.glance dt { font-size: .8rem; color: var(--muted); } dl.glance dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
        .table-wrap { overflow-x: auto; margin: .4rem 0 1rem; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; }
        th, td { text-align: left; padding: .35rem .55rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: var(--soft); } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.kept td { font-weight: 600; } tr.tied td { background: #fff4e5; }
        blockquote { margin: .4rem 0; padding: .3rem .8rem; border-left: 4px solid var(--accent); background: var(--soft); }
        ol.kept li { margin: .2rem 0; font-weight: 600; } .votes { color: var(--muted); font-weight: normal; }
        .notice { background: #fff4e5; border-left: 4px solid #d9902f; padding: .4rem .7rem; }
        article.theme { border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .8rem; margin: .6rem 0; }
        .id { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .8rem; color: var(--muted); font-weight: normal; }
        .tag { font-size: .75rem; background: #e8eefa; color: var(--accent); border-radius: .3rem; padding: 0 .35rem; margin-left: .3rem; }
        details summary { cursor: pointer; color: var(--accent); font-size: .9rem; }
        details ul { margin: .3rem 0 0; padding-left: 1.2rem; } details li { margin: .15rem 0; }
        .ref { color: var(--muted); font-size: .8rem; white-space: nowrap; }
        figure { margin: .6rem 0 1rem; } figcaption { font-size: .85rem; color: var(--muted); margin-bottom: .3rem; }
        svg.chart { width: 100%; height: auto; font-size: 12px; } svg .label { fill: var(--ink); } svg .value { fill: var(--muted); }
        svg .cell { font-size: 13px; font-weight: 600; }
        footer { margin-top: 2.5rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .88rem; }
        @media (max-width: 40rem) { main { padding: .8rem; } h1 { font-size: 1.4rem; } nav.toc ol { columns: 1; } }
        @page { size: A4; margin: 16mm 14mm; }
        @media print {
          body { font-size: 11pt; } main { max-width: none; padding: 0; } nav.toc { display: none; }
          section.question { break-before: page; } h2, h3, h4 { break-after: avoid; }
          article.theme, figure, tr { break-inside: avoid; } details summary { list-style: none; color: var(--ink); }
          a { color: inherit; text-decoration: none; } .table-wrap { overflow: visible; }
        }
        """

    private var report: FindingsReport { wording.report }
    private func e(_ text: String) -> String { HTMLText.escape(text) }
    private func t(_ key: TextKey, _ values: [String: String] = [:]) -> String { wording.text(key, values) }

    /// The document.
    public func render() -> String {
        var html = "<!doctype html>\n<html lang=\"\(report.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"workshop \(e(WorkshopVersion.current))\">\n"
        html +=
            "<title>\(e(report.title)) · \(e(wording.kind))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n<main>\n"
        html += "<header>\n<p class=\"kind\">\(e(wording.kind))</p>\n<h1>\(e(report.title))</h1>\n"
        if let facts = content.facts { html += "<p class=\"facts\">\(e(facts))</p>\n" }
        html += "</header>\n"
        let sections = content.sections
        html += contents(sections)
        for section in sections {
            let element: String
            let attributes: String
            switch section {
            case .about: (element, attributes) = ("footer", "")
            case .question: (element, attributes) = ("section", " class=\"question\"")
            default: (element, attributes) = ("section", "")
            }
            html += "<\(element)\(attributes) id=\"\(anchor(section))\">\n<h2>\(e(content.heading(section)))</h2>\n"
            html += self.section(section) + "</\(element)>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    // MARK: Sections

    /// The `id` of a section, which the table of contents links to.
    private func anchor(_ section: FindingsContent.Section) -> String {
        switch section {
        case .glance: return "glance"
        case .sessions: return "sessions"
        case .attendance: return "attendance"
        case .heatMap: return "heat-map"
        case .question(let question): return "q\(question.position)"
        case .crossCutting: return "cross-cutting"
        case .agenda: return "agenda"
        case .about: return "about"
        }
    }

    private func contents(_ sections: [FindingsContent.Section]) -> String {
        "<nav class=\"toc\">\n<h2>\(e(t(.findingsContents)))</h2>\n<ol>\n"
            + sections.map { "<li><a href=\"#\(anchor($0))\">\(e(content.heading($0)))</a></li>\n" }.joined() + "</ol>\n</nav>\n"
    }

    private func section(_ section: FindingsContent.Section) -> String {
        switch section {
        case .glance: return facts(content.glance)
        case .sessions: return table(content.sessionsTable)
        case .attendance: return attendance()
        case .heatMap(let map):
            let svg = SVGChart.heatMap(title: t(.findingsHeatMap), rows: map.rows, columns: map.columns, values: map.values)
            return "<figure>\n\(svg)\n</figure>\n"
        case .question(let question): return self.question(question)
        case .crossCutting: return crossCutting()
        case .agenda: return agenda()
        case .about: return wording.about.map { "<p>\(e($0))</p>\n" }.joined()
        }
    }

    private func facts(_ facts: [(label: String, value: Int)]) -> String {
        "<dl class=\"glance\">\n" + facts.map { "<div><dt>\(e($0.label))</dt><dd>\($0.value)</dd></div>\n" }.joined() + "</dl>\n"
    }

    private func table(_ table: FindingsContent.Table, rowClasses: [String] = []) -> String {
        var html = "<div class=\"table-wrap\"><table>\n<thead><tr>"
        for (index, cell) in table.header.enumerated() {
            html += "<th\(table.numeric.contains(index) ? " class=\"num\"" : "") scope=\"col\">\(e(cell))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (rowIndex, row) in table.rows.enumerated() {
            let rowClass =
                rowIndex < rowClasses.count && !rowClasses[rowIndex].isEmpty ? " class=\"\(rowClasses[rowIndex])\"" : ""
            html += "<tr\(rowClass)>"
            for (index, cell) in row.enumerated() {
                html += "<td\(table.numeric.contains(index) ? " class=\"num\"" : "")>\(e(cell))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    private func attendance() -> String {
        var html = facts(content.attendanceFacts)
        if let notice = content.attendanceNotice { html += "<p class=\"summary\">\(e(notice))</p>\n" }
        for group in content.attendanceTables { html += "<h3>\(e(group.heading))</h3>\n" + table(group.table) }
        return html
    }

    private func question(_ question: FindingsQuestion) -> String {
        var html = ""
        if let quote = content.quote(question) { html += "<blockquote>\(e(quote))</blockquote>\n" }
        if let summary = content.chapterSummary(question) { html += "<p class=\"chapter\">\(e(summary))</p>\n" }
        html += "<p class=\"summary\">\(e(wording.questionSummary(question)))</p>\n"
        if content.showsConclusions(question) {
            html += "<h3>\(e(t(.findingsConclusions)))</h3>\n"
            if question.votes.isEmpty { html += "<p>\(e(t(.findingsNoConclusions)))</p>\n" }
        }
        for vote in question.votes { html += self.vote(vote) }
        html += "<h3>\(e(t(.findingsThemesHeading)))</h3>\n"
        let top = question.themes.sorted { ($0.counts.notes, $0.counts.tables) > ($1.counts.notes, $1.counts.tables) }
            .prefix(Self.chartThemes)
        if !top.isEmpty {
            let caption = t(.findingsChartMentions)
            let bars = top.map { theme in
                SVGChart.Bar(
                    label: theme.name, value: theme.counts.notes,
                    tooltip: theme.name + " (" + wording.dimensionTitle(dimensionTitle(question, theme.dimension)) + ")")
            }
            html += "<figure>\n<figcaption>\(e(caption))</figcaption>\n\(SVGChart.bars(title: caption, bars))\n</figure>\n"
        }
        if let breakdown = content.breakdown(question) {
            html += "<h4>\(e(breakdown.heading))</h4>\n<p class=\"meta\">\(e(breakdown.note))</p>\n" + table(breakdown.table)
        }
        for dimension in question.dimensions {
            html += "<h4>\(e(wording.dimensionTitle(dimension.title)))</h4>\n"
            html += "<p class=\"meta\">\(e(wording.dimensionSummary(dimension)))</p>\n"
            if dimension.themes.isEmpty { html += "<p>\(e(t(.findingsNoNotes)))</p>\n" }
            for theme in dimension.themes { html += self.theme(theme) }
        }
        return html
    }

    private func dimensionTitle(_ question: FindingsQuestion, _ key: String) -> String {
        question.dimensions.first { $0.key == key }?.title ?? ""
    }

    private func vote(_ vote: FindingsVote) -> String {
        var html = ""
        if let heading = content.voteHeading(vote) { html += "<h4>\(e(heading))</h4>\n" }
        html += "<p class=\"meta\">\(e(wording.voteSummary(vote)))</p>\n"
        let kept = vote.keptConclusions
        if !kept.isEmpty {
            html +=
                "<ol class=\"kept\">\n"
                + kept.map { "<li>\(e($0.text)) <span class=\"votes\">(\($0.total))</span></li>\n" }.joined() + "</ol>\n"
        }
        if let tie = wording.tieSentence(vote) { html += "<p class=\"notice\">\(e(tie))</p>\n" }
        let caption = t(.findingsChartVotes)
        let bars = vote.conclusions.map { conclusion in
            SVGChart.Bar(
                label: "\(conclusion.id) · \(conclusion.text)", value: conclusion.total,
                emphasis: conclusion.outcome == "kept" ? .strong : conclusion.outcome == "tied" ? .warning : .normal)
        }
        html += "<figure>\n<figcaption>\(e(caption))</figcaption>\n\(SVGChart.bars(title: caption, bars))\n</figure>\n"
        html += table(
            content.conclusionsTable(vote), rowClasses: vote.conclusions.map { $0.outcome == "not-kept" ? "" : $0.outcome })
        let ballots = content.ballots(vote)
        if !ballots.isEmpty {
            html += "<details>\n<summary>\(e(t(.resultsBallots)))</summary>\n<ul>\n"
            html += ballots.map { "<li>\(e($0.voter)): \(e($0.marks))</li>\n" }.joined()
            html += "</ul>\n</details>\n"
        }
        return html
    }

    private func theme(_ theme: FindingsTheme) -> String {
        var html =
            "<article class=\"theme\" id=\"\(e(theme.id))\">\n<h5>\(e(theme.name)) <span class=\"id\">\(e(theme.id))</span>"
        if theme.curated { html += "<span class=\"tag\">\(e(t(.findingsCurated)))</span>" }
        html += "</h5>\n"
        html += "<p class=\"meta\">\(e(content.themeFacts(theme).joined(separator: " · ")))</p>\n"
        if let representative = wording.representative(theme) { html += "<p>\(e(representative))</p>\n" }
        if let keywords = wording.keywords(theme.keywords) { html += "<p class=\"meta\">\(e(keywords))</p>\n" }
        if let notes = content.noteLines(theme) {
            html +=
                "<details open>\n<summary>\(e(t(.findingsThemeNotes, ["count": String(theme.notes.count)])))</summary>\n<ul>\n"
            for note in notes {
                html +=
                    "<li>\(e(note.text)) <span class=\"ref\">\(e(note.label)) · "
                    + "\(e(t(.findingsColumnTable))) \(e(note.table))</span></li>\n"
            }
            html += "</ul>\n</details>\n"
        }
        return html + "</article>\n"
    }

    private func crossCutting() -> String {
        var html = "<p class=\"summary\">\(e(t(.findingsCrossCuttingIntro)))</p>\n"
        if report.crossCutting.isEmpty {
            html += "<p>\(e(t(.findingsNoCrossCutting)))</p>\n"
        } else {
            html += "<ol>\n"
            for item in report.crossCutting {
                html +=
                    "<li><strong>\(e(item.label))</strong>\n<div class=\"meta\">"
                    + e(wording.crossCuttingWhere(item)) + " · " + e(wording.counts(item.counts)) + "</div>\n"
                if let keywords = wording.keywords(item.keywords) { html += "<div class=\"meta\">\(e(keywords))</div>\n" }
                // The theme ids become links: the sentence is escaped around a placeholder.
                let links = item.relatedThemes.map { "<a href=\"#\(e($0))\">\(e($0))</a>" }.joined(separator: ", ")
                let placeholder = "\u{E000}"
                let sentence = e(wording.relatedThemes([placeholder]))
                html +=
                    "<div class=\"meta\">"
                    + sentence.split(separator: placeholder, omittingEmptySubsequences: false)
                    .joined(separator: links) + "</div></li>\n"
            }
            html += "</ol>\n"
        }
        let concepts = content.concepts
        if !concepts.isEmpty {
            html += "<h3>\(e(t(.findingsConcepts)))</h3>\n<ul>\n"
            html += concepts.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        return html
    }

    private func agenda() -> String {
        var html = ""
        for session in report.sessions {
            if let heading = content.agendaHeading(session) { html += "<h3>\(e(heading))</h3>\n" }
            if let state = wording.agendaState(session.agenda) { html += "<p class=\"notice\">\(e(state))</p>\n" }
            html += table(content.phasesTable(session.agenda))
            if let totals = wording.agendaTotals(session.agenda) { html += "<p class=\"summary\">\(e(totals))</p>\n" }
            if let hosts = content.hostsTable(session) { html += "<h3>\(e(t(.findingsTablesHeading)))</h3>\n" + table(hosts) }
        }
        return html
    }
}
