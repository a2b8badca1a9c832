import Engine
import Testing

@testable import WorkshopCLI

/// Frames are a pure function of the state, the instant, the size and the language: checked
/// here at 80x24, on a 200x60 projector terminal and on tiny terminals, without a terminal.
@Suite struct ConsoleRendererTests {
    let clock = ManualTimeSource(start: ConsoleFixtures.start)

    private func scene(
        _ file: String, after seconds: Int, size: TerminalSize, language: Language = .en, overlay: ConsoleScene.Overlay = .none,
        seating: ConsoleScene.SeatingMode = .automatic
    ) throws -> ConsoleScene {
        var scene = ConsoleScene(
            state: try ConsoleFixtures.state(file), now: clock.now().adding(seconds: seconds), size: size,
            localizer: Localizer(language: language), alerts: CountdownAlerts())
        scene.overlay = overlay
        scene.seating = seating
        return scene
    }

    private func text(_ scene: ConsoleScene) -> [String] {
        ConsoleRenderer(scene: scene).lines().map(\.text)
    }

    private func checkFits(_ lines: [String], _ size: TerminalSize) {
        #expect(lines.count == size.rows)
        for line in lines { #expect(DisplayWidth.of(line) <= size.columns, "too wide: \(line)") }
    }

    /// Rows made only of block characters and spaces: the big countdown.
    private func digitRows(_ lines: [String]) -> Int {
        lines.filter { $0.contains("█") && $0.allSatisfy { $0 == "█" || $0 == " " } }.count
    }

    @Test func aRoundAt80x24() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file, "--phase", "2"], clock: clock)
        let size = TerminalSize(columns: 80, rows: 24)
        let lines = text(try scene(file, after: 454, size: size))  // 12:26 left
        checkFits(lines, size)
        #expect(lines[0].contains("Taller de prueba"))
        #expect(lines[0].contains("Phase 2 of 6"))
        #expect(lines.contains { $0.contains("Conversation round 1") && $0.contains("round 1 of 3") })
        #expect(lines.contains { $0.contains("Discuss the table's question") })
        #expect(digitRows(lines) >= BlockDigits.baseHeight)
        #expect(lines.contains { $0.contains("12:26 left of 20:00") && $0.contains("█") && $0.contains("░") })
        #expect(lines.contains { $0.contains("Tables in round 1") })
        for table in 1...3 { #expect(lines.contains { $0.contains("Table \(table)  Q\(table) ") }) }
        #expect(lines.contains { $0.contains("Table 1  Q1 Good practices") && $0.contains("Four analysis dimensions") })
        #expect(lines.contains { $0.contains("Next: Conversation round 2 (20 min)") })
        #expect(lines[23].contains("q quit"))
    }

    @Test func aProjectorGetsBiggerDigitsAndTheSameFacts() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file, "--phase", "2"], clock: clock)
        let size = TerminalSize(columns: 200, rows: 60)
        let lines = text(try scene(file, after: 454, size: size))
        checkFits(lines, size)
        #expect(digitRows(lines) >= 4 * BlockDigits.baseHeight)
        #expect(lines.contains { $0.contains("12:26 left of 20:00") })
        #expect(lines.contains { $0.contains("Table 3  Q3 Innovation for better services") })
    }

    @Test func pausesWarningsAndTimeUpAreWords() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file], clock: clock)  // 10 min
        let size = TerminalSize(columns: 80, rows: 24)
        let normal = text(try scene(file, after: 250, size: size)).joined(separator: "\n")
        #expect(!normal.contains("LEFT") && !normal.contains("PAUSED") && !normal.contains("TIME IS UP"))
        let warning = text(try scene(file, after: 301, size: size)).joined(separator: "\n")
        #expect(warning.contains("5 MINUTES LEFT"))
        let lastMinute = text(try scene(file, after: 545, size: size)).joined(separator: "\n")
        #expect(lastMinute.contains("1 MINUTE LEFT"))
        let over = text(try scene(file, after: 683, size: size)).joined(separator: "\n")
        #expect(over.contains("TIME IS UP"))
        #expect(over.contains("press n for the next phase"))
        #expect(over.contains("01:23 over time (planned 10:00)"))

        clock.advance(seconds: 100)
        ConsoleFixtures.run(["pause", file], clock: clock)
        let paused = text(try scene(file, after: 75, size: size)).joined(separator: "\n")
        #expect(paused.contains("PAUSED"))
        #expect(paused.contains("paused for 01:15"))
        #expect(paused.contains("08:20 left of 10:00"))
    }

    @Test func theSeatingShowsAroundARotation() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file, "--phase", "2"], clock: clock)
        let state = try ConsoleFixtures.state(file)
        let size = TerminalSize(columns: 80, rows: 24)
        // Mid-round: the tables; in the last minute: round 2's seating, with where each person comes from.
        #expect(!text(try scene(file, after: 600, size: size)).contains { $0.contains("find your name") })
        let lines = text(try scene(file, after: 1150, size: size))
        checkFits(lines, size)
        #expect(lines.contains { $0.contains("Round 2: find your name and your table") })
        let round1 = try #require(state.seating(ofRound: 1))
        let round2 = try #require(state.seating(ofRound: 2))
        for participant in state.participants {
            let from = try #require(round1.table(of: participant.id))
            let to = try #require(round2.table(of: participant.id))
            let entry = from == to ? "= \(to)" : "\(from)→\(to)"
            #expect(lines.contains { $0.contains(participant.name) && $0.contains(entry) }, "\(participant.name) \(entry)")
        }
        // `m` hides it; on a huge list it pages.
        #expect(!text(try scene(file, after: 1150, size: size, seating: .hidden)).contains { $0.contains("find your name") })
        let small = TerminalSize(columns: 80, rows: 14)
        let paged = text(try scene(file, after: 1150, size: small))
        checkFits(paged, small)
        #expect(paged.contains { $0.contains("page 1 of 2") || $0.contains("page 2 of 2") })
        // Eight seconds later the other page shows, and the two pages hold everyone once.
        let other = text(try scene(file, after: 1158, size: small))
        let names = state.participants.map(\.name)
        let shown = names.filter { name in paged.contains { $0.contains(name) } }
        let shownLater = names.filter { name in other.contains { $0.contains(name) } }
        #expect(Set(shown).isDisjoint(with: shownLater))
        #expect(Set(shown).union(shownLater) == Set(names))
    }

    @Test func beforeTheStartAndAfterTheEnd() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        let size = TerminalSize(columns: 80, rows: 24)
        let waiting = text(try scene(file, after: 0, size: size))
        checkFits(waiting, size)
        #expect(waiting.contains { $0.contains("Not started yet") })
        #expect(waiting.contains { $0.contains("Press space to start the first phase: Welcome and framing (10 min).") })
        #expect(waiting.contains { $0.contains("· 6. Plenary") })
        #expect(waiting[23].contains("space start"))
        ConsoleFixtures.run(["start", file, "--phase", "6"], clock: clock)
        clock.advance(minutes: 21)
        ConsoleFixtures.run(["next", file], clock: clock)
        let finished = text(try scene(file, after: 5, size: size))
        #expect(finished.contains { $0.contains("Session finished at") })
        #expect(finished.contains { $0.contains("✓ 6. Plenary") && $0.contains("21:00") })
        #expect(finished[23].contains("b reopen last phase"))
    }

    @Test func helpPromptsAndConfirmations() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file], clock: clock)
        let size = TerminalSize(columns: 80, rows: 24)
        let help = text(try scene(file, after: 10, size: size, overlay: .help))
        checkFits(help, size)
        for key in [
            "space   pause or resume", "n       next phase", "b       back one phase", "+ -     add or remove", "e       extend",
            "q       quit",
        ] {
            #expect(help.contains { $0.contains(key) }, "\(key)")
        }
        let prompt = text(try scene(file, after: 10, size: size, overlay: .extendPrompt("-3")))
        #expect(prompt.contains { $0.contains("Extend by how many minutes?") && $0.contains("-3") })
        let confirm = text(try scene(file, after: 10, size: size, overlay: .confirm(.next)))
        #expect(confirm.contains { $0.contains("Move on to Conversation round 1 with 09:50 left? (y/n)") })
    }

    @Test func spanish() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        ConsoleFixtures.run(["start", file, "--phase", "2"], clock: clock)
        let size = TerminalSize(columns: 80, rows: 24)
        let lines = text(try scene(file, after: 1190, size: size, language: .es))
        checkFits(lines, size)
        #expect(lines[0].contains("Fase 2 de 6"))
        #expect(lines.contains { $0.contains("Ronda de conversación 1") && $0.contains("ronda 1 de 3") })
        #expect(lines.contains { $0.contains("quedan 00:10 de 20:00") })
        #expect(lines.contains { $0.contains("QUEDA 1 MINUTO") })
        #expect(lines.contains { $0.contains("Ronda 2: busca tu nombre y tu mesa") })
        #expect(lines.contains { $0.contains("A continuación: Ronda de conversación 2 (20 min)") })
        #expect(lines[23].contains("q salir"))
    }

    @Test func tinyAndOddSizesNeverOverflow() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock, title: "Un título bastante largo para una pantalla muy angosta")
        ConsoleFixtures.run(["start", file, "--phase", "2"], clock: clock)
        for size in [
            TerminalSize(columns: 20, rows: 6), TerminalSize(columns: 40, rows: 12), TerminalSize(columns: 1, rows: 1),
            TerminalSize(columns: 300, rows: 100),
        ] {
            for seconds in [0, 700, 1150, 1300] {
                let lines = text(try scene(file, after: seconds, size: size))
                checkFits(lines, size)
            }
        }
        // Too small for block digits: the countdown is still there, as text.
        let small = text(try scene(file, after: 700, size: TerminalSize(columns: 40, rows: 12)))
        #expect(small.contains { $0.trimmingWhitespace() == "08:20" })
    }

    @Test func userTextCannotControlTheTerminal() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock, title: "Taller \u{1B}[2J\u{1B}]0;pwned\u{07} seguro")
        ConsoleFixtures.run(["start", file], clock: clock)
        let lines = ConsoleRenderer(scene: try scene(file, after: 5, size: TerminalSize(columns: 80, rows: 24))).lines()
        let rendered = lines.map { $0.rendered(colors: true) }.joined()
        #expect(!rendered.contains("\u{1B}[2J"))
        #expect(!rendered.contains("\u{1B}]"))
        #expect(!rendered.contains("\u{07}"))
        #expect(lines[0].text.contains("Taller  seguro"))
    }
}
