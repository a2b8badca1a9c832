/// The findings report as Markdown (CommonMark with GitHub-style tables), readable as plain
/// text and rendered well by GitHub, GitLab, VS Code, Obsidian and pandoc. All user text goes
/// through ``MarkdownText/inline(_:)``.
public struct FindingsMarkdownRenderer: Sendable {
    /// The shared wording.
    public let wording: FindingsWording

    /// Creates the renderer.
    public init(wording: FindingsWording) { self.wording = wording }

    private var report: FindingsReport { wording.report }
    private func md(_ text: String) -> String { MarkdownText.inline(text) }
    private func t(_ key: TextKey, _ values: [String: String] = [:]) -> String { wording.text(key, values) }

    /// The document.
    public func render() -> String {
        var out = "# \(md(report.title))\n\n"
        out += "*\(md(wording.kind))*"
        if !report.isCombined, let session = report.sessions.first { out += " · \(md(wording.facts(session)))" }
        out += "\n\n"
        out += "## \(md(t(.findingsAtAGlance)))\n\n"
        out += wording.glance(report.totals).map { "- **\($0.value)** \(md($0.label))" }.joined(separator: "\n") + "\n\n"
        if report.isCombined { out += sessionsTable() }
        out += attendance()
        out += heatMap()
        for question in report.questions { out += self.question(question) }
        out += crossCutting()
        out += agenda()
        out += "## \(md(t(.findingsAbout)))\n\n"
        out += wording.about.map(md).joined(separator: "\n\n") + "\n"
        return out
    }

    // MARK: Sections

    private func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        var out = "| " + header.map(MarkdownText.cell).joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map(MarkdownText.cell).joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    private func sessionsTable() -> String {
        var out = "## \(md(t(.findingsSessions)))\n\n"
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
        return out + table(header, rows, numeric: Set(5...10))
    }

    private func attendance() -> String {
        let summary = report.attendance
        var out = "## \(md(t(.findingsAttendance)))\n\n"
        var lines = [
            (t(.findingsRegistered), summary.registered), (t(.findingsAttended), summary.attended),
            (t(.findingsPresent), summary.present), (t(.findingsAbsent), summary.absent),
            (t(.findingsWalkIns), summary.walkIns),
        ]
        if summary.notCheckedIn > 0 { lines.append((t(.findingsNotCheckedIn), summary.notCheckedIn)) }
        out += lines.map { "- \(md($0.0)): **\($0.1)**" }.joined(separator: "\n") + "\n\n"
        if !summary.attendanceTaken { out += "\(md(t(.findingsAttendanceNotTaken)))\n\n" }
        for (heading, groups, column) in [
            (t(.findingsByInstitution), summary.byInstitution, t(.findingsInstitution)),
            (t(.findingsByRegion), summary.byRegion, t(.findingsRegion)),
        ] where !groups.isEmpty {
            out += "### \(md(heading))\n\n"
            out += table(
                [column, t(.findingsRegistered), t(.findingsAttended), t(.findingsAbsent), t(.findingsWalkIns)],
                groups.map {
                    [
                        wording.groupName($0.name), String($0.registered), String($0.attended), String($0.absent),
                        String($0.walkIns),
                    ]
                }, numeric: [1, 2, 3, 4])
        }
        return out
    }

    private func heatMap() -> String {
        let columns = report.dimensionColumns
        guard !columns.isEmpty, !report.questions.isEmpty else { return "" }
        var out = "## \(md(t(.findingsHeatMap)))\n\n"
        let header = [""] + columns.map { wording.dimensionTitle($0.title) }
        let rows = report.questions.map { question in
            ["\(question.position). \(question.title)"]
                + columns.map { column in
                    question.dimensions.first { $0.key == column.key }.map { String($0.notes) } ?? "–"
                }
        }
        out += table(header, rows, numeric: Set(1...columns.count))
        return out
    }

