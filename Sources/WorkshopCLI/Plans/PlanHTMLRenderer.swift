import Engine

/// `workshop plan --format html`: a self-contained page to print or project: the agenda on
/// the clock, the questions, the seating's quality, one card per table and round with the
/// people at it, then the printable itineraries (a card per participant, a sheet per table;
/// see `PlanHTMLRenderer+Itineraries`). All user text is escaped.
struct PlanHTMLRenderer {
    let document: PlanDocument
    let localizer: Localizer

    static let style: String = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem; color: #1d1d1f; }
        h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
        h2 { margin: 2rem 0 .5rem; font-size: 1.2rem; border-bottom: 2px solid #1d1d1f; padding-bottom: .2rem; }
        .facts { color: #555; margin: 0 0 1rem; }
        table.agenda { border-collapse: collapse; width: 100%; }
        table.agenda th, table.agenda td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
        table.agenda td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.agenda tr.round td { background: #f4f7fb; }
        .purpose { color: #555; font-size: .9rem; }
        ol.questions li { margin-bottom: .4rem; }
        .note { color: #666; font-style: italic; margin: .2rem 0 .6rem; }
        .tables { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .8rem; }
        .card { border: 1px solid #bbb; border-radius: .4rem; padding: .6rem .8rem; break-inside: avoid; }
        .card h3 { margin: 0 0 .2rem; font-size: 1rem; }
        .card .question { font-size: .85rem; color: #333; margin-bottom: .4rem; }
        .card ul { margin: 0; padding-left: 1.1rem; }
        .card li.host { font-weight: 600; }
        .card .group { margin-top: .3rem; }
        .count { color: #666; font-weight: normal; font-size: .85rem; }
        section.round { break-before: auto; }
        table.quality { border-collapse: collapse; }
        table.quality td { padding: .2rem .6rem .2rem 0; vertical-align: top; }
        table.quality td.value { font-variant-numeric: tabular-nums; font-weight: 600; }
        \(itineraryStyle)
        @media print { body { margin: 0; } h2 { break-after: avoid; } }
        """

    func render() -> String {
        let agenda = document.agenda
        let info = document.state.info
        let e = HTMLText.escape
        var html = "<!doctype html>\n<html lang=\"\(document.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html +=
            "<title>\(e(localizer.text(.planHTMLTitle, ["title": info.title])))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
        html += "<header>\n<h1>\(e(info.title))</h1>\n"
        var facts: [String] = []
        if let date = info.date { facts.append(date) }
        if let place = info.place { facts.append(place) }
        if let first = document.schedule.entries.first, let last = document.schedule.entries.last {
            facts.append("\(document.startText(first))–\(document.endText(last))")
        }
        facts.append(Formatting.duration(seconds: agenda.plannedSeconds, localizer))
        facts.append(info.method)
        html += "<p class=\"facts\">\(e(facts.joined(separator: " · ")))</p>\n"
        if info.startTime == nil { html += "<p class=\"note\">\(e(localizer.text(.planNoStart)))</p>\n" }
        html += "</header>\n"

        html += "<h2>\(e(localizer.text(.planAgenda)))</h2>\n<table class=\"agenda\">\n<tbody>\n"
        for entry in document.schedule.entries {
            let phase = agenda.phases[entry.phase]
            html +=
                "<tr\(phase.kind == .round ? " class=\"round\"" : "")><td class=\"time\">\(e(document.startText(entry)))–\(e(document.endText(entry)))</td>"
            html += "<td class=\"time\">\(e(Formatting.duration(seconds: phase.plannedSeconds, localizer)))</td>"
            html += "<td><strong>\(e(document.text(phase.title)))</strong>"
            if !phase.purpose.isEmpty { html += "<div class=\"purpose\">\(e(document.text(phase.purpose)))</div>" }
            html += "</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"

        html += "<h2>\(e(localizer.text(.planQuestions)))</h2>\n<ol class=\"questions\">\n"
        for question in agenda.questions {
            html += "<li><strong>\(e(document.text(question.title)))</strong>"
            if question.title != question.text { html += "<br>\(e(document.text(question.text)))" }
            html += "</li>\n"
        }
        html += "</ol>\n"
        if let voting = agenda.voting {
            html +=
                "<p class=\"note\">\(e(localizer.text(.planVoting, ["rule": voting.rule.rawValue, "keep": String(voting.keep)])))</p>\n"
        }
        html += qualitySection()

        let hostTables = agenda.hostTables
        for round in agenda.rounds {
            let entry = document.schedule.entry(ofRound: round.round, in: agenda)
            var heading = localizer.text(.planRound, ["number": String(round.round)])
            if let entry { heading += " · \(document.startText(entry))–\(document.endText(entry))" }
            if let phase = agenda.phaseIndex(ofRound: round.round) {
                heading += " · " + document.text(agenda.phases[phase].title)
            }
            html += "<section class=\"round\">\n<h2>\(e(heading))</h2>\n"
            if round.movement == .stay, round.round > 1 {
                html += "<p class=\"note\">\(e(localizer.text(.planMovementStay)))</p>\n"
            }
            if round.movement == .home, round.round > 1 {
                html += "<p class=\"note\">\(e(localizer.text(.planMovementHome)))</p>\n"
            }
            html += "<div class=\"tables\">\n"
            let seating = document.seating(ofRound: round.round)
            for assignment in round.assignments.sorted(by: { $0.table < $1.table }) {
                let seated = seating.tables.first { $0.table == assignment.table }
                let people = seated?.participants ?? []
                let question = agenda.question(assignment.question)
                let canvas = agenda.canvas(assignment.canvas).map { document.text($0.title) } ?? assignment.canvas
                html += "<div class=\"card\">\n<h3>\(e(localizer.text(.planTable, ["number": String(assignment.table)]))) "
                html += "<span class=\"count\">\(e(localizer.text(.planPeople, ["count": String(people.count)])))</span></h3>\n"
                html +=
                    "<div class=\"question\">\(e(localizer.text(.planQuestionShort, ["number": String(assignment.question)]))) "
                html += "\(e(question.map { document.text($0.title) } ?? "")) · \(e(canvas))</div>\n"
                if let groups = seated?.groups, !groups.isEmpty {
                    for group in groups {
                        html += "<ul class=\"group\">" + group.map { "<li>\(e(document.name($0)))</li>" }.joined() + "</ul>\n"
                    }
                } else {
                    let ordered =
                        people.filter { hostTables[$0] == assignment.table }
                        + people.filter { hostTables[$0] != assignment.table }
                    html += "<ul>\n"
                    for person in ordered {
                        let isHost = hostTables[person] == assignment.table
                        let suffix = isHost ? " (" + localizer.text(.planHostLabel) + ")" : ""
                        html += "<li\(isHost ? " class=\"host\"" : "")>\(e(document.name(person) + suffix))</li>\n"
                    }
                    html += "</ul>\n"
                }
                html += "</div>\n"
            }
            html += "</div>\n</section>\n"
        }
        html += itineraryCards()
        html += tableSheets()
        html += "</body>\n</html>\n"
        return html
    }
}
