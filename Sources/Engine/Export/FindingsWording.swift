/// The sentences and labels the findings renderers share, so that Markdown, HTML and the
/// codebooks say the same things in the same words.
public struct FindingsWording: Sendable {
    /// The report.
    public let report: FindingsReport
    /// The report's language.
    public let localizer: Localizer
    /// Durations, dates and times.
    public let formatting: ReportFormatting

    /// Creates the wording of `report`; clock times are shifted by `utcOffsetMinutes`.
    public init(report: FindingsReport, utcOffsetMinutes: Int = 0) {
        self.report = report
        localizer = Localizer(language: report.language)
        formatting = ReportFormatting(localizer: localizer, utcOffsetMinutes: utcOffsetMinutes)
    }

    /// A localised text.
    public func text(_ key: TextKey, _ values: [String: String] = [:]) -> String { localizer.text(key, values) }

    /// `Findings report` or `Combined findings report of 2 sessions`.
    public var kind: String {
        report.isCombined ? text(.findingsCombinedKind, ["count": String(report.sessions.count)]) : text(.findingsReportKind)
    }

    /// Date, place and method of a session, as one line.
    public func facts(_ session: FindingsSession) -> String {
        var facts: [String] = []
        if let date = session.date { facts.append(formatting.longDate(date)) }
        if let place = session.place, !place.isEmpty { facts.append(place) }
        facts.append(text(.findingsMethod, ["method": session.methodName ?? session.method]))
        return facts.joined(separator: " · ")
    }

    /// `Session 2 (Temuco)`: a session's short name in a combined report.
    public func sessionName(_ position: Int) -> String {
        guard let session = report.session(position) else { return "S\(position)" }
        let detail = session.place ?? session.date ?? session.title
        return "S\(position) (\(detail))"
    }

    /// The numbers the report opens with, as (label, value) pairs; institutions and regions
    /// only when the roster gave them.
    public func glance(_ counts: FindingsCounts) -> [(label: String, value: Int)] {
        var pairs = [(label: String, value: Int)]()
        pairs.append((text(.findingsCountParticipants), counts.participants))
        if counts.institutions > 0 { pairs.append((text(.findingsCountInstitutions), counts.institutions)) }
        if counts.regions > 0 { pairs.append((text(.findingsCountRegions), counts.regions)) }
        return pairs + [
            (text(.findingsCountTables), counts.tables),
            (text(.findingsCountQuestions), counts.questions),
            (text(.findingsCountRounds), counts.rounds),
            (text(.findingsCountNotes), counts.notes),
            (text(.findingsCountThemes), counts.themes),
            (text(.findingsCountKept), counts.conclusionsKept),
        ]
    }

    /// `Question 2: Barriers and gaps`.
    public func questionHeading(_ question: FindingsQuestion) -> String {
        let number = String(question.position)
        // A method's chapter title shows when the question's title does not already say it.
        if let chapter = question.chapter?.title, !chapter.isEmpty,
            !VoterLookup.normalize(question.title).contains(VoterLookup.normalize(chapter))
        {
            return text(.findingsChapterHeading, ["number": number, "chapter": chapter, "title": question.title])
        }
        return text(.findingsQuestionHeading, ["number": number, "title": question.title])
    }

    /// A dimension's title, `No dimension` for notes filed under none.
    public func dimensionTitle(_ title: String) -> String { title.isEmpty ? text(.findingsNoDimension) : title }

    /// `notes: 5 · tables: 3 · rounds: 2`.
    public func counts(_ counts: MentionCounts) -> String {
        text(
            .findingsThemeCounts,
            ["notes": String(counts.notes), "tables": String(counts.tables), "rounds": String(counts.rounds)])
    }

    /// The tables of a theme: `1, 3, 5` (or `S1·1, S2·4`).
    public func tables(_ tables: [TableReference]) -> String { tables.map(report.tableLabel).joined(separator: ", ") }

    /// `dot voting (2 dots per person) · keeps 3 · ballots: 56...`.
    public func voteSummary(_ vote: FindingsVote) -> String {
        let rule: String
        switch vote.rule {
        case "dots": rule = text(.findingsRuleDots, ["budget": String(vote.budget ?? 0)])
        case "approval": rule = text(.findingsRuleApproval)
        case "borda": rule = text(.findingsRuleBorda)
        case "score": rule = text(.findingsRuleScore)
        default: rule = vote.rule
        }
        return text(
            .resultsSummary,
            [
                "rule": rule, "keep": String(vote.keep), "ballots": String(vote.ballots), "tallies": String(vote.tallies),
                "status": text(vote.closed ? .resultsClosed : .resultsOpen),
            ])
    }

    /// The tie sentence of a vote, if any.
    public func tieSentence(_ vote: FindingsVote) -> String? {
        if !vote.tied.isEmpty {
            return text(.findingsTieOpen, ["tied": vote.tied.joined(separator: ", "), "places": String(vote.openPlaces)])
        }
        if vote.tieBreakKeptAll { return text(.resultsTieKeptAll) }
        if let order = vote.tieBreak { return text(.resultsTieBroken, ["order": order.joined(separator: ", ")]) }
        return nil
    }

    /// `kept`, `tied` or nothing.
    public func outcome(_ outcome: String) -> String {
        switch outcome {
        case "kept": return text(.findingsOutcomeKept)
        case "tied": return text(.findingsOutcomeTied)
        default: return ""
        }
    }

