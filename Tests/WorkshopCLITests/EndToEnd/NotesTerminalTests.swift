import Foundation
import Testing

@testable import Engine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `workshop notes` on a real (pseudo-)terminal: line editing, section keys, following
/// the facilitator's rounds without a restart, Ctrl-C and Ctrl-D, and the terminal given
/// back as it was.
@Suite(
    .enabled(if: BuiltBinary.path != nil, "build the workshop binary first (swift build)"),
    .enabled(if: PseudoTerminal.isAvailable, "this system cannot open pseudo-terminals"))
struct NotesTerminalTests {
    @Test func systematiserAtATerminal() throws {
        let scratch = try Scratch()
        let file = try VotingCLIFixture.session(in: scratch)
        let facilitator = try Session.open(at: file)
        let phases = facilitator.state.agenda.phases
        try facilitator.append([PhaseStarted(phase: try #require(phases.firstIndex { $0.round == 1 }))])
        let terminal = try #require(PseudoTerminal())
        let binary = try #require(BuiltBinary.path)
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "en_US.UTF-8"
        environment["NO_COLOR"] = "1"
        environment["TERM"] = "xterm"
        environment.removeValue(forKey: "LC_ALL")
        var before = termios()
        tcgetattr(terminal.slave, &before)
        let process = try terminal.launch(binary, ["notes", file, "--table", "2"], environment: environment)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        func expectOutput(_ text: String, _ comment: Comment? = nil) {
            #expect(terminal.waitFor(text), comment ?? "waiting for \(text)\n--- transcript ---\n\(terminal.transcript)")
        }
        expectOutput("Table 2 · Round 1 of 3")
        expectOutput("T2 R1 [no section] › ")

        // Backspace fixes a typo; Left moves back to insert a word.
        terminal.type("Falta presupuestx\u{7F}o estable\r")
        expectOutput("✓ #6 saved")
        terminal.type("mundo\u{1B}[D\u{1B}[D\u{1B}[D\u{1B}[D\u{1B}[Dhola \u{1B}[F!\r")
        expectOutput("✓ #7 saved")
        // Alt+2 switches section at once; Tab moves to the next one.
        terminal.send([0x1B, UInt8(ascii: "2")])
        expectOutput("T2 R1 [2 Internal capacities] › ")
        terminal.type("Ñuñoa café\u{7F}\u{7F}fe\r")
        expectOutput("✓ #8 saved · 2 Internal capacities")
        terminal.type("\t")
        expectOutput("[3 Methods] › ")
        // Ctrl-U clears what was typed; Home and Ctrl-K cut.
        terminal.type("basura\u{15}Prototipos rápidos\u{01}\u{0B}Pilotos\r")
        expectOutput("✓ #9 saved · 3 Methods")
        // Ctrl-C on a non-empty line only clears it.
        terminal.type("esto no va\u{03}")
        expectOutput("(line cleared; Ctrl-C again or Ctrl-D on an empty line quits)")

        // The facilitator starts round 2 from another process: the prompt follows.
        try facilitator.append([PhaseStarted(phase: try #require(phases.firstIndex { $0.round == 2 }))])
        expectOutput("── Round 2 of 3 has started ──")
        expectOutput("T2 R2 [3 Methods] › ")
        terminal.type("Idea de la ronda dos\r")
        expectOutput("✓ #11 saved · 3 Methods")
        terminal.type("/edit 11\r")
        expectOutput("edit #11 › Idea de la ronda dos")
        terminal.type(" (corregida)\r")
        expectOutput("✓ #11 updated")
        terminal.type("/list\r")
        expectOutput("Notes of table 2, round 2:")
        expectOutput("#11 [3] Idea de la ronda dos (corregida) (edited)")

        // Ctrl-D on an empty line quits cleanly.
        terminal.send([0x04])
        expectOutput("Notes saved at table 2 in this session: 5. Bye!")
        #expect(terminal.waitForExit(process))
        #expect(process.terminationStatus == 0)

        // The terminal is back as it was found (canonical mode, echo).
        var after = termios()
        tcgetattr(terminal.slave, &after)
        #expect(after.c_lflag & tcflag_t(ICANON | ECHO) == before.c_lflag & tcflag_t(ICANON | ECHO))
        #expect(after.c_lflag & tcflag_t(ICANON) != 0)

        let state = try Session.open(at: file).state
        let notes = state.notes.current
        #expect(
            notes.map(\.text) == [
                "Falta presupuesto estable", "hola mundo!", "Ñuñoa cafe", "Pilotos", "Idea de la ronda dos (corregida)",
            ])
        #expect(notes.map(\.section) == [nil, nil, "capacities", "methods", "methods"])
        #expect(notes.map(\.round) == [1, 1, 1, 1, 2])
        #expect(!notes.contains { $0.text.contains("esto no va") })
    }

    /// `workshop notes FILE -t TABLE` on a fresh pseudo-terminal, with the terminal's
    /// settings from before it started; the process is killed when this goes away.
    final class NotesRun {
        let scratch: Scratch
        let file: String
        let terminal: PseudoTerminal
        let process: Process
        let before: termios

        init(table: Int, environment: [String: String] = ["NO_COLOR": "1", "TERM": "xterm"]) throws {
            scratch = try Scratch()
            file = try VotingCLIFixture.session(in: scratch)
            terminal = try #require(PseudoTerminal())
            let binary = try #require(BuiltBinary.path)
            var settings = termios()
            tcgetattr(terminal.slave, &settings)
            before = settings
            process = try terminal.launch(binary, ["notes", file, "-t", String(table)], environment: environment)
        }

        deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        /// The terminal's local modes (canonical mode, echo...) now.
        var localModes: tcflag_t {
            var settings = termios()
            tcgetattr(terminal.slave, &settings)
            return settings.c_lflag
        }

        func signal(_ number: Int32) { kill(process.processIdentifier, number) }
    }

    @Test func ctrlCOnAnEmptyLineQuitsAndRestoresTheTerminal() throws {
        let run = try NotesRun(table: 1, environment: ["LANG": "es_CL.UTF-8", "NO_COLOR": "1", "TERM": "xterm"])
        let terminal = run.terminal
        #expect(terminal.waitFor("M1 R1 [sin sección] › "), "\(terminal.transcript)")
        terminal.type("una idea\r")
        #expect(terminal.waitFor("✓ #5 guardada"))
        terminal.send([0x03])
        #expect(terminal.waitFor("¡Hasta pronto!"), "\(terminal.transcript)")
        #expect(terminal.waitForExit(run.process))
        #expect(run.process.terminationStatus == 0)
        #expect(run.localModes == run.before.c_lflag)
        #expect(try Session.open(at: run.file).state.notes.current.map(\.text) == ["una idea"])
    }

    /// Every terminating signal ends the loop with 128 + the signal and the terminal back as
    /// it was found (the same handlers as the facilitator console's).
    @Test(arguments: [SIGTERM, SIGHUP, SIGINT, SIGQUIT])
    func terminatingSignalsRestoreTheTerminal(_ signal: Int32) throws {
        let run = try NotesRun(table: 3)
        let terminal = run.terminal
        #expect(terminal.waitFor("R1 [no section] › "), "\(terminal.transcript)")
        #expect(run.localModes & tcflag_t(ICANON) == 0)
        run.signal(signal)
        let exited = terminal.waitForExit(run.process)
        #expect(exited)
        guard exited else { return }
        #expect(run.process.terminationStatus == 128 + signal)
        #expect(run.localModes == run.before.c_lflag)
    }

    /// A stop gives the terminal back; a continue takes it again (raw mode) and redraws; so
    /// does a resize. Typing then works as before.
    @Test func stopContinueAndResize() throws {
        let run = try NotesRun(table: 1)
        let terminal = run.terminal
        #expect(terminal.waitFor("T1 R1 [no section] › "), "\(terminal.transcript)")
        terminal.type("a medias")
        #expect(terminal.waitFor("a medias"))
        run.signal(SIGTSTP)
        // The handler puts the terminal back before the process stops.
        let deadline = Date().addingTimeInterval(10)
        while run.localModes & tcflag_t(ICANON) == 0, Date() < deadline { usleep(20_000) }
        #expect(run.localModes == run.before.c_lflag)
        usleep(100_000)
        run.signal(SIGCONT)
        // Continued: raw mode again and the line redrawn with what was typed.
        #expect(terminal.waitFor("T1 R1 [no section] › a medias"), "\(terminal.transcript)")
        #expect(run.localModes & tcflag_t(ICANON | ECHO) == 0)
        // A resize redraws the line too.
        run.signal(SIGWINCH)
        #expect(terminal.waitFor("T1 R1 [no section] › a medias"), "\(terminal.transcript)")
        terminal.type(" y completa\r")
        #expect(terminal.waitFor("✓ #5 saved"), "\(terminal.transcript)")
        terminal.send([0x04])
        #expect(terminal.waitForExit(run.process))
        #expect(run.process.terminationStatus == 0)
        #expect(run.localModes == run.before.c_lflag)
        #expect(try Session.open(at: run.file).state.notes.current.map(\.text) == ["a medias y completa"])
    }
}
