import Testing

@testable import Engine

@Suite struct TerminalTextTests {
    @Test func removesEscapeSequencesAndControls() {
        #expect(TerminalText.sanitize("Hola \u{1B}[31mrojo\u{1B}[0m") == "Hola rojo")
        #expect(TerminalText.sanitize("\u{1B}]0;título falso\u{07}texto") == "texto")
        #expect(TerminalText.sanitize("\u{1B}]8;;http://x\u{1B}\\enlace\u{1B}]8;;\u{1B}\\") == "enlace")
        #expect(TerminalText.sanitize("a\u{1B}[2Jb\u{1B}[Hc") == "abc")
        #expect(TerminalText.sanitize("bell\u{07}\u{08}\u{7F}") == "bell")
        #expect(TerminalText.sanitize("c1\u{9B}31mx") == "c1x")
        #expect(TerminalText.sanitize("línea1\nlínea2") == "línea1 línea2")
        #expect(TerminalText.sanitize("línea1\nlínea2", keepNewlines: true) == "línea1\nlínea2")
        #expect(TerminalText.sanitize("abc\u{202E}fed") == "abcfed")
        #expect(TerminalText.sanitize("ñandú 😀\tok") == "ñandú 😀\tok")
        #expect(TerminalText.sanitize("\u{1B}") == "")
    }

    @Test func detectsWhatNeedsSanitizing() {
        #expect(TerminalText.needsSanitizing("x\u{1B}[1m"))
        #expect(!TerminalText.needsSanitizing("normal, ñ y tildes"))
    }
}
