import Engine
import Testing

@testable import WorkshopCLI

@Suite struct FrameWriterTests {
    let size = TerminalSize(columns: 20, rows: 3)

    @Test func onlyChangedLinesAreRewritten() {
        var writer = FrameWriter()
        let first = writer.update([StyledLine("uno"), StyledLine("dos"), StyledLine("tres")], size: size, colors: false)
        #expect(first.hasPrefix("\u{1B}[?2026h"))
        #expect(first.hasSuffix("\u{1B}[?2026l"))
        #expect(first.contains("\u{1B}[2J"))
        #expect(first.contains("\u{1B}[1;1Huno") && first.contains("\u{1B}[3;1Htres"))
        #expect(writer.update([StyledLine("uno"), StyledLine("dos"), StyledLine("tres")], size: size, colors: false) == "")
        let second = writer.update([StyledLine("uno"), StyledLine("DOS"), StyledLine("tres")], size: size, colors: false)
        #expect(second.contains("\u{1B}[2;1HDOS"))
        #expect(!second.contains("uno") && !second.contains("tres") && !second.contains("\u{1B}[2J"))
        let ring = writer.update(
            [StyledLine("uno"), StyledLine("DOS"), StyledLine("tres")], size: size, colors: false, bell: true)
        #expect(ring.contains("\u{07}"))
        writer.invalidate()
        #expect(
            writer.update([StyledLine("uno"), StyledLine("DOS"), StyledLine("tres")], size: size, colors: false).contains(
                "\u{1B}[2J"))
    }

    @Test func colourOnlyWhenAskedEmphasisAlways() {
        let line = StyledLine("¡Ojo!", CellStyle(bold: true, color: .red))
        #expect(line.rendered(colors: true) == "\u{1B}[1;31m¡Ojo!\u{1B}[0m")
        #expect(line.rendered(colors: false) == "\u{1B}[1m¡Ojo!\u{1B}[0m")
        #expect(StyledLine("plano").rendered(colors: true) == "plano")
    }
}

@Suite struct TextLayoutTests {
    @Test func widths() {
        #expect(DisplayWidth.of("Ñuñoa") == 5)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("会议") == 4)
        #expect(DisplayWidth.of("██ →") == 4)
        // Emoji shown wide, with emoji presentation, or joined into one: two columns each.
        #expect(DisplayWidth.of("⌚🚀") == 4)
        #expect(DisplayWidth.of("❤\u{FE0F}") == 2)
        #expect(DisplayWidth.of("👩\u{200D}💻") == 2)
        #expect(DisplayWidth.of(Character("会")) == 2)
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
    }

    @Test func truncateWrapPad() {
        #expect(DisplayWidth.truncate("Conversación", to: 6) == "Conve…")
        #expect(DisplayWidth.truncate("Mesa", to: 6) == "Mesa")
        #expect(DisplayWidth.pad("Mesa", to: 6) == "Mesa  ")
        #expect(DisplayWidth.wrap("Conversar la pregunta de la mesa", width: 12) == ["Conversar la", "pregunta de", "la mesa"])
        #expect(DisplayWidth.wrap("Supercalifragilístico", width: 8) == ["Supercal", "ifragilí", "stico"])
        let line = StyledLine("Mesa ", .bold) + StyledLine("uno dos tres")
        #expect(line.truncated(to: 8).text == "Mesa un…")
        #expect(line.truncated(to: 8).width == 8)
        #expect(StyledLine("ab").centered(in: 6).text == "  ab")
        #expect(StyledLine.spread(StyledLine("izq"), StyledLine("der"), width: 10).text == "izq    der")
    }

    @Test func blockDigits() {
        // 3x5 pixels, two columns per pixel, one pixel between glyphs; the colon is one pixel wide.
        #expect(BlockDigits.width(of: "12:34", scale: 1) == (3 + 3 + 1 + 3 + 3 + 4) * 2)
        #expect(BlockDigits.width(of: "12:34", scale: 3) == 3 * BlockDigits.width(of: "12:34", scale: 1))
        let eight = BlockDigits.render("8", scale: 1)
        #expect(eight == ["██████", "██  ██", "██████", "██  ██", "██████"])
        #expect(BlockDigits.render("0", scale: 2).count == 10)
        #expect(
            BlockDigits.render("+1:05", scale: 1).allSatisfy { DisplayWidth.of($0) == BlockDigits.width(of: "+1:05", scale: 1) })
    }
}

