import Foundation
import Testing

@testable import Engine

@Suite struct SessionJournalTests {
    @Test func createAppendReopenGivesTheSameState() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        let clock = ManualTimeSource(start: SampleSession.start)
        let session = try SampleSession.create(at: path, clock: clock)
        clock.advance(seconds: 30)
        let recorded = try session.append { state in
            [try NoteDraft(table: 2, section: "2", author: "Ana", text: "  Falta presupuesto  ").event(in: state)]
        }
        #expect(recorded.map(\.context.sequence) == [5])
        try session.append([PhaseStarted(phase: 1)])
        let reopened = try Session.open(at: path)
        #expect(reopened.state == session.state)
        let note = try #require(reopened.state.notes.note(5))
        #expect(note.text == "Falta presupuesto")
        #expect(note.section == "capacities")
        #expect(note.question == 2)
        #expect(note.at == SampleSession.start.adding(seconds: 30))
        #expect(reopened.state.currentRound == 1)
        #expect(reopened.state.timeline.currentPhase == 1)
    }

    @Test func linesAreJSONWithTheEnvelopeFirst() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        _ = try SampleSession.create(at: path)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix(#"{"format":"workshop-journal","version":1,"#))
        for (index, line) in lines.dropFirst().enumerated() {
            #expect(line.hasPrefix(#"{"seq":\#(index + 1),"at":"2026-12-01T12:00:00.000Z","type":""#))
            let value = try JSONValue(parsing: String(line))
            #expect(value["data"] != nil)
        }
    }

    @Test func refusesToOverwriteAnExistingSession() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        _ = try SampleSession.create(at: path)
        #expect(throws: JournalError.alreadyExists(path: path)) { try SampleSession.create(at: path) }
        #expect(throws: Never.self) {
            _ = try Session.create(at: path, events: SampleSession.events, replacing: true)
        }
    }

    @Test func tornTailIsRecoveredOnceAndKept() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        let session = try SampleSession.create(at: path)
        try session.append { state in [try NoteDraft(table: 1, text: "primera").event(in: state)] }
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        let torn = Data(#"{"seq":6,"at":"2026-12-01T12:00:00.000Z","type":"note.added","data":{"table":1,"te"#.utf8)
        try (good + torn).write(to: URL(fileURLWithPath: path))

        let log = WarningLog()
        let reopened = try Session.open(at: path, warn: { log.add($0) })
        #expect(reopened.state.notes.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == good)
        guard case .tornTailRecovered(_, let bytes, let copy)? = log.warnings.first else {
            Issue.record("no recovery warning: \(log.warnings)")
            return
        }
        #expect(bytes == torn.count)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == torn)
        // The next append continues from the good line; a second open warns no more.
        try reopened.append { state in [try NoteDraft(table: 1, text: "segunda").event(in: state)] }
        let second = WarningLog()
        let again = try Session.open(at: path, warn: { second.add($0) })
        #expect(second.warnings.isEmpty)
        #expect(again.state.notes.all.map(\.text) == ["primera", "segunda"])
        #expect(again.state.notes.all.map(\.id) == [5, 6])
    }

    @Test func garbageAfterACrashIsRecoveredToo() throws {
        // A power loss can leave zero bytes or a complete but broken last line.
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        _ = try SampleSession.create(at: path)
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        try (good + Data(repeating: 0, count: 300) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path))
        let log = WarningLog()
        let session = try Session.open(at: path, warn: { log.add($0) })
        #expect(session.state.eventCount == 4)
        #expect(log.warnings.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == good)
    }

    @Test func corruptMiddleLineNamesItsLine() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        let session = try SampleSession.create(at: path)
        for text in ["a", "b", "c"] {
            try session.append { state in [try NoteDraft(table: 1, text: text).event(in: state)] }
        }
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        lines[5] = String(lines[5].prefix(40)) + "}"  // line 6 of the file, note "a"
        let damaged = lines.joined(separator: "\n")
        try damaged.write(toFile: path, atomically: false, encoding: .utf8)
        #expect {
            try Session.open(at: path)
        } throws: { error in
            guard case JournalError.corruptLine(_, let line, _) = error else { return false }
            return line == 6
        }
        // Nothing was changed by the failed open.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == damaged)
    }

    @Test func wrongFieldTypeIsReportedWithItsPath() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        _ = try SampleSession.create(at: path)
        let bad =
            #"{"seq":5,"at":"2026-12-01T12:00:00.000Z","type":"note.added","data":{"table":"uno","round":1,"question":1,"text":"x"}}"#
        let ok = #"{"seq":6,"at":"2026-12-01T12:00:00.000Z","type":"phase.started","data":{"phase":0}}"#
        try (String(contentsOfFile: path, encoding: .utf8) + bad + "\n" + ok + "\n").write(
            toFile: path, atomically: false, encoding: .utf8)
        #expect {
            try Session.open(at: path)
        } throws: { error in
            guard case JournalError.corruptLine(_, 6, let reason) = error else { return false }
            return reason.contains("$.data.table") && reason.contains("expected an integer")
        }
    }

    @Test func newerFormatSaysWhichVersionIsNeeded() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        let header =
            #"{"format":"workshop-journal","version":7,"requires":"3.2.0","workshop":"3.4.1","created":"2030-01-01T00:00:00.000Z","session":"x"}"#
        try (header + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: JournalError.newerFormat(path: path, version: 7, requires: "3.2.0")) { try Session.open(at: path) }
    }

    @Test func otherFilesAreNotJournals() throws {
        let directory = TemporaryDirectory()
        for (name, content) in [("a.csv", "nombre,correo\nAna,a@x\n"), ("b.json", "{\"format\":\"other\"}\n"), ("c", "")] {
            let path = directory.file(name)
            try content.write(toFile: path, atomically: false, encoding: .utf8)
            #expect(throws: JournalError.notAJournal(path: path)) { try Session.open(at: path) }
        }
        #expect(throws: JournalError.self) { try Session.open(at: directory.file("missing.workshop")) }
    }

    @Test func sequenceGapsAreErrors() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        _ = try SampleSession.create(at: path)
        let line = #"{"seq":9,"at":"2026-12-01T12:00:00.000Z","type":"phase.started","data":{"phase":0}}"#
        let tail = #"{"seq":10,"at":"2026-12-01T12:00:00.000Z","type":"phase.started","data":{"phase":1}}"#
        try (String(contentsOfFile: path, encoding: .utf8) + line + "\n" + tail + "\n").write(
            toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: JournalError.sequenceMismatch(path: path, line: 6, expected: 5, found: 9)) { try Session.open(at: path) }
    }

    @Test func unknownEventTypesAreReported() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        _ = try SampleSession.create(at: path)
        let line = #"{"seq":5,"at":"2026-12-01T12:00:00.000Z","type":"future.thing","data":{}}"#
        let tail = #"{"seq":6,"at":"2026-12-01T12:00:00.000Z","type":"phase.started","data":{"phase":0}}"#
        try (String(contentsOfFile: path, encoding: .utf8) + line + "\n" + tail + "\n").write(
            toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: JournalError.unknownEventType(path: path, line: 6, type: "future.thing")) { try Session.open(at: path) }
    }

    @Test func noteLinesInEveryValidFormReadTheSame() throws {
        // The single-pass reader accepts only the writer's exact form; every other valid form
        // must fall back to the general decoder and give the same note.
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        _ = try SampleSession.create(at: path)
        let variants = [
            #"{"table":1,"round":1,"question":1,"section":"structures","author":"Ana","text":"a \"b\" ñ\n"}"#,
            #"{"table":1,"round":1,"question":1,"section":null,"author":null,"text":"sin sección"}"#,
            #"{"text":"otro orden","question":1,"round":1,"table":1}"#,
            #"{ "table" : 1 , "round" : 1 , "question" : 1 , "text" : "espacios" }"#,
            #"{"table":1,"round":1,"question":1,"text":"clave extra","mood":"bien"}"#,
            #"{"table":1.0,"round":1,"question":1,"text":"número con decimales"}"#,
            #"{"table":1,"round":1,"question":1,"text":"\u00e1rbol \ud83d\ude00"}"#,
        ]
        var text = try String(contentsOfFile: path, encoding: .utf8)
        for (offset, data) in variants.enumerated() {
            text += #"{"seq":\#(5 + offset),"at":"2026-12-01T12:00:00.000Z","type":"note.added","data":\#(data)}"# + "\n"
        }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let notes = try Session.open(at: path).state.notes.all
        #expect(
            notes.map(\.text) == [
                "a \"b\" ñ\n", "sin sección", "otro orden", "espacios", "clave extra", "número con decimales", "árbol 😀",
            ])
        #expect(notes[0].section == "structures")
        #expect(notes[0].author == "Ana")
        #expect(notes[1].section == nil)
        #expect(notes.allSatisfy { $0.table == 1 && $0.round == 1 && $0.question == 1 })
        // A line both readers reject is an error naming its line.
        let bad =
            text
            + #"{"seq":12,"at":"2026-12-01T12:00:00.000Z","type":"note.added","data":{"table":"1","round":1,"question":1,"text":"x"}}"#
            + "\n" + #"{"seq":13,"at":"2026-12-01T12:00:00.000Z","type":"phase.started","data":{"phase":0}}"# + "\n"
        try bad.write(toFile: path, atomically: false, encoding: .utf8)
        #expect {
            try Session.open(at: path)
        } throws: { error in
            guard case JournalError.corruptLine(_, 13, let reason) = error else { return false }
            return reason.contains("$.data.table")
        }
    }

    @Test func handEditedLinesInAnotherKeyOrderStillRead() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        _ = try SampleSession.create(at: path)
        let line =
            #"{ "type": "note.added", "data": {"text": "editada a mano", "question": 1, "round": 1, "table": 1}, "seq": 5, "at": "2026-12-01T09:00:00-03:00" }"#
        try (String(contentsOfFile: path, encoding: .utf8) + line + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        let session = try Session.open(at: path)
        #expect(session.state.notes.note(5)?.text == "editada a mano")
        #expect(session.state.notes.note(5)?.at == SampleSession.start)
    }

    @Test func skippingNotesKeepsTheSequence() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        let session = try SampleSession.create(at: path)
        for index in 0..<20 {
            try session.append { state in [try NoteDraft(table: index % 3 + 1, text: "nota \(index)").event(in: state)] }
        }
        try session.append([PhaseStarted(phase: 2)])
        let partial = try Session.open(at: path, options: Session.OpenOptions(skipping: [NoteAdded.type]))
        #expect(partial.state.notes.count == 0)
        #expect(partial.state.lastSequence == session.state.lastSequence)
        #expect(partial.state.eventCount == session.state.eventCount)
        #expect(partial.state.currentRound == 2)
        #expect(partial.state.skippedTypes == [NoteAdded.type])
        let recorded = try partial.append { state in [try NoteDraft(table: 1, text: "después").event(in: state)] }
        #expect(recorded.first?.context.sequence == session.state.lastSequence + 1)
        #expect(try Session.open(at: path).state.notes.count == 21)
    }

    @Test func largeJournalsReplayToTheSameStateAsFoldingTheEvents() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("big.workshop")
        var events = SampleSession.events
        for index in 0..<15_000 {
            events.append(
                NoteAdded(
                    table: index % 3 + 1, round: 1, question: index % 3 + 1, section: "structures", author: "Ana",
                    text: "Nota número \(index) con tildes: acción, gestión, año"))
            if index % 5000 == 4999 { events.append(PhaseStarted(phase: index / 5000 + 1)) }
        }
        _ = try Session.create(at: path, events: events)
        #expect(try FilePath.read(path).count > SystemFile.mappingThreshold)
        let session = try Session.open(at: path)
        #expect(session.state.notes.count == 15_000)
        #expect(session.state.eventCount == events.count)
        #expect(session.state.notes.all.last?.text == "Nota número 14999 con tildes: acción, gestión, año")
        #expect(session.state.timeline.currentPhase == 3)
        // The same lines folded one at a time give the same state.
        var state = SessionState()
        for (offset, event) in events.enumerated() {
            event.apply(
                to: &state, context: EventContext(sequence: offset + 1, at: session.state.lastEventAt ?? SampleSession.start))
            state.lastSequence = offset + 1
            state.eventCount += 1
        }
        state.lastEventAt = session.state.lastEventAt
        #expect(state.notes.all.map(\.text) == session.state.notes.all.map(\.text))
        #expect(state.timeline.currentPhase == session.state.timeline.currentPhase)
    }

    @Test func concurrentWritersNeitherLoseNorInterleave() async throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        _ = try SampleSession.create(at: path)
        let writers = 6
        let notesEach = 60
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    // Each writer is its own open file, as a separate process would be.
                    let session = try Session.open(at: path)
                    for index in 0..<notesEach {
                        try session.append { state in
                            [
                                try NoteDraft(table: writer % 3 + 1, author: "w\(writer)", text: "w\(writer)-n\(index)").event(
                                    in: state)
                            ]
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let session = try Session.open(at: path)
        let texts = session.state.notes.all.map(\.text)
        #expect(texts.count == writers * notesEach)
        #expect(Set(texts).count == writers * notesEach)
        for writer in 0..<writers {
            let own = texts.filter { $0.hasPrefix("w\(writer)-") }
            #expect(own == (0..<notesEach).map { "w\(writer)-n\($0)" })
        }
    }

    @Test func refreshSeesWhatOthersAppended() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("s.workshop")
        let console = try SampleSession.create(at: path)
        let other = try Session.open(at: path)
        try other.append([PhaseStarted(phase: 0)])
        try other.append { state in [try NoteDraft(table: 3, text: "desde otra terminal").event(in: state)] }
        #expect(console.state.timeline.currentPhase == nil)
        #expect(try console.refresh() == 2)
        #expect(console.state.timeline.currentPhase == 0)
        #expect(console.state.notes.note(6)?.text == "desde otra terminal")
        #expect(try console.refresh() == 0)
    }

    @Test func registryRejectsDuplicateTypes() {
        #expect(throws: DuplicateEventTypeError(type: NoteAdded.type)) {
            _ = try EventRegistry([NoteAdded.self, PhaseStarted.self, NoteAdded.self])
        }
        #expect(EventRegistry.standard.typeNames.count == Set(EventRegistry.standard.typeNames).count)
    }
}
