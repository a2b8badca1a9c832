/// Turns one row of a notes CSV into a ``NoteAdded`` event for a session, or says why it
/// cannot: tables, rounds, questions and sections are matched leniently ("3", "Mesa 3",
/// "Ronda 2", "P2", a question's title, a section's id, number or title in either
/// language).
struct NoteImportResolver {
    let state: SessionState

    struct Resolved {
        var event: NoteAdded
        /// The round was deduced (first round in which the table held the question).
        var roundInferred: Bool
    }

    func resolve(_ row: NoteImportFile.Row) -> Result<Resolved, NoteImportProblem> {
        let agenda = state.agenda
        let text = NoteDraft.cleanText(row.value(.text))
        guard !text.isEmpty else { return .failure(.emptyText) }
        guard text.count <= NoteDraft.maximumLength else { return .failure(.tooLong(length: text.count)) }

        let tableValue = row.value(.table).trimmingWhitespace()
        guard !tableValue.isEmpty else { return .failure(.missingTable) }
        guard let table = tableNumber(tableValue) else {
            return .failure(.unknownTable(value: tableValue, tables: agenda.tables.map(\.number)))
        }

        let roundValue = row.value(.round).trimmingWhitespace()
        let questionValue = row.value(.question).trimmingWhitespace()
        var round: Int?
        if !roundValue.isEmpty {
            guard let number = Self.number(in: roundValue, prefixes: ["ronda", "round", "r", "rotacion", "rotation"]),
                agenda.round(number) != nil
            else {
                return .failure(.unknownRound(value: roundValue, rounds: agenda.rounds.map(\.round)))
            }
            round = number
        }
        var question: Int?
        if !questionValue.isEmpty {
            guard let number = questionNumber(questionValue) else {
                return .failure(.unknownQuestion(value: questionValue, questions: agenda.questions.map(\.number)))
            }
            question = number
        }
        let held = agenda.rounds.compactMap { plan in plan.assignment(forTable: table).map { (plan.round, $0.question) } }
        let heldQuestions = Array(Set(held.map(\.1))).sorted()
        var inferred = false
        let resolvedRound: Int
        switch (round, question) {
        case (let round?, let question):
            guard let assignment = state.assignment(table: table, round: round) else {
                return .failure(.tableNotInRound(table: table, round: round))
            }
            if let question, question != assignment.question {
                return .failure(.questionMismatch(table: table, round: round, expected: assignment.question, found: question))
            }
            resolvedRound = round
        case (nil, let question?):
            guard let first = held.first(where: { $0.1 == question }) else {
                return .failure(.questionNotAtTable(table: table, question: question, held: heldQuestions))
            }
            resolvedRound = first.0
            inferred = true
        case (nil, nil):
            guard heldQuestions.count == 1, let first = held.first else {
                return .failure(.needRoundOrQuestion(table: table, held: heldQuestions))
            }
            resolvedRound = first.0
            inferred = true
        }
        guard let assignment = state.assignment(table: table, round: resolvedRound) else {
            return .failure(.tableNotInRound(table: table, round: resolvedRound))
        }

        var section: String?
        let sectionValue = row.value(.section).trimmingWhitespace()
        if !sectionValue.isEmpty {
            let canvas = agenda.canvas(assignment.canvas)
            guard let match = canvas?.section(named: sectionValue) else {
                return .failure(.unknownSection(value: sectionValue, known: canvas?.sections.map(\.id) ?? []))
            }
            section = match.id
        }
        let author = row.value(.author).trimmingWhitespace()
        let event = NoteAdded(
            table: table, round: resolvedRound, question: assignment.question, section: section,
            author: author.isEmpty ? nil : author, text: text)
        return .success(Resolved(event: event, roundInferred: inferred))
    }

    private func tableNumber(_ value: String) -> Int? {
        if let number = Self.number(in: value, prefixes: ["mesa", "table", "m", "t", "grupo", "group"]),
            state.agenda.table(number) != nil
        {
            return number
        }
        let normalized = RosterColumn.normalize(value)
        return state.agenda.tables.first { RosterColumn.normalize($0.name) == normalized }?.number
    }

    private func questionNumber(_ value: String) -> Int? {
        let agenda = state.agenda
        if let number = Self.number(in: value, prefixes: ["pregunta", "question", "p", "q"]),
            agenda.question(number) != nil
        {
            return number
        }
        let normalized = RosterColumn.normalize(value)
        return agenda.questions.first { question in
            [question.title.en, question.title.es, question.text.en, question.text.es].contains {
                !$0.isEmpty && RosterColumn.normalize($0) == normalized
            }
        }?.number
    }

    /// The number in "3", "Mesa 3", "mesa nº 3", "R2", "#4"; nil for anything else.
    static func number(in value: String, prefixes: [String]) -> Int? {
        if let number = Int(value) { return number > 0 ? number : nil }
        var normalized = RosterColumn.normalize(
            value.replacingAll("#", with: " ").replacingAll("º", with: " ")
                .replacingAll("°", with: " "))
        for prefix in prefixes.sorted(by: { $0.count > $1.count }) where normalized.hasPrefix(prefix) {
            normalized = String(normalized.dropFirst(prefix.count)).trimmingWhitespace()
            break
        }
        for marker in ["numero ", "num ", "nro ", "no ", "n "] where normalized.hasPrefix(marker) {
            normalized = String(normalized.dropFirst(marker.count))
            break
        }
        guard let number = Int(normalized.trimmingWhitespace()), number > 0 else { return nil }
        return number
    }
}

extension String {
    /// The string with every `target` character replaced by `replacement`.
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var output = ""
        for character in self { if character == target { output += replacement } else { output.append(character) } }
        return output
    }
}
