import Engine

/// `workshop plan --format csv`: one row per participant, round and table, for a
/// spreadsheet (formulas neutralised, headers in the session's language).
struct PlanCSVRenderer {
    let document: PlanDocument
    let localizer: Localizer

    func render() -> String {
        let agenda = document.agenda
        let hostTables = agenda.hostTables
        let header: [TextKey] = [
            .planCSVRound, .planCSVStart, .planCSVEnd, .planCSVTable, .planCSVQuestion, .planCSVQuestionTitle, .planCSVCanvas,
            .planCSVParticipantID, .planCSVParticipant, .planCSVInstitution, .planCSVHost, .planCSVGroup,
        ]
        var output = CSVText.row(header.map { localizer.text($0) })
        for round in agenda.rounds {
            let entry = document.schedule.entry(ofRound: round.round, in: agenda)
            let seating = document.seating(ofRound: round.round)
            for assignment in round.assignments.sorted(by: { $0.table < $1.table }) {
                let seated = seating.tables.first { $0.table == assignment.table }
                let title = agenda.question(assignment.question).map { document.text($0.title) } ?? ""
                for person in seated?.participants ?? [] {
                    let group = seated?.groups.firstIndex { $0.contains(person) }.map { String($0 + 1) } ?? ""
                    output += CSVText.row([
                        String(round.round), entry.map(document.startText) ?? "", entry.map(document.endText) ?? "",
                        String(assignment.table), String(assignment.question), title, assignment.canvas, String(person),
                        document.name(person), document.state.participant(person)?.institution ?? "",
                        hostTables[person] == assignment.table ? localizer.text(.planYes) : "", group,
                    ])
                }
            }
        }
        return output
    }
}
