/// What the findings report shows, before any markup: its sections in order, each one's
/// heading, and the facts, tables (header, rows, numeric columns) and lists it holds. The
/// Markdown and HTML renderers take their content from here and decide only the markup and
/// the escaping, so both formats show the same things in the same order. Sentences come from
/// ``FindingsWording``.
struct FindingsContent: Sendable {
    /// A section of the report.
    enum Section: Sendable {
        case glance
        /// Only in a combined report.
        case sessions
        case attendance
        /// Only when the questions have dimensions.
        case heatMap(HeatMap)
        case question(FindingsQuestion)
        case crossCutting
        case agenda
        case about
    }

    /// A table before markup: header cells, rows of cells, and the columns that hold numbers
    /// (aligned right).
    struct Table: Sendable {
        var header: [String]
        var rows: [[String]]
        var numeric: Set<Int>
    }

    /// Notes per question (rows) and dimension (columns); nil where a question does not have
    /// the dimension.
    struct HeatMap: Sendable {
        var rows: [String]
        var columns: [String]
        var values: [[Int?]]
    }

    /// A note listed under its theme: its text, its label (`#12`, `S2 #12`) and its table.
    struct NoteLine: Sendable {
        var text: String
        var label: String
        var table: String
    }

    /// The shared wording.
    let wording: FindingsWording

    private var report: FindingsReport { wording.report }
    private func t(_ key: TextKey, _ values: [String: String] = [:]) -> String { wording.text(key, values) }

    // MARK: Sections

    /// The sections, in the order the report shows them.
    var sections: [Section] {
        var sections: [Section] = [.glance]
        if report.isCombined { sections.append(.sessions) }
        sections.append(.attendance)
        if let heatMap { sections.append(.heatMap(heatMap)) }
        sections += report.questions.map { .question($0) }
        return sections + [.crossCutting, .agenda, .about]
    }

    /// A section's heading (also its entry in a table of contents).
    func heading(_ section: Section) -> String {
        switch section {
        case .glance: return t(.findingsAtAGlance)
        case .sessions: return t(.findingsSessions)
        case .attendance: return t(.findingsAttendance)
        case .heatMap: return t(.findingsHeatMap)
        case .question(let question): return wording.questionHeading(question)
        case .crossCutting: return t(.findingsCrossCutting)
        case .agenda: return t(.findingsAgenda)
        case .about: return t(.findingsAbout)
        }
    }

    /// Date, place and method under the title of a one-session report; nil for a combined one.
    var facts: String? {
        guard !report.isCombined, let session = report.sessions.first else { return nil }
        return wording.facts(session)
    }

    /// The numbers the report opens with.
    var glance: [(label: String, value: Int)] { wording.glance(report.totals) }

    /// One row per session of a combined report: where, when, how, and its counts.
    var sessionsTable: Table {
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
        return Table(header: header, rows: rows, numeric: Set(5...10))
    }

    // MARK: Attendance

    /// Registered, attended, present, absent, walk-ins, and not checked in when some were not.
    var attendanceFacts: [(label: String, value: Int)] {
        let summary = report.attendance
        var facts = [
            (t(.findingsRegistered), summary.registered), (t(.findingsAttended), summary.attended),
            (t(.findingsPresent), summary.present), (t(.findingsAbsent), summary.absent),
            (t(.findingsWalkIns), summary.walkIns),
        ]
        if summary.notCheckedIn > 0 { facts.append((t(.findingsNotCheckedIn), summary.notCheckedIn)) }
        return facts
    }

    /// The sentence saying attendance was not taken, if it was not.
    var attendanceNotice: String? { report.attendance.attendanceTaken ? nil : t(.findingsAttendanceNotTaken) }

