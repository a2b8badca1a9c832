import Testing

@testable import Engine

@Suite struct UTF8ValidationTests {
    @Test func findsTheFirstInvalidByte() {
        #expect(UTF8Validation.firstInvalidOffset(in: Array("ñandú 😀".utf8)) == nil)
        #expect(UTF8Validation.firstInvalidOffset(in: [0x61, 0x62, 0xFF, 0x63]) == 2)
        #expect(UTF8Validation.firstInvalidOffset(in: Array("añ".utf8) + [0xC3]) == 3)  // truncated sequence
        #expect(UTF8Validation.firstInvalidOffset(in: [0xC0, 0x80]) == 0)  // overlong
        #expect(UTF8Validation.firstInvalidOffset(in: [0xED, 0xA0, 0x80]) == 0)  // surrogate
        #expect(UTF8Validation.isValid([UInt8]()))
    }
}
