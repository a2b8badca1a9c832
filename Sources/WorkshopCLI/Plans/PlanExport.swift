import Engine

/// Writes a session's plan as files, for the demo and for anyone who wants both forms.
enum PlanExport {
    /// Writes `plan.html` (agenda, seating, quality, itinerary cards and table sheets) and
    /// `plan.json` (with `quality`) into `directory`; returns their paths.
    static func write(state: SessionState, into directory: String, localizer: Localizer) throws -> (html: String, json: String) {
        let document = PlanDocument(state: state, language: localizer.language)
        let html = FilePath.join(directory, "plan.html")
        let json = FilePath.join(directory, "plan.json")
        try SystemFile.writeAtomically(
            Array(PlanHTMLRenderer(document: document, localizer: localizer).render().utf8), to: html, replacing: true)
        try SystemFile.writeAtomically(Array((document.json().serialized(pretty: true) + "\n").utf8), to: json, replacing: true)
        return (html, json)
    }
}