    /// Remarks on a phase run: extended, paused, ran again, not run, running.
    public func remarks(_ phase: AgendaRun.Phase) -> String {
        guard phase.actualSeconds != nil else { return text(.findingsNotRun) }
        var remarks: [String] = []
        if phase.isRunning { remarks.append(text(.findingsRunning)) }
        if phase.extensionSeconds != 0 {
            remarks.append(text(.findingsExtended, ["amount": formatting.difference(phase.extensionSeconds)]))
        }
        if phase.pauses > 0 {
            remarks.append(
                text(.findingsPaused, ["count": String(phase.pauses), "duration": formatting.duration(phase.pausedSeconds)]))
        }
        if phase.runs > 1 { remarks.append(text(.findingsRanAgain, ["count": String(phase.runs)])) }
        return remarks.joined(separator: "; ")
    }

    /// The totals line of an agenda.
    public func agendaTotals(_ agenda: AgendaRun) -> String? {
        guard agenda.startedAt != nil else { return nil }
        return text(
            .findingsAgendaTotals,
            [
                "planned": formatting.duration(agenda.plannedSeconds), "actual": formatting.duration(agenda.actualSeconds),
                "elapsed": agenda.elapsedSeconds.map(formatting.duration) ?? "-",
            ])
    }

    /// `The session has not started.` or `...not been finished...`, if so.
    public func agendaState(_ agenda: AgendaRun) -> String? {
        if agenda.startedAt == nil { return text(.findingsAgendaNotStarted) }
        if agenda.finishedAt == nil { return text(.findingsAgendaNotFinished) }
        return nil
    }

    /// The paragraphs of the "About this report" section.
    public var about: [String] {
        let language = text(report.analysisLanguage == .english ? .findingsLanguageEnglish : .findingsLanguageSpanish)
        var lines = [
            text(.findingsAboutText, ["similarity": ReportFormatting.decimal(report.similarity), "language": language])
        ]
        if report.anonymised { lines.append(text(.findingsAboutAnonymised)) }
        if !report.staleCorrections.isEmpty {
            let events = report.staleCorrections.map { report.isCombined ? "S\($0.session) #\($0.sequence)" : "#\($0.sequence)" }
            lines.append(
                text(
                    .findingsAboutStale,
                    ["count": String(report.staleCorrections.count), "events": events.joined(separator: ", ")]))
        }
        if !report.spellingCorrections.isEmpty {
            let shown = report.spellingCorrections.prefix(20).map { "\($0.from) → \($0.to)" }
            lines.append(text(.findingsAboutSpelling, ["corrections": shown.joined(separator: ", ")]))
        }
        lines.append(text(.findingsGenerated, ["version": WorkshopVersion.current]))
        return lines
    }

    /// A theme's description for codebooks: its representative note (when it has a name of
    /// its own), its keywords and its counts.
    public func themeDescription(_ theme: FindingsTheme) -> String {
        ([representative(theme), keywords(theme.keywords)].compactMap { $0 } + [counts(theme.counts)])
            .joined(separator: " · ")
    }

    /// `Representative note: ...` for a theme renamed by hand (its name no longer quotes a
    /// note); nil otherwise.
    public func representative(_ theme: FindingsTheme) -> String? {
        theme.customName == nil ? nil : text(.findingsRepresentative, ["text": theme.label])
    }

    /// `Keywords: budget, pilots`; nil when there are none.
    public func keywords(_ keywords: [String]) -> String? {
        keywords.isEmpty ? nil : text(.findingsKeywords, ["keywords": keywords.joined(separator: ", ")])
    }

    /// `notes: 12 · tables: 4`, then `Held in: S1 (Santiago), S2 (Temuco)` in a combined report.
    public func questionSummary(_ question: FindingsQuestion) -> String {
        let summary = text(.findingsQuestionSummary, ["notes": String(question.notes), "tables": String(question.tables)])
        guard report.isCombined else { return summary }
        let sessions = question.sources.map { sessionName($0.session) }.joined(separator: ", ")
        return summary + " · " + text(.findingsHeldIn, ["sessions": sessions])
    }

    /// `notes: 5 · tables: 3 · themes: 2`.
    public func dimensionSummary(_ dimension: FindingsDimension) -> String {
        text(
            .findingsDimensionSummary,
            ["notes": String(dimension.notes), "tables": String(dimension.tables), "themes": String(dimension.themes.count)])
    }

    /// `Questions: 1, 3 · dimensions: Methods, Internal capacities`.
    public func crossCuttingWhere(_ item: CrossCuttingFinding) -> String {
        text(
            .findingsCrossCuttingWhere,
            [
                "questions": item.questions.map(String.init).joined(separator: ", "),
                "dimensions": item.dimensions.joined(separator: ", "),
            ])
    }

    /// `Themes: T12, T40`.
    public func relatedThemes(_ themes: [String]) -> String {
        text(.findingsRelatedThemes, ["themes": themes.joined(separator: ", ")])
    }

    /// `budget: 4 question-dimension pairs; notes: 9 · tables: 5`.
    public func conceptLine(_ concept: CrossCuttingConcept) -> String {
        text(
            .findingsConceptLine,
            [
                "label": concept.label, "breadth": String(concept.breadth), "notes": String(concept.counts.notes),
                "tables": String(concept.counts.tables),
            ])
    }

    /// An attendance group's name, `(not given)` when empty.
    public func groupName(_ name: String) -> String { name.isEmpty ? text(.findingsUnspecified) : name }
}
