import Catalog
import Engine
import Foundation

// The findings benchmark (see Benchmarks/findings.sh, which runs both steps):
//
//   prepare <notes.tsv> <session.workshop>   a session holding the notes of a corpus-format TSV
//                                            file (theme, question, dimension, table, round,
//                                            text), with a vote and a finished agenda
//   time <session.workshop> <out-dir> [--runs n] [--json-out path]
//                                            median time from opening the session to every
//                                            format written (md, html, csv, json, qdc and the
//                                            codebook CSV), and each stage's median

enum BenchmarkFailure: Error, CustomStringConvertible {
    case usage(String)
    case badLine(Int)

    var description: String {
        switch self {
        case .usage(let message): return "usage: \(message)"
        case .badLine(let line): return "bad TSV line \(line)"
        }
    }
}

/// Corpus dimensions -> the opsi-dimensions canvas section ids.
let sections = ["estructuras": "structures", "capacidades": "capacities", "metodos": "methods", "interacciones": "interactions"]

func prepare(notes path: String, session output: String) throws {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
    var notes: [NoteAdded] = []
    for (offset, line) in lines.enumerated() {
        let fields = line.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 6, let question = Int(fields[1]), let table = Int(fields[3]), let round = Int(fields[4]) else {
            throw BenchmarkFailure.badLine(offset + 2)
        }
        notes.append(
            NoteAdded(
                table: table, round: round, question: question, section: sections[fields[2]] ?? fields[2],
                author: "Sistematización mesa \(table)", text: fields[5]))
    }
    let tables = max(3, notes.map(\.table).max() ?? 3)
    let people = tables * 10
    let participants = (1...people).map { id in
        Participant(
            id: id, name: "Persona \(id) Apellido\(id % 97)", institution: "Servicio \(id % 40 + 1)",
            region: "Región \(id % 16 + 1)", email: "persona\(id)@ejemplo.cl")
    }
    let method = try Catalog.registry().require("opsi-facets")
    let parameters = try MethodParameters(resolving: [("tables", String(tables))], for: method.description)
    let clock = ManualTimeSource(start: Timestamp(year: 2026, month: 12, day: 1, hour: 12))
    let events = try SessionFactory.events(
        info: SessionInfo(
            title: "Benchmark: \(notes.count) notas", date: "2026-12-01", startTime: "09:00", place: "Santiago",
            method: "opsi-facets", seed: 42),
        method: method, participants: participants, parameters: parameters)
    let session = try Session.create(at: output, events: events, clock: clock, sessionID: "benchmark-findings", replacing: true)
    let phases = session.state.agenda.phases
    var byRound: [Int: [NoteAdded]] = [:]
    for note in notes { byRound[note.round, default: []].append(note) }
    for (index, phase) in phases.enumerated() {
        try session.append([PhaseStarted(phase: index)])
        if phase.kind == .round, let round = phase.round, let roundNotes = byRound[round] {
            for chunk in stride(from: 0, to: roundNotes.count, by: 500) {
                try session.append(Array(roundNotes[chunk..<min(chunk + 500, roundNotes.count)]))
            }
        }
        if phase.kind == .vote {
            for question in session.state.agenda.questions.map(\.number) {
                let texts = notes.filter { $0.question == question }.prefix(9).map(\.text)
                for text in texts {
                    _ = try? session.append { state in [try ConclusionDraft(question: question, text: text).event(in: state)] }
                }
                let candidates = session.state.voting.candidates(question: question).map(\.id)
                guard !candidates.isEmpty else { continue }
                let budget = VoteSettings.resolve(question: question, in: session.state).budget
                try session.append { state in
                    try state.seatedParticipants.map { participant in
                        let first = candidates[participant.id % candidates.count]
                        let second = candidates[(participant.id * 7) % candidates.count]
                        let marks =
                            first == second || budget < 2
                            ? [BallotMark(candidate: first, value: 1)]
                            : [BallotMark(candidate: first, value: 1), BallotMark(candidate: second, value: 1)]
                        return try BallotDraft(question: question, voter: String(participant.id), rule: .dots, marks: marks)
                            .event(in: state)
                    }
                }
            }
        }
        clock.advance(seconds: phase.plannedSeconds + (index % 3) * 60)
    }
    try session.append([SessionFinished()])
    print(
        "prepared \(output): \(session.state.notes.count) notes, \(tables) tables, \(people) participants, "
            + "\(session.state.voteCount) ballots, \(session.state.eventCount) events")
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func time(session path: String, output: String, runs: Int, jsonOut: String?) throws {
    try FilePath.createDirectory(output)
    let stages = ["open", "analyse", "markdown", "html", "csv", "json", "qdc+codebook", "write"]
    var samples: [String: [Double]] = [:]
    var totals: [Double] = []
    var summary = ""
    let clock = ContinuousClock()
    for run in 0...runs {  // run 0 warms up and is not counted
        var stage: [String: Double] = [:]
        var files: [(String, String)] = []
        let total = try clock.measure {
            var started = clock.now
            func lap(_ name: String) {
                let now = clock.now
                stage[name] = seconds(now - started)
                started = now
            }
            let session = try Session.open(at: path)
            lap("open")
            let state = session.state
            let report = FindingsBuilder(options: FindingsOptions(language: state.info.language)).build([
                FindingsSource(state: state, sessionID: session.header.session, file: "benchmark.workshop")
            ])
            lap("analyse")
            let wording = FindingsWording(report: report, utcOffsetMinutes: -180)
            files.append(("findings.md", FindingsMarkdownRenderer(wording: wording).render()))
            lap("markdown")
            files.append(("findings.html", FindingsHTMLRenderer(wording: wording).render()))
            lap("html")
            files.append(("findings.csv", FindingsCSVRenderer(wording: wording).render()))
            lap("csv")
            files.append(("findings.json", FindingsJSONRenderer(report: report).render()))
            lap("json")
            files.append(("findings.qdc", QDACodebookRenderer(wording: wording).render()))
            files.append(("findings-codebook.csv", CodebookCSVRenderer(wording: wording).render()))
            lap("qdc+codebook")
            for (name, text) in files {
                try SystemFile.writeAtomically(Array(text.utf8), to: FilePath.join(output, name), replacing: true)
            }
            lap("write")
            if run == 0 {
                summary =
                    "\(report.totals.notes) notes, \(report.themes.count) themes, \(report.crossCutting.count) cross-cutting, "
                    + "\(report.questions.count) questions; files: "
                    + files.map { "\($0.0) \($0.1.utf8.count / 1024) KiB" }.joined(separator: ", ")
            }
        }
        guard run > 0 else { continue }
        totals.append(seconds(total))
        for (name, value) in stage { samples[name, default: []].append(value) }
    }
    print(summary)
    print(
        "runs \(runs) (after one warm-up); median total \(String(format: "%.1f", median(totals) * 1000)) ms "
            + "(min \(String(format: "%.1f", (totals.min() ?? 0) * 1000)), max \(String(format: "%.1f", (totals.max() ?? 0) * 1000)))"
    )
    for name in stages {
        print(
            "  \(name.padding(toLength: 14, withPad: " ", startingAt: 0)) \(String(format: "%7.1f", median(samples[name] ?? []) * 1000)) ms"
        )
    }
    if let jsonOut {
        var members: [(key: String, value: JSONValue)] = [
            ("runs", .integer(runs)), ("medianMilliseconds", .double(median(totals) * 1000)),
            ("totalsMilliseconds", .array(totals.map { .double($0 * 1000) })),
        ]
        members.append(("stages", .object(stages.map { ($0, .double(median(samples[$0] ?? []) * 1000)) })))
        try (JSONValue.object(members).serialized(pretty: true) + "\n").write(toFile: jsonOut, atomically: true, encoding: .utf8)
    }
}

do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    switch arguments.first {
    case "prepare":
        guard arguments.count == 3 else { throw BenchmarkFailure.usage("prepare <notes.tsv> <session.workshop>") }
        try prepare(notes: arguments[1], session: arguments[2])
    case "time":
        guard arguments.count >= 3 else { throw BenchmarkFailure.usage("time <session.workshop> <out-dir> [--runs n]") }
        var runs = 7
        var jsonOut: String?
        var index = 3
        while index < arguments.count {
            switch arguments[index] {
            case "--runs" where index + 1 < arguments.count: runs = Int(arguments[index + 1]) ?? runs
            case "--json-out" where index + 1 < arguments.count: jsonOut = arguments[index + 1]
            default: throw BenchmarkFailure.usage("unknown option \(arguments[index])")
            }
            index += 2
        }
        try time(session: arguments[1], output: arguments[2], runs: max(1, runs), jsonOut: jsonOut)
    default:
        throw BenchmarkFailure.usage("FindingsBenchmark prepare|time ...")
    }
} catch {
    FileHandle.standardError.write(Data("FindingsBenchmark: \(error)\n".utf8))
    exit(1)
}
