import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

/// The capture loop with piped input, in-process.
@Suite struct NotesCaptureTests {
    /// Lines fed one at a time, with a hook that runs before a given line is read (to act
    /// as the facilitator while the systematiser types).
    final class ScriptedInput: TextInput, @unchecked Sendable {
        private var lines: [[UInt8]]
        private var position = 0
        private let before: (Int) -> Void
        let isTerminal = false

        init(_ lines: [[UInt8]], before: @escaping (Int) -> Void = { _ in }) {
            self.lines = lines
            self.before = before
        }

        convenience init(_ lines: [String], before: @escaping (Int) -> Void = { _ in }) {
            self.init(lines.map { Array($0.utf8) }, before: before)
        }

        func readAll() -> [UInt8] { [] }

        func readLine() -> [UInt8]? {
            guard position < lines.count else { return nil }
            before(position)
            defer { position += 1 }
            return lines[position]
        }
    }

    private func run(_ arguments: [String], input: any TextInput, language: String = "en_US.UTF-8") -> CLIRun {
        let output = CapturedOutput()
        let error = CapturedOutput()
        let status = Workshop.run(
            arguments, output: output, errorOutput: error, input: input, environment: ["LANG": language],
            clock: ManualTimeSource(start: Timestamp(year: 2026, month: 12, day: 1, hour: 12)))
        return CLIRun(status: status, output: output.text, error: error.text)
    }