    private func question(_ question: FindingsQuestion) -> String {
        var out = "## \(md(wording.questionHeading(question)))\n\n"
        if question.text != question.title { out += "> \(md(question.text))\n\n" }
        out += md(t(.findingsQuestionSummary, ["notes": String(question.notes), "tables": String(question.tables)]))
        if report.isCombined {
            out +=
                " · "
                + md(
                    t(
                        .findingsHeldIn,
                        ["sessions": question.sources.map { wording.sessionName($0.session) }.joined(separator: ", ")]))
        }
        out += "\n\n"
        out += "### \(md(t(.findingsConclusions)))\n\n"
        if question.votes.isEmpty { out += "\(md(t(.findingsNoConclusions)))\n\n" }
        for vote in question.votes {
            if report.isCombined { out += "**\(md(t(.findingsVoteOf, ["session": wording.sessionName(vote.session)])))**\n\n" }
            out += "*\(md(wording.voteSummary(vote)))*\n\n"
            let kept = vote.keptConclusions
            if !kept.isEmpty {
                out +=
                    kept.enumerated().map { "\($0.offset + 1). **\(md($0.element.text))** (\($0.element.total))" }
                    .joined(separator: "\n") + "\n\n"
            }
            if let tie = wording.tieSentence(vote) { out += "\(md(tie))\n\n" }
            out += table(
                [
                    t(.findingsColumnRank), "", t(.findingsColumnConclusion), t(.findingsColumnVotes), t(.findingsColumnOutcome),
                    t(.findingsColumnTables),
                ],
                vote.conclusions.map {
                    [
                        String($0.rank), $0.id, $0.text, String($0.total), wording.outcome($0.outcome),
                        $0.tables.map(String.init).joined(separator: ", "),
                    ]
                }, numeric: [0, 3])
            if !vote.byVoter.isEmpty {
                out += "\(md(t(.resultsBallots)))\n\n"
                out +=
                    vote.byVoter.map { ballot in
                        "- \(md(ballot.voter)): " + md(ballot.marks.map { "\($0.candidate)=\($0.value)" }.joined(separator: ", "))
                    }.joined(separator: "\n") + "\n\n"
            }
        }
        out += "### \(md(t(.findingsThemesHeading)))\n\n"
        for dimension in question.dimensions {
            out += "#### \(md(wording.dimensionTitle(dimension.title)))\n\n"
            out +=
                "*"
                + md(
                    t(
                        .findingsDimensionSummary,
                        [
                            "notes": String(dimension.notes), "tables": String(dimension.tables),
                            "themes": String(dimension.themes.count),
                        ]))
                + "*\n\n"
            if dimension.themes.isEmpty {
                out += "\(md(t(.findingsNoNotes)))\n\n"
                continue
            }
            for theme in dimension.themes { out += self.theme(theme) }
        }
        return out
    }

    private func theme(_ theme: FindingsTheme) -> String {
        var details = [wording.counts(theme.counts), t(.findingsTablesList, ["tables": wording.tables(theme.tables)])]
        if report.isCombined {
            details.append(t(.findingsSessionsList, ["sessions": theme.sessions.map { "S\($0)" }.joined(separator: ", ")]))
        }
        if theme.curated { details.append(t(.findingsCurated)) }
        var out = "- **\(md(theme.name))** `\(theme.id)` — \(md(details.joined(separator: " · ")))\n"
        if theme.customName != nil { out += "  - \(md(t(.findingsRepresentative, ["text": theme.label])))\n" }
        if !theme.keywords.isEmpty {
            out += "  - \(md(t(.findingsKeywords, ["keywords": theme.keywords.joined(separator: ", ")])))\n"
        }
        if theme.notes.count > 1 || theme.customName != nil {
            for reference in theme.notes {
                guard let note = report.note(reference) else { continue }
                let table = report.tableLabel(TableReference(session: reference.session, table: note.table))
                out +=
                    "  - \(md(note.text)) (\(report.noteLabel(reference)), \(MarkdownText.cell(t(.findingsColumnTable).lowercased()))"
                    + " \(table))\n"
            }
        }
        return out + (theme.notes.isEmpty ? "" : "\n")
    }

    private func crossCutting() -> String {
        var out = "## \(md(t(.findingsCrossCutting)))\n\n\(md(t(.findingsCrossCuttingIntro)))\n\n"
        if report.crossCutting.isEmpty { out += "\(md(t(.findingsNoCrossCutting)))\n\n" }
        for item in report.crossCutting {
            let questions = item.questions.map(String.init).joined(separator: ", ")
            out +=
                "\(item.rank). **\(md(item.label))** — "
                + md(
                    t(
                        .findingsCrossCuttingWhere,
                        ["questions": questions, "dimensions": item.dimensions.joined(separator: ", ")]))
                + " · " + md(wording.counts(item.counts)) + "\n"
            if !item.keywords.isEmpty {
                out += "   - \(md(t(.findingsKeywords, ["keywords": item.keywords.joined(separator: ", ")])))\n"
            }
            out += "   - \(md(t(.findingsRelatedThemes, ["themes": item.relatedThemes.joined(separator: ", ")])))\n"
        }
        if !report.crossCutting.isEmpty { out += "\n" }
        if !report.crossCuttingConcepts.isEmpty {
            out += "### \(md(t(.findingsConcepts)))\n\n"
            for concept in report.crossCuttingConcepts.prefix(10) {
                out +=
                    "- "
                    + md(
                        t(
                            .findingsConceptLine,
                            [
                                "label": concept.label, "breadth": String(concept.breadth), "notes": String(concept.counts.notes),
                                "tables": String(concept.counts.tables),
                            ])) + "\n"
            }
            out += "\n"
        }
        return out
    }

    private func agenda() -> String {
        var out = "## \(md(t(.findingsAgenda)))\n\n"
        for session in report.sessions {
            if report.isCombined { out += "### \(md(wording.sessionName(session.position) + " · " + session.title))\n\n" }
            let agenda = session.agenda
            if let state = wording.agendaState(agenda) { out += "\(md(state))\n\n" }
            let f = wording.formatting
            out += table(
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
            if let totals = wording.agendaTotals(agenda) { out += "\(md(totals))\n\n" }
            if !session.tables.isEmpty,
                session.tables.contains(where: { $0.facilitator != nil || $0.systematiser != nil || !$0.hosts.isEmpty })
            {
                out += "#### \(md(t(.findingsTablesHeading)))\n\n"
                out += table(
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
        return out
    }
}
