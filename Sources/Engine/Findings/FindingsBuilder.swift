/// Builds a ``FindingsReport`` from one or more sessions.
///
/// - Notes are the sessions' current notes (``NoteBook/current``: latest text, retracted
///   notes left out).
/// - Questions of several sessions with the same wording (compared without case, accents or
///   punctuation, in the report's language) are one question; other questions stay apart,
///   each with its session. Dimensions of a question are matched by title the same way.
/// - Themes are grouped per question and dimension over all sessions' notes together (so
///   the same idea raised in two regions is one theme), then each session's corrections
///   (`theme.*` events) are applied in order, session by session.
/// - Votes stay per session.
public struct FindingsBuilder: Sendable {
    /// The options.
    public let options: FindingsOptions

    /// Creates a builder.
    public init(options: FindingsOptions) { self.options = options }

    /// The report of `sources` (at least one).
    public func build(_ sources: [FindingsSource]) -> FindingsReport {
        var context = BuildContext(sources: sources, options: options)
        return context.build()
    }
}

/// The working state of one build.
private struct BuildContext {
    let sources: [FindingsSource]
    let options: FindingsOptions
    let language: Language
    let localizer: Localizer
    let combined: Bool
    let redactor: NameRedactor?

    // Questions and dimensions.
    var questions: [QuestionDraft] = []
    var questionPosition: [SessionQuestion: Int] = [:]
    var sectionKeys: [Int: [String: String]] = [:]  // session -> section id -> dimension key

    // Notes as documents.
    var documents: [TextDocument] = []
    var notes: [(session: Int, note: Note, dimension: String)] = []
    var documentOfNote: [[Int: Int]] = []
    var tableKeys: [TableReference: Int] = [:]
    var roundKeys: [SessionRound: Int] = [:]

    struct SessionQuestion: Hashable {
        var session: Int
        var number: Int
    }

    struct SessionRound: Hashable {
        var session: Int
        var round: Int
    }

    struct QuestionDraft {
        var position: Int
        var title: String
        var text: String
        var matchKey: String
        var sources: [FindingsQuestion.Source]
        var dimensions: [(key: String, title: String, match: String)]
    }

    init(sources: [FindingsSource], options: FindingsOptions) {
        self.sources = sources
        self.options = options
        language = options.language
        localizer = Localizer(language: options.language)
        combined = sources.count > 1
        if options.anonymise {
            var names: [String] = []
            var emails: [String] = []
            for source in sources {
                for participant in source.state.participants {
                    names.append(participant.name)
                    emails.append(participant.email)
                }
            }
            for source in sources {
                for table in source.state.agenda.tables {
                    names += [table.facilitator, table.systematiser].compactMap { $0 }
                }
            }
            for source in sources {
                var seen = Set<String>()
                for note in source.state.notes.all {
                    if let author = note.author, seen.insert(author).inserted { names.append(author) }
                }
            }
            let localizer = Localizer(language: options.language)
            redactor = NameRedactor(
                names: names, emails: emails, pseudonym: { localizer.text(.findingsPseudonym, ["number": String($0)]) },
                marker: localizer.text(.findingsNameRemoved))
        } else {
            redactor = nil
        }
    }

    func redact(_ text: String) -> String { redactor?.redact(text) ?? text }

    func person(_ name: String) -> String { redactor?.pseudonym(for: name) ?? name }

    static func matchKey(_ text: String) -> String { VoterLookup.normalize(text) }

    // MARK: Build

