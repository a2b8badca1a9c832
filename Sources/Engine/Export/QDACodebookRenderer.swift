/// The themes as a REFI-QDA codebook (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`, the
/// Codebook.xsd of the REFI-QDA standard 1.0), which QualCoder, Taguette, ATLAS.ti, MAXQDA and
/// NVivo import, so that coding continues there.
///
/// Codes: one per question (not codable), one per dimension under it (not codable), one per
/// theme under its dimension (codable), with the theme's description (representative note,
/// keywords, counts). Sets: one per cross-cutting theme, gathering the themes that hold its
/// notes. GUIDs are name-based UUIDs of the session id and the theme's earliest note, so a
/// re-export gives the same GUIDs. All text goes through ``HTMLText/escape(_:)``.
public struct QDACodebookRenderer: Sendable {
    /// The shared wording.
    public let wording: FindingsWording

    /// Creates the renderer.
    public init(wording: FindingsWording) { self.wording = wording }

    /// Colours of the questions' codes, in turn.
    static let palette = ["#1F4E9C", "#C0504D", "#4F8A3C", "#D9902F", "#7A4E9C", "#2C8C99", "#9C6B1F", "#5A5F66"]

    /// The XML document.
    public func render() -> String {
        let report = wording.report
        let e = HTMLText.escape
        let sessionIDs = report.sessions.map(\.id).joined(separator: "+")
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml +=
            "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"urn:QDA-XML:codebook:1.0 Codebook.xsd\" origin=\"workshop \(e(WorkshopVersion.current))\">\n"
        xml += "  <Codes>\n"
        if report.questions.isEmpty {
            let guid = NameBasedUUID(namespace: .workshop, name: "report:\(sessionIDs)").uppercased
            xml += "    <Code guid=\"\(guid)\" name=\"\(e(report.title))\" isCodable=\"true\"/>\n"
        }
        for question in report.questions {
            let color = Self.palette[(question.position - 1) % Self.palette.count]
            let guid = NameBasedUUID(namespace: .workshop, name: "question:\(sessionIDs):\(question.position)").uppercased
            xml +=
                "    <Code guid=\"\(guid)\" name=\"\(e(wording.questionHeading(question)))\" isCodable=\"false\" color=\"\(color)\">\n"
            xml += "      <Description>\(e(question.text))</Description>\n"
            for dimension in question.dimensions {
                let dimensionGUID = NameBasedUUID(
                    namespace: .workshop, name: "dimension:\(sessionIDs):\(question.position):\(dimension.key)"
                ).uppercased
                xml +=
                    "      <Code guid=\"\(dimensionGUID)\" name=\"\(e(wording.dimensionTitle(dimension.title)))\" "
                    + "isCodable=\"false\" color=\"\(color)\">\n"
                for theme in dimension.themes {
                    xml +=
                        "        <Code guid=\"\(theme.guid)\" name=\"\(e(theme.name))\" isCodable=\"true\" color=\"\(color)\">\n"
                    xml += "          <Description>\(e(wording.themeDescription(theme)))</Description>\n"
                    xml += "        </Code>\n"
                }
                xml += "      </Code>\n"
            }
            xml += "    </Code>\n"
        }
        xml += "  </Codes>\n"
        var guidOfTheme: [String: String] = [:]
        for theme in report.themes { guidOfTheme[theme.id] = theme.guid }
        let sets = report.crossCutting.filter { item in item.relatedThemes.contains { guidOfTheme[$0] != nil } }
        if !sets.isEmpty {
            xml += "  <Sets>\n"
            for item in sets {
                let name = wording.text(.findingsCrossCuttingSet, ["rank": String(item.rank), "label": item.label])
                xml += "    <Set guid=\"\(item.guid)\" name=\"\(e(name))\">\n"
                let description = wording.crossCuttingWhere(item) + " · " + wording.counts(item.counts)
                xml += "      <Description>\(e(description))</Description>\n"
                for id in item.relatedThemes {
                    if let guid = guidOfTheme[id] { xml += "      <MemberCode guid=\"\(guid)\"/>\n" }
                }
                xml += "    </Set>\n"
            }
            xml += "  </Sets>\n"
        }
        return xml + "</CodeBook>\n"
    }
}
