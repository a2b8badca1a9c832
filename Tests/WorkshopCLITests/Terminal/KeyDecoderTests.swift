import Testing

@testable import WorkshopCLI

/// The one decoder of the console and the note capture loop. Tests that do not involve Esc
/// followed by a key run in both of its modes: that choice must change nothing else.
@Suite struct KeyDecoderTests {
    /// The line editor's decoder (Esc and a key is Alt) and the console's (two keys).
    private static let modes = [KeyDecoder(), KeyDecoder(escapeStartsAlt: false)]

    private func decode(_ bytes: [UInt8], _ decoder: KeyDecoder = KeyDecoder()) -> [TerminalKey] {
        var decoder = decoder
        return decoder.feed(bytes) + decoder.flush()
    }

    @Test(arguments: modes)
    func arrowsHomeEndDeleteInTheirCommonForms(_ mode: KeyDecoder) {
        #expect(decode(Array("\u{1B}[D\u{1B}[C\u{1B}OD\u{1B}OC".utf8), mode) == [.left, .right, .left, .right])
        #expect(
            decode(Array("\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~".utf8), mode) == [
                .home, .end, .home, .end, .home, .end,
            ])
        #expect(decode(Array("\u{1B}[3~\u{1B}[1;5D\u{1B}[1;5C".utf8), mode) == [.delete, .wordLeft, .wordRight])
        #expect(decode(Array("\u{1B}OP\u{1B}OS\u{1B}[15~".utf8), mode) == [.function(1), .function(4), .function(5)])
        #expect(
            decode([0x01, 0x05, 0x15, 0x0B, 0x17, 0x7F, 0x08], mode) == [
                .home, .end, .killToStart, .killToEnd, .deleteWord, .backspace, .backspace,
            ])
        #expect(decode(Array("\u{1B}[2~\u{1B}[5~\u{1B}[6~\u{1B}OM".utf8), mode) == [.insert, .pageUp, .pageDown, .enter])
    }

    @Test(arguments: modes)
    func lettersControlsAndUTF8(_ mode: KeyDecoder) {
        var decoder = mode
        #expect(
            decoder.feed(Array("n +ñ?".utf8)) == [
                .character("n"), .character(" "), .character("+"), .character("ñ"), .character("?"),
            ])
        #expect(
            decoder.feed([0x03, 0x0C, 0x1A, 0x7F, 0x08, 0x09]) == [
                .interrupt, .redraw, .suspend, .backspace, .backspace, .tab,
            ])
        #expect(decoder.feed([0x0D, 0x0A, 0x0D]) == [.enter, .enter])
    }

    @Test(arguments: modes)
    func utf8SplitAcrossReads(_ mode: KeyDecoder) {
        var decoder = mode
        let bytes = Array("ñé€🙂".utf8)
        var keys: [TerminalKey] = []
        for byte in bytes { keys += decoder.feed([byte]) }
        #expect(keys == [.character("ñ"), .character("é"), .character("€"), .character("🙂")])
        #expect(!decoder.hasPending)
    }

    @Test(arguments: modes)
    func escapeSequencesSplitAcrossReads(_ mode: KeyDecoder) {
        var decoder = mode
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.hasPending)
        #expect(decoder.feed([0x5B]) == [])
        #expect(decoder.feed([0x44]) == [.left])
        #expect(
            decoder.feed(Array("\u{1B}[5~\u{1B}[6~\u{1B}OB\u{1B}[1;5C\u{1B}[15~".utf8)) == [
                .pageUp, .pageDown, .down, .wordRight, .function(5),
            ])
        // A multi-byte character split in two.
        let bytes = Array("é".utf8)
        #expect(decoder.feed([bytes[0]]) == [])
        #expect(decoder.feed([bytes[1]]) == [.character("é")])
        #expect(!decoder.hasPending)
        #expect(decoder.feed([0x1B]) == [])
        // The terminal stayed silent: a lone Esc.
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.hasPending)
    }

    @Test func altDigitsAndControlKeys() {
        #expect(decode(Array("\u{1B}2\u{1B}b\u{1B}f".utf8)) == [.alt("2"), .wordLeft, .wordRight])
        #expect(decode([0x03, 0x04, 0x09, 0x0C]) == [.interrupt, .endOfInput, .tab, .redraw])
    }

    @Test func escapeThenALetterIsTwoKeysOnTheConsole() {
        var decoder = KeyDecoder(escapeStartsAlt: false)
        // Escape then a letter typed quickly: both keys, not a sequence.
        #expect(decoder.feed(Array("\u{1B}q".utf8)) == [.escape, .character("q")])
        #expect(
            decoder.feed(Array("\u{1B}2\u{1B}b\u{1B}\u{7F}".utf8)) == [
                .escape, .character("2"), .escape, .character("b"), .escape, .backspace,
            ])
        // The line editor's decoder reads the same bytes as Alt combinations.
        #expect(decode(Array("\u{1B}q\u{1B}\u{7F}".utf8)) == [.alt("q"), .deleteWord])
    }

    @Test(arguments: modes)
    func enterOnceForCarriageReturnLineFeed(_ mode: KeyDecoder) {
        #expect(
            decode(Array("a\r\nb\rc\n".utf8), mode) == [
                .character("a"), .enter, .character("b"), .enter, .character("c"), .enter,
            ])
        // Also when the pair is split across two reads.
        var decoder = mode
        #expect(decoder.feed([0x0D]) == [.enter])
        #expect(decoder.feed([0x0A, 0x0A]) == [.enter])
    }

    @Test(arguments: modes)
    func unknownSequencesAreSwallowedWhole(_ mode: KeyDecoder) {
        var decoder = mode
        #expect(decoder.feed(Array("\u{1B}[200~x".utf8)) == [.unknown, .character("x")])
    }

    @Test(arguments: modes)
    func invalidBytesAndC1ControlsAreDropped(_ mode: KeyDecoder) {
        #expect(
            decode([0x61, 0xFF, 0x62, 0xC2, 0x9B, 0x63], mode) == [
                .character("a"), .unknown, .character("b"), .unknown, .character("c"),
            ])
        #expect(decode([0xE2, 0x41], mode) == [.unknown, .character("A")])
        // Invalid UTF-8 is never typed.
        var decoder = mode
        #expect(decoder.feed([0xFF, 0x41]) == [.unknown, .character("A")])
    }
}