    /// Attendance by institution and by region (those the roster gave), each under its heading.
    var attendanceTables: [(heading: String, table: Table)] {
        let summary = report.attendance
        let groupings = [
            (t(.findingsByInstitution), summary.byInstitution, t(.findingsInstitution)),
            (t(.findingsByRegion), summary.byRegion, t(.findingsRegion)),
        ]
        return groupings.filter { !$0.1.isEmpty }.map { heading, groups, column in
            let header = [column, t(.findingsRegistered), t(.findingsAttended), t(.findingsAbsent), t(.findingsWalkIns)]
            let rows = groups.map {
                [wording.groupName($0.name), String($0.registered), String($0.attended), String($0.absent), String($0.walkIns)]
            }
            return (heading, Table(header: header, rows: rows, numeric: [1, 2, 3, 4]))
        }
    }

    /// Notes per question and dimension; nil without questions or dimensions.
    var heatMap: HeatMap? {
        let columns = report.dimensionColumns
        guard !columns.isEmpty, !report.questions.isEmpty else { return nil }
        return HeatMap(
            rows: report.questions.map { "\($0.position). \($0.title)" },
            columns: columns.map { wording.dimensionTitle($0.title) },
            values: report.questions.map { question in
                columns.map { column in question.dimensions.first { $0.key == column.key }?.notes }
            })
    }

    // MARK: Questions

    /// The question's full text, when it says more than its title.
    func quote(_ question: FindingsQuestion) -> String? { question.text == question.title ? nil : question.text }

    /// What the method's chapter says it gathers, when it says more than the question.
    func chapterSummary(_ question: FindingsQuestion) -> String? {
        guard let summary = question.chapter?.summary, !summary.isEmpty, summary != question.text else { return nil }
        return summary
    }

    /// Whether the question's section opens with its conclusions: always when it was voted
    /// on; otherwise unless its method's chapter leaves them out.
    func showsConclusions(_ question: FindingsQuestion) -> Bool {
        !question.votes.isEmpty || (question.chapter?.showsConclusions ?? true)
    }

    /// The most themes a breakdown by table or round lists.
    static let breakdownThemes = 15

    /// For a chapter that groups notes by table or by round: its heading, a sentence, and a
    /// table of the most mentioned themes with their notes per table or round.
    func breakdown(_ question: FindingsQuestion) -> (heading: String, note: String, table: Table)? {
        guard let chapter = question.chapter, chapter.grouping != .canvasSection, !chapter.groups.isEmpty else { return nil }
        let themes = question.themes.filter { chapter.themeNotes[$0.id] != nil }
        let shown = themes.enumerated().sorted {
            let (a, b) = (chapter.themeNotes[$0.element.id] ?? [], chapter.themeNotes[$1.element.id] ?? [])
            let (ta, tb) = (a.reduce(0, +), b.reduce(0, +))
            return ta != tb ? ta > tb : $0.offset < $1.offset
        }.prefix(Self.breakdownThemes).map(\.element)
        let byTable = chapter.grouping == .table
        let header =
            [t(.findingsColumnTheme), ""]
            + chapter.groups.map {
                byTable ? t(.findingsColumnTable) + " " + $0.label : $0.label
            } + [t(.findingsColumnTotal)]
        let rows = shown.map { theme -> [String] in
            let counts = chapter.themeNotes[theme.id] ?? []
            return [theme.name, theme.id] + counts.map { $0 == 0 ? "" : String($0) } + [String(counts.reduce(0, +))]
        }
        let values = ["shown": String(shown.count), "total": String(themes.count)]
        return (
            t(byTable ? .findingsThemesByTable : .findingsThemesByRound),
            t(byTable ? .findingsBreakdownByTable : .findingsBreakdownByRound, values),
            Table(header: header, rows: rows, numeric: Set(2..<header.count))
        )
    }

    /// `Vote of S2 (Temuco)` above each vote of a combined report; nil in a one-session report.
    func voteHeading(_ vote: FindingsVote) -> String? {
        report.isCombined ? t(.findingsVoteOf, ["session": wording.sessionName(vote.session)]) : nil
    }

