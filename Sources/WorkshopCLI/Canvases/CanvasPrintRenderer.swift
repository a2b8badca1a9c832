import Engine

/// A print-ready HTML document of a canvas: one A3 landscape page per question, with the
/// question at the top, the canvas's sections as large boxes with their prompts, and
/// fields for the table and round, for workshops that work on paper.
struct CanvasPrintRenderer {
    /// One printed page: the question at its top (nil for a blank line to fill in).
    struct Page {
        var number: Int?
        var question: String?
    }

    let canvas: Canvas
    let pages: [Page]
    let language: Language
    let localizer: Localizer

    /// Columns of the grid of boxes for `count` sections.
    static func columns(for count: Int) -> Int {
        switch count {
        case ...3: return max(1, count)
        case 4: return 2
        case 5...9: return 3
        default: return 4
        }
    }

    static let style = """
        @page { size: A3 landscape; margin: 12mm; }
        * { box-sizing: border-box; }
        html, body { margin: 0; padding: 0; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; }
        .page { width: 396mm; height: 273mm; display: flex; flex-direction: column; gap: 5mm; break-after: page; page-break-after: always; overflow: hidden; }
        .page:last-child { break-after: auto; page-break-after: auto; }
        header { border-bottom: 1.2mm solid #1d1d1f; padding-bottom: 3mm; }
        .label { font-size: 11pt; text-transform: uppercase; letter-spacing: .08em; color: #555; }
        .question { font-size: 26pt; font-weight: 700; line-height: 1.15; margin: 1mm 0 2mm; }
        .question.blank { border-bottom: .4mm dashed #888; height: 14mm; }
        .canvas-title { font-size: 14pt; }
        .canvas-title .summary { color: #555; }
        .sections { flex: 1; min-height: 0; display: grid; grid-auto-rows: 1fr; gap: 5mm; }
        .box { border: .8mm solid #1d1d1f; border-radius: 4mm; padding: 4mm 5mm; display: flex; flex-direction: column; }
        .box h2 { margin: 0; font-size: 18pt; }
        .box .number { display: inline-block; min-width: 9mm; height: 9mm; border-radius: 4.5mm; background: #1d1d1f; color: #fff; text-align: center; font-size: 13pt; line-height: 9mm; margin-right: 2mm; }
        .box .prompt { margin: 1.5mm 0 0; font-size: 12pt; color: #444; }
        footer { display: flex; justify-content: space-between; font-size: 11pt; color: #444; }
        footer .field { display: inline-block; min-width: 35mm; border-bottom: .3mm solid #444; margin-left: 2mm; }
        @media screen { body { background: #eee; } .page { background: #fff; margin: 8mm auto; padding: 12mm; width: 420mm; height: 297mm; box-shadow: 0 1mm 4mm rgba(0,0,0,.2); } }
        """

    func render() -> String {
        let e = HTMLText.escape
        let title = canvas.title.text(in: language)
        var html = "<!doctype html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<title>\(e(localizer.text(.canvasPrintTitle, ["canvas": title])))</title>\n<style>\n\(Self.style)\n"
        html +=
            ".sections { grid-template-columns: repeat(\(Self.columns(for: canvas.sections.count)), 1fr); }\n</style>\n</head>\n<body>\n"
        for page in pages.isEmpty ? [Page(number: nil, question: nil)] : pages {
            html += "<section class=\"page\">\n<header>\n"
            let label =
                page.number.map { localizer.text(.canvasQuestionLabel, ["number": String($0)]) }
                ?? localizer.text(.canvasQuestionBlank)
            html += "<div class=\"label\">\(e(label))</div>\n"
            if let question = page.question {
                html += "<div class=\"question\">\(e(question))</div>\n"
            } else {
                html += "<div class=\"question blank\"></div>\n"
            }
            html += "<div class=\"canvas-title\"><strong>\(e(title))</strong>"
            let summary = canvas.summary.text(in: language)
            if !summary.isEmpty { html += " <span class=\"summary\">— \(e(summary))</span>" }
            html += "</div>\n</header>\n<div class=\"sections\">\n"
            for (index, section) in canvas.sections.enumerated() {
                html +=
                    "<div class=\"box\"><h2><span class=\"number\">\(index + 1)</span>\(e(section.title.text(in: language)))</h2>"
                let prompt = section.prompt.text(in: language)
                if !prompt.isEmpty { html += "<p class=\"prompt\">\(e(prompt))</p>" }
                html += "</div>\n"
            }
            html += "</div>\n<footer>\n"
            html += "<span>\(e(localizer.text(.canvasTableField)))<span class=\"field\"></span>"
            html += "&nbsp;&nbsp;\(e(localizer.text(.canvasRoundField)))<span class=\"field\"></span></span>\n"
            html += "<span>\(e(canvas.id))</span>\n</footer>\n</section>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }
}
