import Engine

/// The printable parts of the HTML plan: the quality table, one itinerary card per seated
/// participant (their table and question in each round) and one sheet per table (who comes in
/// each round). In print, the cards start on a new page and every table sheet fills its own.
extension PlanHTMLRenderer {
    static let itineraryStyle = """
        section.itineraries { break-before: page; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0; }
        .itinerary { border: 1px dashed #888; padding: .6rem .8rem; break-inside: avoid; }
        .itinerary h3 { margin: 0; font-size: 1.05rem; }
        .itinerary .who { color: #555; font-size: .85rem; margin-bottom: .35rem; }
        .itinerary table { border-collapse: collapse; width: 100%; font-size: .85rem; }
        .itinerary td { padding: .15rem .3rem .15rem 0; vertical-align: top; }
        .itinerary td.seat { font-weight: 700; white-space: nowrap; }
        section.sheet { break-before: page; }
        section.sheet h2 { font-size: 1.4rem; }
        section.sheet .round { margin: .8rem 0; break-inside: avoid; }
        section.sheet h3 { margin: 0 0 .2rem; font-size: 1.05rem; }
        section.sheet ol { margin: .2rem 0; columns: 2; }
        .tag { color: #666; font-size: .8rem; }
        """

    /// The quality of the seating as a small table (empty when unknown).
    func qualitySection() -> String {
        guard let quality = document.quality else { return "" }
        let e = HTMLText.escape
        var html = "<h2>\(e(localizer.text(.planQuality)))</h2>\n<table class=\"quality\">\n<tbody>\n"
        for line in QualityText(report: quality, localizer: localizer).lines {
            // "Label: value" → two cells.
            if let colon = line.firstIndex(of: ":") {
                let label = String(line[..<colon])
                let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
                html += "<tr><td>\(e(label))</td><td class=\"value\">\(e(value))</td></tr>\n"
            } else {
                html += "<tr><td colspan=\"2\">\(e(line))</td></tr>\n"
            }
        }
        return html + "</tbody>\n</table>\n"
    }

    /// One card per seated participant: their table, question and times in every round.
    func itineraryCards() -> String {
        let agenda = document.agenda
        guard !agenda.rounds.isEmpty, !document.state.seating.isEmpty else { return "" }
        let e = HTMLText.escape
        let hostTables = agenda.hostTables
        var html = "<section class=\"itineraries\">\n<h2>\(e(localizer.text(.planItineraries)))</h2>\n"
        html += "<p class=\"note\">\(e(localizer.text(.planItinerariesNote)))</p>\n<div class=\"cards\">\n"
        for person in document.state.participants where person.status.isSeated {
            let tables = document.tables(of: person.id)
            guard tables.contains(where: { $0 != nil }) else { continue }
            html += "<div class=\"itinerary\">\n<h3>\(e(person.name))</h3>\n"
            var who = ["#\(person.id)"]
            if !person.institution.isEmpty { who.append(person.institution) }
            if person.status == .walkIn { who.append(localizer.text(.planWalkInLabel)) }
            html += "<div class=\"who\">\(e(who.joined(separator: " · ")))</div>\n<table>\n"
            for (index, round) in agenda.rounds.enumerated() {
                var label = localizer.text(.planItineraryRound, ["number": String(round.round)])
                if let entry = document.schedule.entry(ofRound: round.round, in: agenda) {
                    label += " · " + document.startText(entry)
                }
                let seat: String
                var question = ""
                if index < tables.count, let table = tables[index] {
                    seat =
                        localizer.text(.planItineraryTable, ["number": String(table)])
                        + (hostTables[person.id] == table ? " (\(localizer.text(.planStaysLabel)))" : "")
                    if let assignment = round.assignment(forTable: table) {
                        question =
                            localizer.text(.planQuestionShort, ["number": String(assignment.question)]) + " "
                            + (agenda.question(assignment.question).map { document.text($0.title) } ?? "")
                    }
                } else {
                    seat = localizer.text(.planNotSeated)
                }
                html += "<tr><td>\(e(label))</td><td class=\"seat\">\(e(seat))</td><td>\(e(question))</td></tr>\n"
            }
            html += "</table>\n</div>\n"
        }
        return html + "</div>\n</section>\n"
    }

    /// One sheet per table: its question and the people who come in each round.
    func tableSheets() -> String {
        let agenda = document.agenda
        guard !agenda.rounds.isEmpty, !document.state.seating.isEmpty else { return "" }
        let e = HTMLText.escape
        let hostTables = agenda.hostTables
        var html = ""
        for table in agenda.tables {
            html += "<section class=\"sheet\">\n"
            html += "<h2>\(e(localizer.text(.planTableSheetTitle, ["number": String(table.number)])))</h2>\n"
            for round in agenda.rounds {
                let people = document.seating(ofRound: round.round).participants(atTable: table.number)
                var heading = localizer.text(.planRound, ["number": String(round.round)])
                if let entry = document.schedule.entry(ofRound: round.round, in: agenda) {
                    heading += " · \(document.startText(entry))–\(document.endText(entry))"
                }
                html += "<div class=\"round\">\n<h3>\(e(heading)) "
                html += "<span class=\"count\">\(e(localizer.text(.planPeople, ["count": String(people.count)])))</span></h3>\n"
                if let assignment = round.assignment(forTable: table.number) {
                    let title = agenda.question(assignment.question).map { document.text($0.title) } ?? ""
                    html +=
                        "<div class=\"question\">\(e(localizer.text(.planQuestionShort, ["number": String(assignment.question)]))) \(e(title))</div>\n"
                }
                html += "<ol>\n"
                for person in people {
                    var tags: [String] = []
                    if hostTables[person] == table.number { tags.append(localizer.text(.planStaysLabel)) }
                    if let participant = document.state.participant(person), !participant.institution.isEmpty {
                        tags.insert(participant.institution, at: 0)
                    }
                    let tag = tags.isEmpty ? "" : " <span class=\"tag\">(\(e(tags.joined(separator: ", "))))</span>"
                    html += "<li>\(e(document.name(person)))\(tag)</li>\n"
                }
                html += "</ol>\n</div>\n"
            }
            html += "</section>\n"
        }
        return html
    }
}