@Suite struct ConsoleInputTests {
    @Test func amountsOfTime() {
        #expect(ExtensionAmount.seconds(from: "5") == 300)
        #expect(ExtensionAmount.seconds(from: "+10") == 600)
        #expect(ExtensionAmount.seconds(from: "-2") == -120)
        #expect(ExtensionAmount.seconds(from: "90s") == 90)
        #expect(ExtensionAmount.seconds(from: " -30s ") == -30)
        #expect(ExtensionAmount.seconds(from: "3m") == 180)
        #expect(ExtensionAmount.seconds(from: "3min") == 180)
        for bad in ["", "0", "-", "1.5", "abc", "5x", "--5", "1234567", "٣"] {
            #expect(ExtensionAmount.seconds(from: bad) == nil, "\(bad)")
        }
    }

    @Test func warningLists() {
        #expect(RunCommand.warnings(from: "5,1") == [300, 60])
        #expect(RunCommand.warnings(from: "10, 2, 30s") == [600, 120, 30])
        #expect(RunCommand.warnings(from: "off") == [])
        #expect(RunCommand.warnings(from: "5,,1") == nil)
        #expect(RunCommand.warnings(from: "-5") == nil)
        let clock = ManualTimeSource(start: ConsoleFixtures.start)
        let result = ConsoleFixtures.run(["run", "x.workshop", "--warn", "cinco"], clock: clock)
        #expect(result.code == 64)
        #expect(result.error.contains("'--warn cinco'"))
    }
}

@Suite struct ConsoleControllerTests {
    let clock = ManualTimeSource(start: ConsoleFixtures.start)

    @Test func keysBecomeCommandsAndPromptsAsk() throws {
        let file = try ConsoleFixtures.makeSession(clock: clock)
        var controller = ConsoleController(localizer: Localizer(language: .en))
        var state = try ConsoleFixtures.state(file)
        let now = clock.now()
        #expect(controller.handle(.character(" "), state: state, now: now, monotonic: 0) == .perform(.start(phase: nil)))
        #expect(controller.handle(.character("b"), state: state, now: now, monotonic: 0) == nil)
        #expect(controller.message?.kind == .error)
        ConsoleFixtures.run(["start", file], clock: clock)
        state = try ConsoleFixtures.state(file)
        #expect(controller.handle(.character(" "), state: state, now: now, monotonic: 0) == .perform(.pause))
        #expect(controller.handle(.character("N"), state: state, now: now, monotonic: 0) == nil)
        #expect(controller.overlay == .confirm(.next))
        #expect(controller.handle(.character("s"), state: state, now: now, monotonic: 0) == .perform(.next))
        #expect(controller.handle(.character("+"), state: state, now: now, monotonic: 0) == .perform(.extend(seconds: 60)))
        #expect(controller.handle(.character("-"), state: state, now: now, monotonic: 0) == .perform(.extend(seconds: -60)))
        #expect(controller.handle(.character("e"), state: state, now: now, monotonic: 0) == nil)
        for character in "1x5" { _ = controller.handle(.character(character), state: state, now: now, monotonic: 0) }
        #expect(controller.overlay == .extendPrompt("15"))
        #expect(controller.handle(.enter, state: state, now: now, monotonic: 0) == .perform(.extend(seconds: 900)))
        #expect(controller.handle(.character("e"), state: state, now: now, monotonic: 0) == nil)
        _ = controller.handle(.character("-"), state: state, now: now, monotonic: 0)
        #expect(controller.handle(.enter, state: state, now: now, monotonic: 0) == nil)
        #expect(controller.message?.kind == .error)
        #expect(controller.handle(.character("z"), state: state, now: now, monotonic: 0) == nil)
        #expect(controller.message?.text.contains("“z”") == true)
        #expect(controller.handle(.interrupt, state: state, now: now, monotonic: 0) == .quit)
        #expect(controller.handle(.endOfInput, state: state, now: now, monotonic: 0) == .quit)
        #expect(controller.handle(.redraw, state: state, now: now, monotonic: 0) == .redraw)
        #expect(controller.handle(.suspend, state: state, now: now, monotonic: 0) == .suspend)
        #expect(controller.handle(.character("Q"), state: state, now: now, monotonic: 0) == .quit)
        // When time is up, n moves on at once.
        let over = now.adding(seconds: 601)
        #expect(controller.handle(.character("n"), state: state, now: over, monotonic: 0) == .perform(.next))
        // A confirmation pending when another terminal moves on is dropped.
        _ = controller.handle(.character("b"), state: state, now: now, monotonic: 0)
        #expect(controller.overlay == .none)  // first phase: refused
        _ = controller.handle(.character("n"), state: state, now: now, monotonic: 0)
        controller.phaseChanged()
        #expect(controller.overlay == .none)
        // Messages go away after a while.
        controller.show("hola", kind: .info, monotonic: 1000)
        #expect(controller.expireMessage(monotonic: 2000) == 1000 + ConsoleController.messageMilliseconds)
        #expect(controller.expireMessage(monotonic: 1000 + ConsoleController.messageMilliseconds) == nil)
        #expect(controller.message == nil)
    }
}
