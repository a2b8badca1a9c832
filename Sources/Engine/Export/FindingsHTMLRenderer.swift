/// The findings report as one self-contained HTML file: inline CSS and inline SVG charts (notes
/// per theme, votes per conclusion, a question-by-dimension heat map), no script, no external
/// resource. Readable on a phone (responsive, tables scroll sideways) and printable to PDF (A4,
/// one question per page, notes lists printed open). Every user text goes through
/// ``HTMLText/escape(_:)``.
public struct FindingsHTMLRenderer: Sendable {
    /// The shared wording.
    public let wording: FindingsWording

    /// Creates the renderer.
    public init(wording: FindingsWording) { self.wording = wording }

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
        .meta { font-size: .88rem; }
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
        if !report.isCombined, let session = report.sessions.first {
            html += "<p class=\"facts\">\(e(wording.facts(session)))</p>\n"
        }
        html += "</header>\n"
        html += contents()
        html += glance()
        if report.isCombined { html += sessions() }
        html += attendance()
        html += heatMap()
        for question in report.questions { html += self.question(question) }
        html += crossCutting()
        html += agenda()
        html += "<footer id=\"about\">\n<h2>\(e(t(.findingsAbout)))</h2>\n"
        html += wording.about.map { "<p>\(e($0))</p>\n" }.joined()
        html += "</footer>\n</main>\n</body>\n</html>\n"
        return html
    }

    // MARK: Sections

    private func contents() -> String {
        var items = [("glance", t(.findingsAtAGlance))]
        if report.isCombined { items.append(("sessions", t(.findingsSessions))) }
        items.append(("attendance", t(.findingsAttendance)))
        if !report.questions.isEmpty { items.append(("heat-map", t(.findingsHeatMap))) }
        items += report.questions.map { ("q\($0.position)", wording.questionHeading($0)) }
        items += [("cross-cutting", t(.findingsCrossCutting)), ("agenda", t(.findingsAgenda)), ("about", t(.findingsAbout))]
        return "<nav class=\"toc\">\n<h2>\(e(t(.findingsContents)))</h2>\n<ol>\n"
            + items.map { "<li><a href=\"#\($0.0)\">\(e($0.1))</a></li>\n" }.joined() + "</ol>\n</nav>\n"
    }

    private func glance() -> String {
        "<section id=\"glance\">\n<h2>\(e(t(.findingsAtAGlance)))</h2>\n<dl class=\"glance\">\n"
            + wording.glance(report.totals).map { "<div><dt>\(e($0.label))</dt><dd>\($0.value)</dd></div>\n" }.joined()
            + "</dl>\n</section>\n"
    }

    private func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], rowClasses: [String] = []) -> String {
        var html = "<div class=\"table-wrap\"><table>\n<thead><tr>"
        for (index, cell) in header.enumerated() {
            html += "<th\(numeric.contains(index) ? " class=\"num\"" : "") scope=\"col\">\(e(cell))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (rowIndex, row) in rows.enumerated() {
            let rowClass =
                rowIndex < rowClasses.count && !rowClasses[rowIndex].isEmpty ? " class=\"\(rowClasses[rowIndex])\"" : ""
            html += "<tr\(rowClass)>"
            for (index, cell) in row.enumerated() {
                html += "<td\(numeric.contains(index) ? " class=\"num\"" : "")>\(e(cell))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    private func sessions() -> String {
        let header = [
            t(.findingsColumnSession), t(.findingsColumnTitle), t(.findingsColumnDate), t(.findingsColumnPlace),
            t(.findingsColumnMethod), t(.findingsCountParticipants), t(.findingsCountInstitutions), t(.findingsCountTables),
            t(.findingsCountNotes), t(.findingsCountThemes), t(.findingsCountKept),
        ].map(ReportFormatting.capitalised)
        let rows = report.sessions.map { session in
            [
                "S\(session.position)", session.title, session.date.map(wording.formatting.longDate) ?? "",
                session.place ?? "", session.methodName ?? session.method, String(session.counts.participants),
                String(session.counts.institutions), String(session.counts.tables), String(session.counts.notes),
                String(session.counts.themes), String(session.counts.conclusionsKept),
            ]
        }
        return "<section id=\"sessions\">\n<h2>\(e(t(.findingsSessions)))</h2>\n" + table(header, rows, numeric: Set(5...10))
            + "</section>\n"
    }

    private func attendance() -> String {
        let summary = report.attendance
        var html = "<section id=\"attendance\">\n<h2>\(e(t(.findingsAttendance)))</h2>\n<dl class=\"glance\">\n"
        var items = [
            (t(.findingsRegistered), summary.registered), (t(.findingsAttended), summary.attended),
            (t(.findingsPresent), summary.present), (t(.findingsAbsent), summary.absent), (t(.findingsWalkIns), summary.walkIns),
        ]
        if summary.notCheckedIn > 0 { items.append((t(.findingsNotCheckedIn), summary.notCheckedIn)) }
        html += items.map { "<div><dt>\(e($0.0))</dt><dd>\($0.1)</dd></div>\n" }.joined() + "</dl>\n"
        if !summary.attendanceTaken { html += "<p class=\"summary\">\(e(t(.findingsAttendanceNotTaken)))</p>\n" }
        for (heading, groups, column) in [
            (t(.findingsByInstitution), summary.byInstitution, t(.findingsInstitution)),
            (t(.findingsByRegion), summary.byRegion, t(.findingsRegion)),
        ] where !groups.isEmpty {
            html += "<h3>\(e(heading))</h3>\n"
            html += table(
                [column, t(.findingsRegistered), t(.findingsAttended), t(.findingsAbsent), t(.findingsWalkIns)],
                groups.map {
                    [
                        wording.groupName($0.name), String($0.registered), String($0.attended), String($0.absent),
                        String($0.walkIns),
                    ]
                }, numeric: [1, 2, 3, 4])
        }
        return html + "</section>\n"
    }

    private func heatMap() -> String {
        let columns = report.dimensionColumns
        guard !columns.isEmpty, !report.questions.isEmpty else { return "" }
        let values = report.questions.map { question in
            columns.map { column in question.dimensions.first { $0.key == column.key }?.notes }
        }
        let svg = SVGChart.heatMap(
            title: t(.findingsHeatMap), rows: report.questions.map { "\($0.position). \($0.title)" },
            columns: columns.map { wording.dimensionTitle($0.title) }, values: values)
        return "<section id=\"heat-map\">\n<h2>\(e(t(.findingsHeatMap)))</h2>\n<figure>\n\(svg)\n</figure>\n</section>\n"
    }

    private func question(_ question: FindingsQuestion) -> String {
        var html = "<section class=\"question\" id=\"q\(question.position)\">\n<h2>\(e(wording.questionHeading(question)))</h2>\n"
        if question.text != question.title { html += "<blockquote>\(e(question.text))</blockquote>\n" }
        var summary = t(.findingsQuestionSummary, ["notes": String(question.notes), "tables": String(question.tables)])
        if report.isCombined {
            summary +=
                " · "
                + t(
                    .findingsHeldIn,
                    ["sessions": question.sources.map { wording.sessionName($0.session) }.joined(separator: ", ")])
        }
        html += "<p class=\"summary\">\(e(summary))</p>\n"
        html += "<h3>\(e(t(.findingsConclusions)))</h3>\n"
        if question.votes.isEmpty { html += "<p>\(e(t(.findingsNoConclusions)))</p>\n" }
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
        for dimension in question.dimensions {
            html += "<h4>\(e(wording.dimensionTitle(dimension.title)))</h4>\n"
            html +=
                "<p class=\"meta\">\(e(t(.findingsDimensionSummary, ["notes": String(dimension.notes), "tables": String(dimension.tables), "themes": String(dimension.themes.count)])))</p>\n"
            if dimension.themes.isEmpty { html += "<p>\(e(t(.findingsNoNotes)))</p>\n" }
            for theme in dimension.themes { html += self.theme(theme) }
        }
        return html + "</section>\n"
    }

    private func dimensionTitle(_ question: FindingsQuestion, _ key: String) -> String {
        question.dimensions.first { $0.key == key }?.title ?? ""
    }

    private func vote(_ vote: FindingsVote) -> String {
        var html = ""
        if report.isCombined { html += "<h4>\(e(t(.findingsVoteOf, ["session": wording.sessionName(vote.session)])))</h4>\n" }
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
            [
                t(.findingsColumnRank), "", t(.findingsColumnConclusion), t(.findingsColumnVotes), t(.findingsColumnOutcome),
                t(.findingsColumnTables),
            ],
            vote.conclusions.map {
                [
                    String($0.rank), $0.id, $0.text, String($0.total), wording.outcome($0.outcome),
                    $0.tables.map(String.init).joined(separator: ", "),
                ]
            }, numeric: [0, 3], rowClasses: vote.conclusions.map { $0.outcome == "not-kept" ? "" : $0.outcome })
        if !vote.byVoter.isEmpty {
            html += "<details>\n<summary>\(e(t(.resultsBallots)))</summary>\n<ul>\n"
            for ballot in vote.byVoter {
                html +=
                    "<li>\(e(ballot.voter)): \(e(ballot.marks.map { "\($0.candidate)=\($0.value)" }.joined(separator: ", ")))</li>\n"
            }
            html += "</ul>\n</details>\n"
        }
        return html
    }

    private func theme(_ theme: FindingsTheme) -> String {
        var html =
            "<article class=\"theme\" id=\"\(e(theme.id))\">\n<h5>\(e(theme.name)) <span class=\"id\">\(e(theme.id))</span>"
        if theme.curated { html += "<span class=\"tag\">\(e(t(.findingsCurated)))</span>" }
        html += "</h5>\n"
        var meta = [wording.counts(theme.counts), t(.findingsTablesList, ["tables": wording.tables(theme.tables)])]
        if report.isCombined {
            meta.append(t(.findingsSessionsList, ["sessions": theme.sessions.map { "S\($0)" }.joined(separator: ", ")]))
        }
        html += "<p class=\"meta\">\(e(meta.joined(separator: " · ")))</p>\n"
        if theme.customName != nil { html += "<p>\(e(t(.findingsRepresentative, ["text": theme.label])))</p>\n" }
        if !theme.keywords.isEmpty {
            html += "<p class=\"meta\">\(e(t(.findingsKeywords, ["keywords": theme.keywords.joined(separator: ", ")])))</p>\n"
        }
        if theme.notes.count > 1 || theme.customName != nil {
            html +=
                "<details open>\n<summary>\(e(t(.findingsThemeNotes, ["count": String(theme.notes.count)])))</summary>\n<ul>\n"
            for reference in theme.notes {
                guard let note = report.note(reference) else { continue }
                let table = report.tableLabel(TableReference(session: reference.session, table: note.table))
                html +=
                    "<li>\(e(note.text)) <span class=\"ref\">\(e(report.noteLabel(reference))) · "
                    + "\(e(t(.findingsColumnTable))) \(e(table))</span></li>\n"
            }
            html += "</ul>\n</details>\n"
        }
        return html + "</article>\n"
    }

    private func crossCutting() -> String {
        var html = "<section id=\"cross-cutting\">\n<h2>\(e(t(.findingsCrossCutting)))</h2>\n"
        html += "<p class=\"summary\">\(e(t(.findingsCrossCuttingIntro)))</p>\n"
        if report.crossCutting.isEmpty {
            html += "<p>\(e(t(.findingsNoCrossCutting)))</p>\n"
        } else {
            html += "<ol>\n"
            for item in report.crossCutting {
                let questions = item.questions.map(String.init).joined(separator: ", ")
                html +=
                    "<li><strong>\(e(item.label))</strong>\n<div class=\"meta\">"
                    + e(
                        t(
                            .findingsCrossCuttingWhere,
                            ["questions": questions, "dimensions": item.dimensions.joined(separator: ", ")]))
                    + " · " + e(wording.counts(item.counts)) + "</div>\n"
                if !item.keywords.isEmpty {
                    html +=
                        "<div class=\"meta\">\(e(t(.findingsKeywords, ["keywords": item.keywords.joined(separator: ", ")])))</div>\n"
                }
                let links = item.relatedThemes.map { "<a href=\"#\(e($0))\">\(e($0))</a>" }.joined(separator: ", ")
                let placeholder = "\u{E000}"
                let sentence = e(t(.findingsRelatedThemes, ["themes": placeholder]))
                html +=
                    "<div class=\"meta\">"
                    + sentence.split(separator: placeholder, omittingEmptySubsequences: false)
                    .joined(separator: links) + "</div></li>\n"
            }
            html += "</ol>\n"
        }
        if !report.crossCuttingConcepts.isEmpty {
            html += "<h3>\(e(t(.findingsConcepts)))</h3>\n<ul>\n"
            for concept in report.crossCuttingConcepts.prefix(10) {
                html +=
                    "<li>"
                    + e(
                        t(
                            .findingsConceptLine,
                            [
                                "label": concept.label, "breadth": String(concept.breadth), "notes": String(concept.counts.notes),
                                "tables": String(concept.counts.tables),
                            ])) + "</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    private func agenda() -> String {
        var html = "<section id=\"agenda\">\n<h2>\(e(t(.findingsAgenda)))</h2>\n"
        let f = wording.formatting
        for session in report.sessions {
            if report.isCombined { html += "<h3>\(e(wording.sessionName(session.position) + " · " + session.title))</h3>\n" }
            let agenda = session.agenda
            if let state = wording.agendaState(agenda) { html += "<p class=\"notice\">\(e(state))</p>\n" }
            html += table(
                [
                    "#", t(.findingsColumnPhase), t(.findingsColumnPlanned), t(.findingsColumnActual),
                    t(.findingsColumnDifference),
                    t(.findingsColumnStart), t(.findingsColumnEnd), t(.findingsColumnRemarks),
                ],
                agenda.phases.map { phase in
                    [
                        String(phase.number), phase.title, f.duration(phase.plannedSeconds),
                        phase.actualSeconds.map(f.duration) ?? "–", phase.differenceSeconds.map(f.difference) ?? "–",
                        phase.startedAt.map(f.clock) ?? "–", phase.endedAt.map(f.clock) ?? "–", wording.remarks(phase),
                    ]
                }, numeric: [0, 2, 3, 4])
            if let totals = wording.agendaTotals(agenda) { html += "<p class=\"summary\">\(e(totals))</p>\n" }
            if session.tables.contains(where: { $0.facilitator != nil || $0.systematiser != nil || !$0.hosts.isEmpty }) {
                html += "<h3>\(e(t(.findingsTablesHeading)))</h3>\n"
                html += table(
                    [
                        t(.findingsColumnTable), t(.findingsColumnFacilitator), t(.findingsColumnSystematiser),
                        t(.findingsColumnHosts),
                    ],
                    session.tables.map {
                        [String($0.number), $0.facilitator ?? "", $0.systematiser ?? "", $0.hosts.joined(separator: ", ")]
                    },
                    numeric: [0])
            }
        }
        return html + "</section>\n"
    }
}