    /// Every candidate conclusion of a vote: rank, id, text, votes, outcome, proposing tables.
    func conclusionsTable(_ vote: FindingsVote) -> Table {
        let header = [
            t(.findingsColumnRank), "", t(.findingsColumnConclusion), t(.findingsColumnVotes), t(.findingsColumnOutcome),
            t(.findingsColumnTables),
        ]
        let rows = vote.conclusions.map {
            [
                String($0.rank), $0.id, $0.text, String($0.total), wording.outcome($0.outcome),
                $0.tables.map(String.init).joined(separator: ", "),
            ]
        }
        return Table(header: header, rows: rows, numeric: [0, 3])
    }

    /// Each voter's marks (`C1=2, C3=1`), when the session's ballots are open.
    func ballots(_ vote: FindingsVote) -> [(voter: String, marks: String)] {
        vote.byVoter.map { ballot in (ballot.voter, ballot.marks.map { "\($0.candidate)=\($0.value)" }.joined(separator: ", ")) }
    }

    /// What a theme's line says about it: its counts, its tables, and its sessions in a
    /// combined report.
    func themeFacts(_ theme: FindingsTheme) -> [String] {
        var facts = [wording.counts(theme.counts), t(.findingsTablesList, ["tables": wording.tables(theme.tables)])]
        if report.isCombined {
            facts.append(t(.findingsSessionsList, ["sessions": theme.sessions.map { "S\($0)" }.joined(separator: ", ")]))
        }
        return facts
    }

    /// The notes listed under a theme: nil for a theme of one note that still bears that
    /// note's words (the name says it all).
    func noteLines(_ theme: FindingsTheme) -> [NoteLine]? {
        guard theme.notes.count > 1 || theme.customName != nil else { return nil }
        return theme.notes.compactMap { reference in
            guard let note = report.note(reference) else { return nil }
            let table = report.tableLabel(TableReference(session: reference.session, table: note.table))
            return NoteLine(text: note.text, label: report.noteLabel(reference), table: table)
        }
    }

    // MARK: Cross-cutting themes

    /// The ten broadest cross-cutting concepts, one sentence each.
    var concepts: [String] { report.crossCuttingConcepts.prefix(10).map(wording.conceptLine) }

    // MARK: Agenda

    /// `S2 (Temuco) · title` above each session's agenda in a combined report; nil otherwise.
    func agendaHeading(_ session: FindingsSession) -> String? {
        report.isCombined ? wording.sessionName(session.position) + " · " + session.title : nil
    }

    /// One row per phase: planned and actual durations, the difference, start, end, remarks.
    func phasesTable(_ agenda: AgendaRun) -> Table {
        let f = wording.formatting
        let header = [
            "#", t(.findingsColumnPhase), t(.findingsColumnPlanned), t(.findingsColumnActual), t(.findingsColumnDifference),
            t(.findingsColumnStart), t(.findingsColumnEnd), t(.findingsColumnRemarks),
        ]
        let rows = agenda.phases.map { phase in
            [
                String(phase.number), phase.title, f.duration(phase.plannedSeconds),
                phase.actualSeconds.map(f.duration) ?? "–", phase.differenceSeconds.map(f.difference) ?? "–",
                phase.startedAt.map(f.clock) ?? "–", phase.endedAt.map(f.clock) ?? "–", wording.remarks(phase),
            ]
        }
        return Table(header: header, rows: rows, numeric: [0, 2, 3, 4])
    }

    /// Who held each table (facilitator, systematiser, hosts); nil when the session names nobody.
    func hostsTable(_ session: FindingsSession) -> Table? {
        guard session.tables.contains(where: { $0.facilitator != nil || $0.systematiser != nil || !$0.hosts.isEmpty })
        else { return nil }
        let header = [
            t(.findingsColumnTable), t(.findingsColumnFacilitator), t(.findingsColumnSystematiser), t(.findingsColumnHosts),
        ]
        let rows = session.tables.map {
            [String($0.number), $0.facilitator ?? "", $0.systematiser ?? "", $0.hosts.joined(separator: ", ")]
        }
        return Table(header: header, rows: rows, numeric: [0])
    }
}
