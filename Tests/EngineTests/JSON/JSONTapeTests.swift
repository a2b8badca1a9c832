import Testing

@testable import Engine

@Suite struct JSONTapeTests {
    private func parse(_ text: String) throws -> JSONValue { try JSONValue(parsing: text) }

    @Test func parsesEveryKindOfValue() throws {
        let value = try parse(#"{"a": [1, -2, 3.5, 1e3, true, false, null], "b": {"c": "d"}, "e": ""}"#)
        #expect(value["a"]?[0] == .integer(1))
        #expect(value["a"]?[1] == .integer(-2))
        #expect(value["a"]?[2] == .double(3.5))
        #expect(value["a"]?[3]?.doubleValue == 1000)
        #expect(value["a"]?[4] == .bool(true))
        #expect(value["a"]?[5] == .bool(false))
        #expect(value["a"]?[6] == .null)
        #expect(value["b"]?["c"] == .string("d"))
        #expect(value["e"] == .string(""))
    }

    @Test func decodesEscapesAndUnicode() throws {
        let value = try parse(#"["a\"b\\c\/d\n\t", "\u00f1and\u00fa", "\ud83d\ude00", "año 😀", "\ud800x"]"#)
        #expect(value[0] == .string("a\"b\\c/d\n\t"))
        #expect(value[1] == .string("ñandú"))
        #expect(value[2] == .string("😀"))
        #expect(value[3] == .string("año 😀"))
        #expect(value[4] == .string("\u{FFFD}x"))
    }

    @Test func longStringsWithSpecialBytesAtEveryOffset() throws {
        // The string scanner reads eight bytes at a time: put the quote, an escape and a
        // multi-byte character at every position of a word.
        for offset in 0..<17 {
            let prefix = String(repeating: "x", count: offset)
            let text = prefix + "é\"" + prefix + "\\" + "ñ"
            var writer = JSONWriter()
            writer.value(text)
            let parsed = try JSONValue(parsing: writer.bytes)
            #expect(parsed == .string(text), "offset \(offset)")
        }
    }

    @Test func rejectsMalformedTextWithPosition() {
        let cases: [(String, JSONSyntaxError.Reason, Int)] = [
            ("{\"a\" 1}", .expectedColon, 5),
            ("[1, 2", .unexpectedEnd, 5),
            ("[1 2]", .expectedCommaOrEnd, 3),
            ("{1: 2}", .expectedKey, 1),
            ("\"abc", .unexpectedEnd, 4),
            ("\"a\u{01}b\"", .controlCharacterInString, 2),
            ("\"\\x\"", .invalidEscape, 1),
            ("01", .trailingCharacters, 1),
            ("-", .invalidNumber, 0),
            ("1.", .invalidNumber, 0),
            ("tru", .unexpectedEnd, 3),
            ("nul!", .unexpectedCharacter(UInt8(ascii: "!")), 3),
            ("[] x", .trailingCharacters, 3),
            ("", .unexpectedEnd, 0),
        ]
        for (text, reason, offset) in cases {
            do {
                _ = try JSONValue(parsing: text)
                Issue.record("accepted \(text)")
            } catch {
                #expect(error.reason == reason, "\(text)")
                #expect(error.offset == offset, "\(text)")
            }
        }
    }

    @Test func limitsNesting() {
        let deep =
            String(repeating: "[", count: JSONTape.maximumDepth + 1) + String(repeating: "]", count: JSONTape.maximumDepth + 1)
        #expect(throws: JSONSyntaxError.self) { try JSONValue(parsing: deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect((try? JSONValue(parsing: fine)) != nil)
    }

    @Test func viewsSkipSubtreesAndReportTypeErrors() throws {
        var tape = JSONTape()
        let bytes = Array(#"{"skip": {"deep": [1, {"x": 2}]}, "table": 3, "text": "hola", "n": null}"#.utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            try tape.parse(buffer)
            try tape.withRoot { root in
                let object = try #require(root.object)
                #expect(object.count == 4)
                #expect(try object.int("table") == 3)
                #expect(try object.string("text") == "hola")
                #expect(try object.optionalString("n") == nil)
                #expect(try object.optionalInt("missing") == nil)
                #expect(
                    throws: JSONDecodingError(
                        path: [.key("text")], problem: .typeMismatch(expected: "an integer", found: "a string"))
                ) {
                    _ = try object.int("text")
                }
                #expect(throws: JSONDecodingError(path: [.key("absent")], problem: .missing)) {
                    _ = try object.string("absent")
                }
            }
        }
    }

    @Test func lookupsInAnyOrderAcrossNestedObjects() throws {
        // Lookups remember where the last key was found; nested objects and lookups out of
        // the written order must still find the right member.
        var tape = JSONTape()
        let bytes = Array(#"{"a": {"b": 1, "c": 2}, "c": 3, "b": 4, "d": [{"b": 5}]}"#.utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            try tape.parse(buffer)
            try tape.withRoot { root in
                let outer = try #require(root.object)
                let inner = try outer.object("a")
                #expect(try inner.int("c") == 2)
                #expect(try outer.int("b") == 4)
                #expect(try outer.int("c") == 3)
                #expect(try inner.int("b") == 1)
                #expect(try inner.int("c") == 2)
                let list = Array(try outer.array("d"))
                #expect(try list.first?.object?.int("b") == 5)
                #expect(try outer.int("b") == 4)
                #expect(outer.member("z" as StaticString) == nil)
                #expect(inner.member("d" as StaticString) == nil)
                #expect(try outer.object("a").int("b") == 1)
            }
        }
    }

    @Test func integersOverflowIntoErrors() throws {
        let value = try parse("[9223372036854775807, 9223372036854775808]")
        #expect(value[0] == .integer(Int.max))
        #expect(value[1]?.intValue == nil)
    }

    @Test func writerRoundTripsEveryValue() throws {
        let value: JSONValue = [
            "text": "línea 1\nlínea \"2\"\t\\ \u{01}", "int": -42, "double": 2.5, "flag": true, "none": nil,
            "list": [1, "dos", [3]], "empty": [:],
        ]
        #expect(try JSONValue(parsing: value.serialized()) == value)
        #expect(try JSONValue(parsing: value.serialized(pretty: true)) == value)
        #expect(value.serialized().contains("\\u0001"))
    }

    @Test func documentReportsLineAndColumn() {
        let text = "{\n  \"a\": 1,\n  \"b\": ,\n}"
        #expect(
            throws: JSONDocumentError.syntax(JSONSyntaxError(.unexpectedCharacter(UInt8(ascii: ",")), at: 19), line: 3, column: 8)
        ) {
            _ = try JSONDocument(bytes: Array(text.utf8))
        }
        #expect(throws: JSONDocumentError.invalidUTF8(line: 2, column: 2)) {
            _ = try JSONDocument(bytes: Array("{\n\"".utf8) + [0xFF] + Array("\"}".utf8))
        }
    }

    @Test func documentLocatesPaths() throws {
        let text = "{\n  \"phases\": [\n    {\"minutes\": 5},\n    {\"minutes\": \"x\"}\n  ]\n}"
        let document = try JSONDocument(bytes: Array(text.utf8))
        let location = document.location(of: [.key("phases"), .index(1), .key("minutes")])
        #expect(location.line == 4)
        #expect(location.column == 17)
    }
}
