import Testing

@testable import Engine

@Suite struct TimestampTests {
    @Test func formatsAndParsesISO8601() throws {
        let time = Timestamp(year: 2026, month: 12, day: 1, hour: 9, minute: 30, second: 5, millisecond: 42)
        #expect(time.iso8601 == "2026-12-01T09:30:05.042Z")
        #expect(Timestamp(iso8601: "2026-12-01T09:30:05.042Z") == time)
        #expect(Timestamp(iso8601: "2026-12-01T06:30:05.042-03:00") == time)
        #expect(Timestamp(iso8601: "2026-12-01T09:30:05Z") == time.adding(milliseconds: -42))
        #expect(Timestamp(iso8601: "2026-12-01") == nil)
        #expect(Timestamp(iso8601: "2026-13-01T09:30:05Z") == nil)
        #expect(Timestamp(iso8601: "2026-12-01T09:30:05.042") == nil)
    }

    @Test func civilDatesRoundTrip() {
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<2000 {
            let milliseconds = Int64(generator.next() % 8_000_000_000_000) - 1_000_000_000_000
            let time = Timestamp(milliseconds: milliseconds)
            #expect(Timestamp(iso8601: time.iso8601) == time)
        }
        #expect(Timestamp(milliseconds: 0).iso8601 == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp(year: 2024, month: 2, day: 29).adding(seconds: 86400).iso8601.hasPrefix("2024-03-01"))
    }

    @Test func manualClockMovesOnlyWhenTold() {
        let clock = ManualTimeSource(start: Timestamp(milliseconds: 1000))
        #expect(clock.now() == Timestamp(milliseconds: 1000))
        clock.advance(minutes: 20)
        #expect(clock.now() == Timestamp(milliseconds: 1000 + 1_200_000))
        #expect(clock.monotonicMilliseconds() == 1_200_000)
    }
}

@Suite struct TimestampParserTests {
    @Test func cachedParsingAgreesWithTheFullParser() {
        var parser = TimestampParser()
        var generator = SeededGenerator(seed: 11)
        var time = Timestamp(year: 2026, month: 12, day: 31, hour: 22, minute: 58)
        for _ in 0..<5000 {
            // Mostly small steps (same hour), sometimes across hours, days and the year.
            time = time.adding(milliseconds: Int64(generator.next() % (generator.next() % 7 == 0 ? 7_200_000 : 90_000)))
            var text = time.iso8601
            let parsed = text.withUTF8 { parser.parse($0) }
            #expect(parsed == time)
        }
        var other = "2026-12-01T09:30:05-03:00"
        #expect(other.withUTF8 { parser.parse($0) } == Timestamp(iso8601: "2026-12-01T12:30:05Z"))
        var broken = "2026-12-01T09:3x:05.000Z"
        #expect(broken.withUTF8 { parser.parse($0) } == nil)
    }
}
