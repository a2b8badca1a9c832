/// Attendance certificates as one printable HTML file: one A4 page (landscape) per person who
/// attended, with the workshop's title, date and place, the person's name and institution.
/// All user text goes through ``HTMLText/escape(_:)``.
public struct CertificateRenderer: Sendable {
    /// The session's attendance.
    public let list: AttendanceList
    /// The language of the certificates.
    public let localizer: Localizer

    /// Creates the renderer.
    public init(list: AttendanceList, localizer: Localizer) {
        self.list = list
        self.localizer = localizer
    }

    static let style = """
        @page { size: A4 landscape; margin: 0; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: Georgia, "Times New Roman", serif; color: #1d1d1f; background: #eceff3; }
        .page { width: 297mm; height: 210mm; margin: 8mm auto; padding: 22mm 26mm; background: #fff;
          border: 1px solid #c9ced6; display: flex; flex-direction: column; justify-content: center; text-align: center;
          page-break-after: always; break-after: page; overflow: hidden; }
        .frame { border: 3px double #1f4e9c; height: 100%; padding: 14mm 16mm; display: flex; flex-direction: column;
          justify-content: center; }
        h1 { font-size: 30pt; letter-spacing: .04em; margin: 0 0 10mm; color: #1f4e9c; font-weight: normal; }
        .intro, .took, .when { font-size: 15pt; margin: 2mm 0; }
        .name { font-size: 28pt; font-weight: bold; margin: 5mm 0 2mm; }
        .institution { font-size: 15pt; margin: 0 0 6mm; color: #5a5f66; }
        .title { font-size: 20pt; font-style: italic; margin: 3mm 0; }
        .signature { margin-top: 16mm; display: flex; justify-content: center; }
        .signature div { border-top: 1px solid #1d1d1f; padding-top: 2mm; min-width: 70mm; font-size: 12pt; }
        .empty { text-align: center; font-family: system-ui, sans-serif; padding: 3rem; }
        @media screen and (max-width: 320mm) { .page { width: auto; height: auto; min-height: 60vh; margin: 1rem; } }
        @media print { body { background: #fff; } .page { margin: 0; border: none; } }
        """

    /// The document.
    public func render() -> String {
        let e = HTMLText.escape
        let t = { (key: TextKey, values: [String: String]) in localizer.text(key, values) }
        let formatting = ReportFormatting(localizer: localizer, utcOffsetMinutes: 0)
        var html = "<!doctype html>\n<html lang=\"\(localizer.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(e(t(.findingsCertificatesTitle, ["title": list.title])))</title>\n<style>\n\(Self.style)\n</style>\n"
        html += "</head>\n<body>\n"
        let when: String
        let date = list.date.map(formatting.longDate)
        switch (date, list.place.flatMap { $0.isEmpty ? nil : $0 }) {
        case let (date?, place?): when = t(.findingsCertificateDatePlace, ["date": date, "place": place])
        case let (date?, nil): when = t(.findingsCertificateDate, ["date": date])
        case let (nil, place?): when = t(.findingsCertificatePlace, ["place": place])
        case (nil, nil): when = ""
        }
        let people = list.attendees
        if people.isEmpty { html += "<p class=\"empty\">\(e(t(.findingsCertificateNone, [:])))</p>\n" }
        for person in people {
            html += "<section class=\"page\"><div class=\"frame\">\n"
            html += "<h1>\(e(t(.findingsCertificateTitle, [:])))</h1>\n"
            html += "<p class=\"intro\">\(e(t(.findingsCertificateIntro, [:])))</p>\n"
            html += "<p class=\"name\">\(e(person.name))</p>\n"
            if !person.institution.isEmpty {
                html +=
                    "<p class=\"institution\">\(e(t(.findingsCertificateInstitution, ["institution": person.institution])))</p>\n"
            }
            html += "<p class=\"took\">\(e(t(.findingsCertificateTookPart, [:])))</p>\n"
            html += "<p class=\"title\">«\(e(list.title))»</p>\n"
            if !when.isEmpty { html += "<p class=\"when\">\(e(when))</p>\n" }
            html += "<div class=\"signature\"><div>\(e(t(.findingsCertificateSignature, [:])))</div></div>\n"
            html += "</div></section>\n"
        }
        return html + "</body>\n</html>\n"
    }
}
