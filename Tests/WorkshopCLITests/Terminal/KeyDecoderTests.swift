import Testing

@testable import WorkshopCLI

@Suite struct KeyDecoderTests {
    private func decode(_ bytes: [UInt8]) -> [TerminalKey] {
        var decoder = KeyDecoder()
        return decoder.feed(bytes) + decoder.flush()
    }

    @Test func arrowsHomeEndDeleteInTheirCommonForms() {
        #expect(decode(Array("\u{1B}[D\u{1B}[C\u{1B}OD\u{1B}OC".utf8)) == [.left, .right, .left, .right])
        #expect(
            decode(Array("\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~".utf8)) == [.home, .end, .home, .end, .home, .end])
        #expect(decode(Array("\u{1B}[3~\u{1B}[1;5D\u{1B}[1;5C".utf8)) == [.delete, .wordLeft, .wordRight])
        #expect(decode(Array("\u{1B}OP\u{1B}OS\u{1B}[15~".utf8)) == [.function(1), .function(4), .function(5)])
        #expect(
            decode([0x01, 0x05, 0x15, 0x0B, 0x17, 0x7F, 0x08]) == [
                .home, .end, .killToStart, .killToEnd, .deleteWord, .backspace, .backspace,
            ])
    }

    @Test func utf8SplitAcrossReads() {
        var decoder = KeyDecoder()
        let bytes = Array("ñé€🙂".utf8)
        var keys: [TerminalKey] = []
        for byte in bytes { keys += decoder.feed([byte]) }
        #expect(keys == [.character("ñ"), .character("é"), .character("€"), .character("🙂")])
        #expect(!decoder.hasPending)
    }

    @Test func escapeSequencesSplitAcrossReads() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.feed([0x5B]) == [])
        #expect(decoder.feed([0x44]) == [.left])
        #expect(decoder.feed([0x1B]) == [])
        // The terminal stayed silent: a lone Esc.
        #expect(decoder.flush() == [.escape])
    }

    @Test func altDigitsAndControlKeys() {
        #expect(decode(Array("\u{1B}2\u{1B}b\u{1B}f".utf8)) == [.alt("2"), .wordLeft, .wordRight])
        #expect(decode([0x03, 0x04, 0x09, 0x0C]) == [.interrupt, .endOfInput, .tab, .redraw])
    }

    @Test func enterOnceForCarriageReturnLineFeed() {
        #expect(decode(Array("a\r\nb\rc\n".utf8)) == [.character("a"), .enter, .character("b"), .enter, .character("c"), .enter])
    }

    @Test func invalidBytesAndC1ControlsAreDropped() {
        #expect(
            decode([0x61, 0xFF, 0x62, 0xC2, 0x9B, 0x63]) == [
                .character("a"), .unknown, .character("b"), .unknown, .character("c"),
            ])
        #expect(decode([0xE2, 0x41]) == [.unknown, .character("A")])
    }
}