    @Test func everyLineIsSavedWithItsSectionAndCommandsWork() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let input = ScriptedInput([
            "Primera idea, sin sección",
            "2",
            "Falta capacitación en datos",
            "/section métodos",
            "Prototipos rápidos",
            "/edit 7 Prototipos rápidos con usuarios",
            "/delete 6",
            "/undo",
            "/undo",
            "//ciudadanía digital",
            "",
            "/list",
        ])
        let run = run(["notes", file, "--table", "2", "--author", "Ana Pérez"], input: input)
        #expect(run.status == 0, "\(run.error)")
        let state = try Session.open(at: file).state
        let notes = state.notes.current
        #expect(
            notes.map(\.text) == [
                "Primera idea, sin sección", "Falta capacitación en datos", "Prototipos rápidos", "/ciudadanía digital",
            ])
        #expect(notes.map(\.section) == [nil, "capacities", "methods", "methods"])
        #expect(notes.allSatisfy { $0.table == 2 && $0.round == 1 && $0.question == 2 && $0.author == "Ana Pérez" })
        // The edit was undone: the earlier text is back, both versions are in the history.
        #expect(state.notes.note(7)?.previousTexts == ["Prototipos rápidos", "Prototipos rápidos con usuarios"])
        #expect(
            run.output.contains(
                """
                Table 2 · Round 1 of 3
                Question 2: Which barriers and gaps must new initiatives take into account?
                Sections: 1 Structures and frameworks · 2 Internal capacities · 3 Methods · 4 Visible interactions with users
                """))
        for line in [
            "✓ #5 saved", "Section: 2 Internal capacities", "✓ #6 saved · 2 Internal capacities", "✓ #7 updated",
            "✗ #6 retracted (/undo brings it back)", "↶ #6 restored", "↶ #7 back to its earlier text",
            "Notes of table 2, round 1:", "  #6 [2] Falta capacitación en datos", "  #7 [3] Prototipos rápidos (edited)",
            "Notes saved at table 2 in this session: 4. Bye!",
        ] {
            #expect(run.output.contains(line + "\n"), "missing \(line)")
        }
    }

    @Test func thePromptFollowsTheFacilitatorToTheNextRound() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let facilitator = try Session.open(at: file)
        let phases = facilitator.state.agenda.phases
        let round1 = try #require(phases.firstIndex { $0.round == 1 })
        let round2 = try #require(phases.firstIndex { $0.round == 2 })
        let round3 = try #require(phases.firstIndex { $0.round == 3 })
        let vote = try #require(phases.firstIndex { $0.kind == .vote })
        try facilitator.append([PhaseStarted(phase: round1)])
        let input = ScriptedInput(["En la ronda uno", "En la ronda dos", "Durante la votación"]) { line in
            // Another process (the facilitator's console) moves on while the loop runs.
            if line == 1 { _ = try? facilitator.append([PhaseStarted(phase: round2)]) }
            if line == 2 { _ = try? facilitator.append([PhaseStarted(phase: round3), PhaseStarted(phase: vote)]) }
        }
        let run = run(["notes", file, "-t", "3"], input: input, language: "es_CL.UTF-8")
        #expect(run.status == 0, "\(run.error)")
        let notes = try Session.open(at: file).state.notes.current
        #expect(notes.map(\.round) == [1, 2, 3])
        #expect(
            run.output.contains(
                "── Comenzó la ronda 2 de 3 ──\nPregunta 3: ¿Cómo podemos usar la innovación para mejorar nuestros servicios?\n"))
        #expect(run.output.contains("── Comenzó la ronda 3 de 3 ──\n"))
        #expect(run.output.contains("Ahora: Votación de conclusiones. Las notas siguen yendo a la ronda 3.\n"))
        #expect(!run.output.contains("Comenzó la ronda 1"))
    }

    @Test func notesAreSanitizedWhenShown() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let hostile = "Hola\u{1B}]0;pwned\u{07}\u{1B}[2J mundo\u{202E}al revés\u{0008}"
        let run = run(["notes", file, "-t", "1"], input: ScriptedInput([hostile, "/list"]))
        #expect(run.status == 0)
        #expect(!run.output.contains("\u{1B}"))
        #expect(!run.output.contains("\u{202E}"))
        #expect(run.output.contains("#5 Hola mundoal revés\n"))
        // Stored as typed (exports escape it for their own format).
        #expect(try Session.open(at: file).state.notes.note(5)?.text == hostile)
        // Commands and sections that echo what was typed in an error say it without controls.
        let errors = self.run(
            ["notes", file, "-t", "1"], input: ScriptedInput(["/\u{1B}]0;pwned\u{07}x", "/section \u{1B}[2Jnada"]))
        #expect(errors.status == 1)
        #expect(errors.error.contains("/x"))
        #expect(errors.error.contains("nada"))
        #expect(!errors.error.contains("\u{1B}") && !errors.error.contains("\u{07}"))
    }

    @Test func badLinesAreReportedAndTheRestSaved() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let input = ScriptedInput([
            Array("buena".utf8), [0x63, 0x61, 0x66, 0xE9], Array("/edit 5".utf8), Array("/bogus".utf8),
            Array("/section 9".utf8), Array("/edit 999 texto".utf8), Array("otra buena".utf8),
        ])
        let run = run(["notes", file, "-t", "1"], input: input)
        #expect(run.status == 1)
        #expect(try Session.open(at: file).state.notes.current.map(\.text) == ["buena", "otra buena"])
        for message in [
            "Error: line 2 of the input is not valid UTF-8; nothing was saved. Save the text as UTF-8.",
            "Error: give the new text on the same line: /edit 5 NEW TEXT",
            "Error: unknown command /bogus; /help lists the commands (start a note with // to type a '/').",
            "Error: unknown section \"9\" for this table's canvas",
            "Error: there is no note #999 in this session.",
            "Error: lines not saved: 5 (see the messages above); notes saved: 2.",
        ] {
            #expect(run.error.contains(message), "missing \(message)")
        }
    }

    @Test func editingAnotherTablesNoteIsRefused() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        #expect(runCLI(["note", file, "--table", "1", "de la mesa uno"]).status == 0)
        let run = run(["notes", file, "-t", "2"], input: ScriptedInput(["/edit 5 cambio", "/delete 5"]))
        #expect(run.status == 1)
        #expect(run.error.contains("Error: note #5 belongs to table 1, not to table 2; correct it from that table."))
        #expect(try Session.open(at: file).state.notes.note(5)?.text == "de la mesa uno")
    }

    @Test func startingChecks() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let table = run(["notes", file, "-t", "9"], input: ScriptedInput([String]()))
        #expect(table.status == 1)
        #expect(table.error == "Error: there is no table 9 in this session (tables: 1–3).\n")
        let section = run(["notes", file, "-t", "1", "--section", "bogus"], input: ScriptedInput([String]()))
        #expect(section.status == 1)
        #expect(section.error.contains("unknown section \"bogus\""))
        let started = run(
            ["notes", file, "-t", "1", "--section", "Interacciones"], input: ScriptedInput(["con sección inicial"]))
        #expect(started.status == 0)
        #expect(try Session.open(at: file).state.notes.current.last?.section == "interactions")
    }

    /// What a terminal delivers, line by line, ending with a signal.
    final class SignalledInput: CaptureInput {
        private var results: [CaptureInputLine]
        private(set) var finished = false
        init(_ results: [CaptureInputLine]) { self.results = results }
        var isInteractive: Bool { true }
        func nextLine(initial: String, delegate: LineReaderDelegate) -> CaptureInputLine {
            results.isEmpty ? .end : results.removeFirst()
        }
        func finish() { finished = true }
    }

    @Test func aTerminatingSignalEndsTheLoopWithItsStatusAndGivesTheTerminalBack() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let output = CapturedOutput()
        let errors = CapturedOutput()
        let context = CommandContext(
            output: output, errorOutput: errors, input: ScriptedInput([String]()), environment: [:],
            clock: ManualTimeSource(start: Timestamp(year: 2026, month: 12, day: 1, hour: 12)), language: .en)
        let loop = NoteCaptureLoop(session: try Session.open(at: file), table: 2, author: nil, section: nil, context: context)
        let input = SignalledInput([.line("antes de la señal"), .terminated(signal: 15), .line("nunca leída")])
        #expect(throws: TerminatedBySignal(signal: 15)) { try loop.run(input: input) }
        #expect(input.finished)
        #expect(output.text.contains("✓ #5 saved"))
        #expect(!output.text.contains("Bye"))
        #expect(try Session.open(at: file).state.notes.current.map(\.text) == ["antes de la señal"])
        // The command then exits as a process ended by the signal would, saying nothing.
        let reporter = ErrorReporter(context: context)
        #expect(reporter.report(TerminatedBySignal(signal: 1), configuration: nil, path: ["workshop"]) == 129)
        #expect(errors.text.isEmpty)
    }
}
