/// The findings report as JSON: `{"format": "workshop-findings", "version": 1, ...}`. The
/// schema is documented in docs/FINDINGS-SCHEMA.md (and as JSON Schema in
/// docs/findings.schema.json); readers must ignore members they do not know, and a change
/// that removes or retypes a member raises the version.
public struct FindingsJSONRenderer: Sendable {
    /// The report.
    public let report: FindingsReport

    /// Creates the renderer.
    public init(report: FindingsReport) { self.report = report }

    /// The document, pretty-printed (as ``JSONValue/serialized(pretty:)`` does), with a final
    /// newline.
    public func render() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1 << 16)
        var scalars = JSONWriter(capacity: 256)
        Self.appendPretty(json(), indent: 0, to: &bytes, scalars: &scalars)
        bytes.append(0x0A)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same layout as ``JSONValue/serialized(pretty:)`` (two-space indent, short arrays of
    /// scalars on one line), written into bytes: a large report is several megabytes.
    static func appendPretty(_ value: JSONValue, indent: Int, to bytes: inout [UInt8], scalars: inout JSONWriter) {
        func pad(_ level: Int) { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level)) }
        func scalar(_ value: JSONValue) {
            scalars.reset()
            value.write(to: &scalars)
            bytes.append(contentsOf: scalars.bytes)
        }
        switch value {
        case .array(let elements) where !elements.isEmpty:
            let isScalar: (JSONValue) -> Bool = {
                switch $0 {
                case .array, .object: return false
                default: return true
                }
            }
            if elements.count <= 16, elements.allSatisfy(isScalar) {
                bytes.append(UInt8(ascii: "["))
                for (position, element) in elements.enumerated() {
                    if position > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
                    scalar(element)
                }
                bytes.append(UInt8(ascii: "]"))
                return
            }
            bytes.append(contentsOf: [UInt8(ascii: "["), 0x0A])
            for (position, element) in elements.enumerated() {
                pad(indent + 1)
                appendPretty(element, indent: indent + 1, to: &bytes, scalars: &scalars)
                if position < elements.count - 1 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(0x0A)
            }
            pad(indent)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members) where !members.isEmpty:
            bytes.append(contentsOf: [UInt8(ascii: "{"), 0x0A])
            for (position, member) in members.enumerated() {
                pad(indent + 1)
                scalar(.string(member.key))
                bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
                appendPretty(member.value, indent: indent + 1, to: &bytes, scalars: &scalars)
                if position < members.count - 1 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(0x0A)
            }
            pad(indent)
            bytes.append(UInt8(ascii: "}"))
        default:
            scalar(value)
        }
    }

    /// The document as a tree.
    public func json() -> JSONValue {
        [
            "format": .string(FindingsReport.formatName),
            "version": .integer(FindingsReport.formatVersion),
            "generator": .string("workshop \(WorkshopVersion.current)"),
            "language": .string(report.language.rawValue),
            "anonymised": .bool(report.anonymised),
            "similarity": .double(report.similarity),
            "analysisLanguage": .string(report.analysisLanguage.rawValue),
            "title": .string(report.title),
            "sessions": .array(report.sessions.map(session)),
            "totals": counts(report.totals),
            "attendance": attendance(report.attendance),
            "questions": .array(report.questions.map(question)),
            "crossCutting": .array(report.crossCutting.map(crossCutting)),
            "crossCuttingConcepts": .array(report.crossCuttingConcepts.map(concept)),
            "notes": .array(report.notes.map(note)),
            "staleCorrections": .array(
                report.staleCorrections.map {
                    ["session": .integer($0.session), "event": .integer($0.sequence), "kind": .string($0.kind)]
                }),
            "spellingCorrections": .array(
                report.spellingCorrections.map { ["from": .string($0.from), "to": .string($0.to)] }),
        ]
    }

    // MARK: Parts

    private func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
    private func optional(_ number: Int?) -> JSONValue { number.map { .integer($0) } ?? .null }
    private func optional(_ time: Timestamp?) -> JSONValue { time.map { .string($0.iso8601) } ?? .null }
    private func integers(_ values: [Int]) -> JSONValue { .array(values.map { .integer($0) }) }
    private func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }

    private func mentions(_ counts: MentionCounts) -> JSONValue {
        ["notes": .integer(counts.notes), "tables": .integer(counts.tables), "rounds": .integer(counts.rounds)]
    }

    private func reference(_ reference: NoteReference) -> JSONValue {
        ["session": .integer(reference.session), "note": .integer(reference.note)]
    }

    private func counts(_ counts: FindingsCounts) -> JSONValue {
        [
            "participants": .integer(counts.participants), "registered": .integer(counts.registered),
            "institutions": .integer(counts.institutions), "regions": .integer(counts.regions),
            "tables": .integer(counts.tables), "questions": .integer(counts.questions), "rounds": .integer(counts.rounds),
            "notes": .integer(counts.notes), "themes": .integer(counts.themes),
            "conclusionsKept": .integer(counts.conclusionsKept),
        ]
    }

    private func attendance(_ summary: AttendanceSummary) -> JSONValue {
        func groups(_ groups: [AttendanceSummary.Group]) -> JSONValue {
            .array(
                groups.map {
                    [
                        "name": .string($0.name), "registered": .integer($0.registered), "attended": .integer($0.attended),
                        "absent": .integer($0.absent), "walkIns": .integer($0.walkIns),
                    ]
                })
        }
        return [
            "registered": .integer(summary.registered), "present": .integer(summary.present),
            "absent": .integer(summary.absent), "walkIns": .integer(summary.walkIns),
            "notCheckedIn": .integer(summary.notCheckedIn), "attended": .integer(summary.attended),
            "attendanceTaken": .bool(summary.attendanceTaken), "byInstitution": groups(summary.byInstitution),
            "byRegion": groups(summary.byRegion),
        ]
    }

    private func session(_ session: FindingsSession) -> JSONValue {
        let agenda = session.agenda
        return [
            "position": .integer(session.position), "id": .string(session.id), "file": .string(session.file),
            "title": .string(session.title), "date": optional(session.date), "place": optional(session.place),
            "method": .string(session.method), "methodName": optional(session.methodName),
            "language": .string(session.language.rawValue), "openBallots": .bool(session.openBallots),
            "counts": counts(session.counts), "attendance": attendance(session.attendance),
            "tables": .array(
                session.tables.map {
                    [
                        "number": .integer($0.number), "name": .string($0.name), "facilitator": optional($0.facilitator),
                        "systematiser": optional($0.systematiser), "hosts": strings($0.hosts),
                    ]
                }),
            "agenda": [
                "plannedStart": optional(agenda.plannedStart), "startedAt": optional(agenda.startedAt),
                "finishedAt": optional(agenda.finishedAt), "plannedSeconds": .integer(agenda.plannedSeconds),
                "actualSeconds": .integer(agenda.actualSeconds), "elapsedSeconds": optional(agenda.elapsedSeconds),
                "phases": .array(
                    agenda.phases.map { phase in
                        [
                            "number": .integer(phase.number), "kind": .string(phase.kind), "title": .string(phase.title),
                            "round": optional(phase.round), "plannedSeconds": .integer(phase.plannedSeconds),
                            "actualSeconds": optional(phase.actualSeconds),
                            "differenceSeconds": optional(phase.differenceSeconds),
                            "pausedSeconds": .integer(phase.pausedSeconds), "startedAt": optional(phase.startedAt),
                            "endedAt": optional(phase.endedAt), "runs": .integer(phase.runs),
                            "extensionSeconds": .integer(phase.extensionSeconds), "pauses": .integer(phase.pauses),
                            "running": .bool(phase.isRunning),
                        ]
                    }),
            ],
        ]
    }

    private func question(_ question: FindingsQuestion) -> JSONValue {
        [
            "position": .integer(question.position), "title": .string(question.title), "text": .string(question.text),
            "sources": .array(question.sources.map { ["session": .integer($0.session), "number": .integer($0.number)] }),
            "notes": .integer(question.notes), "tables": .integer(question.tables),
            "dimensions": .array(
                question.dimensions.map {
                    [
                        "key": .string($0.key), "title": .string($0.title), "notes": .integer($0.notes),
                        "tables": .integer($0.tables), "themes": .array($0.themes.map(theme)),
                    ]
                }),
            "votes": .array(question.votes.map(vote)), "chapter": question.chapter.map(chapter) ?? .null,
        ]
    }

    private func chapter(_ chapter: FindingsChapter) -> JSONValue {
        [
            "title": .string(chapter.title), "summary": .string(chapter.summary), "grouping": .string(chapter.grouping.rawValue),
            "showsConclusions": .bool(chapter.showsConclusions),
            "groups": .array(chapter.groups.map { ["label": .string($0.label), "notes": .integer($0.notes)] }),
            "themeNotes": .object(chapter.themeNotes.sorted { $0.key < $1.key }.map { ($0.key, integers($0.value)) }),
        ]
    }

    private func theme(_ theme: FindingsTheme) -> JSONValue {
        [
            "id": .string(theme.id), "guid": .string(theme.guid), "name": .string(theme.name),
            "customName": optional(theme.customName), "label": .string(theme.label),
            "labelNote": reference(theme.labelNote), "keywords": strings(theme.keywords),
            "concepts": strings(theme.concepts), "counts": mentions(theme.counts), "sessions": integers(theme.sessions),
            "tables": .array(theme.tables.map { ["session": .integer($0.session), "table": .integer($0.table)] }),
            "rounds": integers(theme.rounds), "notes": .array(theme.notes.map(reference)),
            "cohesion": .double((theme.cohesion * 1000).rounded() / 1000), "curated": .bool(theme.curated),
        ]
    }

    private func vote(_ vote: FindingsVote) -> JSONValue {
        var tieBreak: JSONValue = .null
        if vote.tieBreakKeptAll { tieBreak = ["keepAll": true] }
        if let order = vote.tieBreak { tieBreak = ["order": strings(order)] }
        var members: [(key: String, value: JSONValue)] = [
            ("session", .integer(vote.session)), ("question", .integer(vote.question)), ("rule", .string(vote.rule)),
            ("keep", .integer(vote.keep)), ("dotsPerVoter", optional(vote.budget)), ("ballots", .integer(vote.ballots)),
            ("tallies", .integer(vote.tallies)), ("status", .string(vote.closed ? "closed" : "open")),
            ("kept", strings(vote.kept)), ("tied", strings(vote.tied)), ("openPlaces", .integer(vote.openPlaces)),
            ("tieBreak", tieBreak),
            (
                "conclusions",
                .array(
                    vote.conclusions.map {
                        [
                            "id": .string($0.id), "text": .string($0.text), "total": .integer($0.total),
                            "rank": .integer($0.rank), "outcome": .string($0.outcome), "tables": integers($0.tables),
                        ]
                    })
            ),
        ]
        if report.session(vote.session)?.openBallots == true {
            members.append(
                (
                    "byVoter",
                    .array(
                        vote.byVoter.map { ballot in
                            [
                                "voter": .string(ballot.voter),
                                "marks": .object(ballot.marks.map { ($0.candidate, .integer($0.value)) }),
                            ]
                        })
                ))
        }
        return .object(members)
    }

    private func crossCutting(_ item: CrossCuttingFinding) -> JSONValue {
        [
            "rank": .integer(item.rank), "guid": .string(item.guid), "label": .string(item.label),
            "keywords": strings(item.keywords), "questions": integers(item.questions),
            "dimensions": strings(item.dimensions), "breadth": .integer(item.breadth), "counts": mentions(item.counts),
            "sessions": integers(item.sessions), "relatedThemes": strings(item.relatedThemes),
        ]
    }

    private func concept(_ concept: CrossCuttingConcept) -> JSONValue {
        [
            "id": .string(concept.conceptID), "label": .string(concept.label), "questions": integers(concept.questions),
            "dimensions": strings(concept.dimensions), "breadth": .integer(concept.breadth),
            "counts": mentions(concept.counts),
        ]
    }

    private func note(_ note: FindingsNote) -> JSONValue {
        [
            "session": .integer(note.reference.session), "id": .integer(note.reference.note),
            "question": .integer(note.question), "sessionQuestion": .integer(note.sessionQuestion),
            "dimension": .string(note.dimension), "dimensionTitle": .string(note.dimensionTitle),
            "table": .integer(note.table), "round": .integer(note.round), "author": optional(note.author),
            "text": .string(note.text), "edited": .bool(note.edited), "at": .string(note.at.iso8601),
            "theme": .string(note.theme),
        ]
    }
}