    mutating func build() -> FindingsReport {
        collectQuestions()
        collectNotes()
        let similarity =
            options.similarity ?? sources.first?.state.themeCuration.similarity
            ?? ThemeClusterer.Configuration.defaultSimilarity
        let analysisLanguage = Self.analysisLanguage(sources)
        let clusterer = ThemeClusterer(
            configuration: ThemeClusterer.Configuration(
                language: analysisLanguage, similarity: similarity, grouping: .questionAndDimension))
        let analysis = ThemeAnalysis(documents: documents, clusterer: clusterer)
        // The automatic themes (per question and dimension) and the cross-cutting ones (all
        // notes together) are independent: on large sessions they are found at the same time.
        let results = AnalysisResults()
        let crossCuttingWanted = options.includesCrossCutting
        let concurrent = crossCuttingWanted && documents.count >= Self.parallelThreshold
        Parallel.forEach(concurrent ? 2 : 1) { piece in
            if piece == 0 { results.automatic = analysis.automaticThemes() }
            if piece == 1 || (crossCuttingWanted && !concurrent) {
                results.crossCutting = analysis.crossCuttingThemes()
                results.concepts = analysis.crossCuttingConcepts()
            }
        }
        let automatic = results.automatic
        var curator = ThemeCurator(
            themes: automatic,
            cells: documents.map { ThemeClusterer.Cell(question: $0.question, dimension: $0.dimension ?? "") })
        var stale: [StaleCorrection] = []
        for (offset, source) in sources.enumerated() {
            let lookup = documentOfNote[offset]
            for correction in source.state.themeCuration.corrections {
                guard !curator.apply(correction.action, document: { lookup[$0] }) else { continue }
                stale.append(
                    StaleCorrection(session: offset + 1, sequence: correction.sequence, kind: Self.kind(correction.action)))
            }
        }
        var themes: [FindingsTheme] = []
        var themeOfDocument = [String](repeating: "", count: documents.count)
        for group in curator.groups where group.isAlive {
            let base: Theme
            if let index = group.automatic, automatic.indices.contains(index) {
                base = automatic[index]
            } else {
                base = analysis.theme(
                    memberIDs: group.members, question: group.cell.question,
                    dimension: group.cell.dimension.isEmpty ? nil : group.cell.dimension)
            }
            let theme = makeTheme(base, customName: group.name, curated: group.automatic == nil)
            for member in group.members { themeOfDocument[member] = theme.id }
            themes.append(theme)
        }
        themes.sort {
            ($0.counts.notes, $0.counts.tables, $0.counts.rounds) != ($1.counts.notes, $1.counts.tables, $1.counts.rounds)
                ? ($0.counts.notes, $0.counts.tables, $0.counts.rounds) > ($1.counts.notes, $1.counts.tables, $1.counts.rounds)
                : $0.anchor < $1.anchor
        }
        let crossCutting = crossCuttingFindings(results.crossCutting, themeOfDocument: themeOfDocument)
        let concepts = crossCuttingConcepts(results.concepts)
        let findingsQuestions = makeQuestions(themes: themes)
        let findingsNotes = documents.indices.map { index in makeNote(index, theme: themeOfDocument[index]) }
        let sessions = makeSessions(questions: findingsQuestions, themes: themes)
        let attendance = AttendanceSummary(combining: sessions.map(\.attendance))
        var report = FindingsReport(
            language: language, anonymised: options.anonymise, similarity: similarity, analysisLanguage: analysisLanguage,
            title: Self.title(sources), sessions: sessions,
            totals: totals(sessions, themes: themes.count, questions: findingsQuestions.count),
            attendance: attendance, questions: findingsQuestions, crossCutting: crossCutting,
            crossCuttingConcepts: concepts, notes: findingsNotes, staleCorrections: stale,
            spellingCorrections: analysis.spellingCorrections.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        report.indexNotes()
        return report
    }

    /// Notes from which the cross-cutting themes are found on a second thread.
    static let parallelThreshold = 500

    /// What the two threads of the analysis find; each writes its own members.
    final class AnalysisResults: @unchecked Sendable {
        var automatic: [Theme] = []
        var crossCutting: [CrossCuttingTheme] = []
        var concepts: [CrossCuttingConcept] = []
    }

    static func kind(_ action: ThemeCorrection.Action) -> String {
        switch action {
        case .assign: return "assign"
        case .rename: return "rename"
        case .merge: return "merge"
        case .split: return "split"
        }
    }

    /// The language most sessions took notes in (the first session's on a tie).
    static func analysisLanguage(_ sources: [FindingsSource]) -> TextLanguage {
        let languages = sources.map { $0.state.info.language == .en ? TextLanguage.english : TextLanguage.spanish }
        guard let first = languages.first else { return .spanish }
        let english = languages.filter { $0 == .english }.count
        let spanish = languages.count - english
        if english == spanish { return first }
        return english > spanish ? .english : .spanish
    }

    static func title(_ sources: [FindingsSource]) -> String {
        var titles: [String] = []
        for source in sources where !titles.contains(source.state.info.title) { titles.append(source.state.info.title) }
        return titles.joined(separator: " · ")
    }

    // MARK: Questions and dimensions

    mutating func collectQuestions() {
        for (offset, source) in sources.enumerated() {
            let session = offset + 1
            let agenda = source.state.agenda
            var numbers = agenda.questions.map(\.number)
            for note in source.state.notes.current where !numbers.contains(note.question) { numbers.append(note.question) }
            for number in numbers {
                let question = agenda.question(number)
                let title =
                    question?.title.text(in: language)
                    ?? localizer.text(.findingsQuestionFallback, ["number": String(number)])
                let text = question?.text.text(in: language) ?? title
                let key = Self.matchKey(text)
                let position: Int
                if combined, question != nil,
                    let existing = questions.firstIndex(where: {
                        $0.matchKey == key && !$0.sources.contains { $0.session == session }
                    })
                {
                    position = existing + 1
                    questions[existing].sources.append(FindingsQuestion.Source(session: session, number: number))
                } else {
                    position = questions.count + 1
                    questions.append(
                        QuestionDraft(
                            position: position, title: title, text: text, matchKey: question == nil ? "" : key,
                            sources: [FindingsQuestion.Source(session: session, number: number)], dimensions: []))
                }
                questionPosition[SessionQuestion(session: session, number: number)] = position
                for section in sections(of: number, in: agenda) {
                    addDimension(section, session: session, position: position)
                }
            }
        }
    }

    /// The canvas sections used for question `number`, in canvas order.
    func sections(of number: Int, in agenda: Agenda) -> [CanvasSection] {
        var canvasIDs: [String] = []
        for round in agenda.rounds {
            for assignment in round.assignments where assignment.question == number && !canvasIDs.contains(assignment.canvas) {
                canvasIDs.append(assignment.canvas)
            }
        }
        var seen = Set<String>()
        return canvasIDs.compactMap(agenda.canvas).flatMap(\.sections).filter { seen.insert($0.id).inserted }
    }

    /// Registers dimension `section` of session `session` under question `position` and
    /// returns its key.
    @discardableResult
    mutating func addDimension(_ section: CanvasSection, session: Int, position: Int) -> String {
        let title = section.title.text(in: language)
        let match = Self.matchKey(title)
        let index = position - 1
        let key: String
        if let existing = questions[index].dimensions.first(where: { $0.match == match }) {
            key = existing.key
        } else {
            // The key is the section id; two different titles with the same id stay apart.
            var candidate = section.id
            var suffix = 2
            while questions[index].dimensions.contains(where: { $0.key == candidate }) {
                candidate = "\(section.id)-\(suffix)"
                suffix += 1
            }
            key = candidate
            questions[index].dimensions.append((key, title, match))
        }
        sectionKeys[session, default: [:]][section.id] = key
        return key
    }

    // MARK: Notes

    mutating func collectNotes() {
        for (offset, source) in sources.enumerated() {
            let session = offset + 1
            var lookup: [Int: Int] = [:]
            let state = source.state
            for note in state.notes.current {
                let position =
                    questionPosition[SessionQuestion(session: session, number: note.question)] ?? questions.count
                var dimension = ""
                if let section = note.section, !section.isEmpty {
                    if let key = sectionKeys[session]?[section],
                        questions[position - 1].dimensions.contains(where: { $0.key == key })
                    {
                        dimension = key
                    } else {
                        let found =
                            state.assignment(table: note.table, round: note.round).flatMap { state.agenda.canvas($0.canvas) }?
                            .section(matching: section)
                            ?? state.agenda.canvases.lazy.compactMap { $0.section(matching: section) }.first
                            ?? CanvasSection(id: section, title: LocalizedText(section))
                        dimension = addDimension(found, session: session, position: position)
                    }
                }
                let table = TableReference(session: session, table: note.table)
                let tableKey = tableKeys[table] ?? tableKeys.count + 1
                tableKeys[table] = tableKey
                let round = SessionRound(session: session, round: note.round)
                let roundKey = roundKeys[round] ?? roundKeys.count + 1
                roundKeys[round] = roundKey
                lookup[note.id] = documents.count
                documents.append(
                    TextDocument(
                        id: documents.count, text: note.text, table: tableKey, round: roundKey, question: position,
                        dimension: dimension.isEmpty ? nil : dimension))
                notes.append((session, note, dimension))
            }
            documentOfNote.append(lookup)
        }
    }

    func makeNote(_ index: Int, theme: String) -> FindingsNote {
        let item = notes[index]
        let position = documents[index].question
        let title = questions[position - 1].dimensions.first { $0.key == item.dimension }?.title ?? ""
        return FindingsNote(
            reference: NoteReference(session: item.session, note: item.note.id), question: position,
            sessionQuestion: item.note.question, dimension: item.dimension, dimensionTitle: title, table: item.note.table,
            round: item.note.round, author: item.note.author.map(person), text: redact(item.note.text),
            edited: item.note.editedAt != nil, at: item.note.at, theme: theme)
    }

    // MARK: Themes

    func makeTheme(_ theme: Theme, customName: String?, curated: Bool) -> FindingsTheme {
        let members = theme.memberIDs.filter { documents.indices.contains($0) }
        let references = members.map { NoteReference(session: notes[$0].session, note: notes[$0].note.id) }
        let anchor = references.min() ?? NoteReference(session: 1, note: 0)
        let labelIndex = documents.indices.contains(theme.labelDocumentID) ? theme.labelDocumentID : members.first ?? 0
        let labelNote = NoteReference(session: notes[labelIndex].session, note: notes[labelIndex].note.id)
        let sessionID = sources[anchor.session - 1].sessionID
        let keywords = theme.keywords.map(\.text).filter { redactor?.isNameWord($0) != true }
        return FindingsTheme(
            id: FindingsReport.themeID(for: anchor, combined: combined),
            guid: NameBasedUUID(namespace: .workshop, name: "theme:\(sessionID):\(anchor.note)").uppercased,
            anchor: anchor, customName: customName.map(redact), label: redact(notes[labelIndex].note.text),
            labelNote: labelNote, keywords: keywords, concepts: theme.concepts, counts: theme.counts,
            sessions: Set(references.map(\.session)).sorted(),
            tables: Set(members.map { TableReference(session: notes[$0].session, table: notes[$0].note.table) }).sorted(),
            rounds: Set(members.map { notes[$0].note.round }).sorted(), notes: references, cohesion: theme.cohesion,
            curated: curated, question: documents[members.first ?? 0].question,
            dimension: documents[members.first ?? 0].dimension ?? "")
    }

    func crossCuttingFindings(_ found: [CrossCuttingTheme], themeOfDocument: [String]) -> [CrossCuttingFinding] {
        found.enumerated().map { rank, item in
            let members = item.theme.memberIDs.filter { documents.indices.contains($0) }
            let references = members.map { NoteReference(session: notes[$0].session, note: notes[$0].note.id) }
            let anchor = references.min() ?? NoteReference(session: 1, note: 0)
            var shared: [String: Int] = [:]
            var order: [String] = []
            for member in members {
                let id = themeOfDocument[member]
                if shared[id] == nil { order.append(id) }
                shared[id, default: 0] += 1
            }
            let related = order.enumerated().sorted {
                (shared[$0.element] ?? 0, -$0.offset) > (shared[$1.element] ?? 0, -$1.offset)
            }.map(\.element)
            let labelIndex =
                documents.indices.contains(item.theme.labelDocumentID) ? item.theme.labelDocumentID : members.first ?? 0
            var dimensions: [String] = []
            for member in members {
                let title = dimensionTitle(question: documents[member].question, key: documents[member].dimension ?? "")
                if !title.isEmpty, !dimensions.contains(title) { dimensions.append(title) }
            }
            return CrossCuttingFinding(
                rank: rank + 1,
                guid: NameBasedUUID(
                    namespace: .workshop, name: "cross-cutting:\(sources[anchor.session - 1].sessionID):\(anchor.note)"
                ).uppercased,
                label: redact(notes[labelIndex].note.text),
                keywords: item.theme.keywords.map(\.text).filter { redactor?.isNameWord($0) != true },
                questions: item.questions, dimensions: dimensions, breadth: item.breadth, counts: item.theme.counts,
                sessions: Set(references.map(\.session)).sorted(), relatedThemes: related)
        }
    }

    func crossCuttingConcepts(_ found: [CrossCuttingConcept]) -> [CrossCuttingConcept] {
        found.map { concept in
            var copy = concept
            var titles: [String] = []
            for question in questions {
                for dimension in question.dimensions where concept.dimensions.contains(dimension.key) {
                    if !titles.contains(dimension.title) { titles.append(dimension.title) }
                }
            }
            copy.dimensions = titles
            return copy
        }
    }

    func dimensionTitle(question: Int, key: String) -> String {
        guard questions.indices.contains(question - 1) else { return "" }
        return questions[question - 1].dimensions.first { $0.key == key }?.title ?? ""
    }

    // MARK: Questions with themes and votes

    func makeQuestions(themes: [FindingsTheme]) -> [FindingsQuestion] {
        let themesByCell = Dictionary(grouping: themes) { ThemeClusterer.Cell(question: $0.question, dimension: $0.dimension) }
        var notesByCell: [ThemeClusterer.Cell: [Int]] = [:]
        for (index, document) in documents.enumerated() {
            notesByCell[ThemeClusterer.Cell(question: document.question, dimension: document.dimension ?? ""), default: []]
                .append(index)
        }
        return questions.map { draft in
            var keys = draft.dimensions.map { (key: $0.key, title: $0.title) }
            if notesByCell[ThemeClusterer.Cell(question: draft.position, dimension: "")] != nil { keys.append(("", "")) }
            let dimensions = keys.map { key, title -> FindingsDimension in
                let cell = ThemeClusterer.Cell(question: draft.position, dimension: key)
                let members = notesByCell[cell] ?? []
                return FindingsDimension(
                    key: key, title: title, notes: members.count, tables: tableCount(members),
                    themes: themesByCell[cell] ?? [])
            }
            let members = documents.indices.filter { documents[$0].question == draft.position }
            let votes = draft.sources.compactMap { vote(session: $0.session, question: $0.number) }
            return FindingsQuestion(
                position: draft.position, title: draft.title, text: draft.text, sources: draft.sources,
                notes: members.count, tables: tableCount(members), dimensions: dimensions, votes: votes,
                chapter: chapter(for: draft, members: members, themes: dimensions.flatMap(\.themes)))
        }
    }

    // MARK: Chapters of a method's layout

    /// The chapter of the first session holding `draft` whose method brings its own layout;
    /// nil when none does. With a grouping by table or round, each theme's notes are counted
    /// per table or round of the chapter's rounds.
    func chapter(for draft: QuestionDraft, members: [Int], themes: [FindingsTheme]) -> FindingsChapter? {
        var found: FindingsLayout.Chapter?
        var rounds = Set<SessionRound>()
        var anyRound = Set<Int>()  // sessions whose chapter takes every round
        for source in draft.sources {
            guard let layout = sources[source.session - 1].layout,
                let chapter = layout.chapters.first(where: { $0.questions.contains(source.number) })
            else { continue }
            if found == nil { found = chapter }
            if let chosen = chapter.rounds {
                for round in chosen { rounds.insert(SessionRound(session: source.session, round: round)) }
            } else {
                anyRound.insert(source.session)
            }
        }
        guard let found else { return nil }
        var chapter = FindingsChapter(
            title: found.title.text(in: language), summary: found.summary.text(in: language), grouping: found.grouping,
            showsConclusions: found.showsConclusions)
        guard found.grouping != .canvasSection else { return chapter }
        let kept = members.filter {
            anyRound.contains(notes[$0].session)
                || rounds.contains(SessionRound(session: notes[$0].session, round: notes[$0].note.round))
        }
        let byTable = found.grouping == .table
        func key(_ member: Int) -> GroupKey {
            GroupKey(session: notes[member].session, number: byTable ? notes[member].note.table : notes[member].note.round)
        }
        let keys = Set(kept.map(key)).sorted()
        let column = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($0.element, $0.offset) })
        var totals = [Int](repeating: 0, count: keys.count)
        for member in kept { totals[column[key(member)] ?? 0] += 1 }
        chapter.groups = zip(keys, totals).map { key, notes in
            let label =
                byTable
                ? FindingsReport.tableLabel(TableReference(session: key.session, table: key.number), combined: combined)
                : roundLabel(session: key.session, round: key.number)
            return FindingsChapter.Group(label: label, notes: notes)
        }
        let keptSet = Set(kept)
        for theme in themes {
            var counts = [Int](repeating: 0, count: keys.count)
            for reference in theme.notes {
                guard let member = documentOfNote[reference.session - 1][reference.note], keptSet.contains(member),
                    let index = column[key(member)]
                else { continue }
                counts[index] += 1
            }
            if counts.contains(where: { $0 > 0 }) { chapter.themeNotes[theme.id] = counts }
        }
        return chapter
    }

    /// A table or a round of one session: a column of a chapter's breakdown.
    struct GroupKey: Hashable, Comparable {
        var session: Int
        var number: Int

        static func < (lhs: GroupKey, rhs: GroupKey) -> Bool { (lhs.session, lhs.number) < (rhs.session, rhs.number) }
    }

    /// The round's phase title (`In pairs`), else `Round 2`; prefixed by the session in a
    /// combined report.
    func roundLabel(session: Int, round: Int) -> String {
        let agenda = sources[session - 1].state.agenda
        let title =
            agenda.phaseIndex(ofRound: round).map { agenda.phases[$0].title.text(in: language) }
            ?? localizer.text(.planRound, ["number": String(round)])
        return combined ? "S\(session) · " + title : title
    }

    func tableCount(_ members: [Int]) -> Int { Set(members.map { documents[$0].table }).count }

    func vote(session: Int, question: Int) -> FindingsVote? {
        let state = sources[session - 1].state
        guard !state.voting.candidates(question: question).isEmpty else { return nil }
        let results = QuestionResults.compute(question: question, in: state)
        let conclusions = results.entries.map { entry -> FindingsVote.Conclusion in
            let outcome: String
            switch entry.outcome {
            case .kept: outcome = "kept"
            case .tied: outcome = "tied"
            case .notKept: outcome = "not-kept"
            }
            return FindingsVote.Conclusion(
                id: entry.id, text: redact(entry.conclusion.text), total: entry.total, rank: entry.rank, outcome: outcome,
                tables: entry.conclusion.tables)
        }
        var tieBreak: [String]?
        var keptAll = false
        switch results.tieBreakApplied {
        case .keepAll?: keptAll = true
        case .order(let order)?: tieBreak = order
        case nil: break
        }
        var byVoter: [FindingsVote.Ballot] = []
        if state.info.openBallots {
            for ballot in state.voting.vote(question: question).ballots {
                let name = state.participant(ballot.voter)?.name ?? "#\(ballot.voter)"
                byVoter.append(
                    FindingsVote.Ballot(voter: person(name), marks: ballot.marks.map { ($0.candidate, $0.value) }))
            }
        }
        return FindingsVote(
            session: session, question: question, rule: results.settings.rule.rawValue, keep: results.settings.keep,
            budget: results.settings.rule == .dots ? results.settings.budget : nil, ballots: results.ballots,
            tallies: results.tallies, closed: results.closed, conclusions: conclusions, kept: results.kept,
            tied: results.tied, openPlaces: results.openPlaces, tieBreak: tieBreak, tieBreakKeptAll: keptAll,
            byVoter: byVoter)
    }

    // MARK: Sessions and totals

    func makeSessions(questions: [FindingsQuestion], themes: [FindingsTheme]) -> [FindingsSession] {
        sources.enumerated().map { offset, source in
            let session = offset + 1
            let state = source.state
            let attendance = AttendanceSummary(participants: state.participants)
            let attended = state.participants.filter {
                AttendanceSummary.attended($0.status, attendanceTaken: attendance.attendanceTaken)
            }
            let kept = questions.flatMap(\.votes).filter { $0.session == session }.reduce(0) { $0 + $1.kept.count }
            let counts = FindingsCounts(
                participants: attendance.attended, registered: attendance.registered,
                institutions: Set(attended.map { NameFolding.fold($0.institution.trimmingWhitespace()) }.filter { !$0.isEmpty })
                    .count,
                regions: Set(attended.map { NameFolding.fold($0.region.trimmingWhitespace()) }.filter { !$0.isEmpty }).count,
                tables: state.agenda.tables.count, questions: state.agenda.questions.count,
                rounds: state.agenda.rounds.count, notes: notes.filter { $0.session == session }.count,
                themes: themes.filter { $0.sessions.contains(session) }.count, conclusionsKept: kept)
            let tables = state.agenda.tables.map { table in
                FindingsSession.Table(
                    number: table.number, name: table.name, facilitator: table.facilitator.map(person),
                    systematiser: table.systematiser.map(person),
                    hosts: table.hosts.map { state.participant($0).map { person($0.name) } ?? "#\($0)" })
            }
            return FindingsSession(
                position: session, id: source.sessionID, file: source.file, title: state.info.title, date: state.info.date,
                place: state.info.place, method: state.info.method, methodName: source.methodName?.text(in: language),
                language: state.info.language, openBallots: state.info.openBallots, counts: counts,
                attendance: attendance, agenda: AgendaRun(state: state, language: language), tables: tables)
        }
    }

    func totals(_ sessions: [FindingsSession], themes: Int, questions: Int) -> FindingsCounts {
        var institutions = Set<String>()
        var regions = Set<String>()
        for source in sources {
            let taken = AttendanceSummary.isTaken(source.state.participants)
            for participant in source.state.participants
            where AttendanceSummary.attended(participant.status, attendanceTaken: taken) {
                let institution = NameFolding.fold(participant.institution.trimmingWhitespace())
                let region = NameFolding.fold(participant.region.trimmingWhitespace())
                if !institution.isEmpty { institutions.insert(institution) }
                if !region.isEmpty { regions.insert(region) }
            }
        }
        return FindingsCounts(
            participants: sessions.reduce(0) { $0 + $1.counts.participants },
            registered: sessions.reduce(0) { $0 + $1.counts.registered }, institutions: institutions.count,
            regions: regions.count, tables: sessions.reduce(0) { $0 + $1.counts.tables }, questions: questions,
            rounds: sessions.reduce(0) { $0 + $1.counts.rounds }, notes: documents.count, themes: themes,
            conclusionsKept: sessions.reduce(0) { $0 + $1.counts.conclusionsKept })
    }
}
