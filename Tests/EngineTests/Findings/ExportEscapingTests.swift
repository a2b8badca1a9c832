import Testing

@testable import Engine

@Suite struct ExportEscapingTests {
    static let hostile = [
        "<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>", "a & b <b>bold</b>", "It's \"quoted\"",
    ]

    @Test func htmlEscapesMarkupAndDropsControls() {
        #expect(HTMLText.escape("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        #expect(HTMLText.escape("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        #expect(HTMLText.escape("a & b") == "a &amp; b")
        #expect(HTMLText.escape("bell\u{07}esc\u{1B}[31m c1\u{85} nonchar\u{FFFE}") == "bellesc[31m c1 nonchar")
        #expect(HTMLText.escape("línea\nñandú\ttab") == "línea\nñandú\ttab")
        for text in Self.hostile {
            let escaped = HTMLText.escape(text)
            #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("\""))
        }
    }

    @Test func markdownShowsTextAsWritten() {
        #expect(MarkdownText.inline("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>")
        #expect(MarkdownText.inline("*bold* _it_ `code` [link](x) a|b") == "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) a\\|b")
        #expect(MarkdownText.inline("# no heading") == "\\# no heading")
        #expect(MarkdownText.inline("- no list") == "\\- no list")
        #expect(MarkdownText.inline("1. no list") == "1\\. no list")
        #expect(MarkdownText.inline("well-being 2-3") == "well-being 2-3")
        #expect(MarkdownText.inline("&amp; &#60; & x") == "\\&amp; \\&#60; & x")
        #expect(MarkdownText.inline("two\nlines") == "two lines")
        #expect(MarkdownText.inline("  indented code?") == "indented code?")
        #expect(MarkdownText.cell("1. first") == "1. first")
        #expect(MarkdownText.cell("# x | y") == "# x \\| y")
    }

    @Test func csvNeutralisesFormulasAndQuotes() {
        #expect(CSVText.field("=SUM(A1:A9)") == "'=SUM(A1:A9)")
        #expect(CSVText.field("+56 9 1234") == "'+56 9 1234")
        #expect(CSVText.field("-1") == "'-1")
        #expect(CSVText.field("@cmd") == "'@cmd")
        #expect(CSVText.field("\tx") == "'\tx")
        #expect(CSVText.field("\rx") == "\"'\rx\"")
        #expect(CSVText.field("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("line\nbreak") == "\"line\nbreak\"")
        #expect(CSVText.field("plain text") == "plain text")
        let document = CSVText.document(header: ["a", "b"], rows: [["1", "=2"]])
        #expect(document == "\u{FEFF}a,b\r\n1,'=2\r\n")
        #expect(Array(document.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func svgChartsEscapeLabels() {
        let svg = SVGChart.bars(title: "<title>", [SVGChart.Bar(label: "\"><script>x</script>", value: 3)])
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;"))
        let heat = SVGChart.heatMap(title: "t", rows: ["<r>"], columns: ["<c> & d"], values: [[2]])
        #expect(!heat.contains("<r>") && !heat.contains("<c>"))
        #expect(heat.contains("&lt;c&gt; &amp; d"))
    }
}
