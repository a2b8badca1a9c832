import Engine

/// 1-2-4-All: for each question, one minute alone, then pairs, then foursomes, then the
/// whole room, so that every voice shapes what the group brings out.
///
/// Tables are the foursomes: the room is split into tables of about four (some of five, or
/// three when the numbers do not divide); people work alone, then in pairs, then as the
/// whole table; "All" is a plenary moment. The method seats people itself
/// (``ProvidesSeating``): new foursomes for each question, mixing institutions, and within a
/// table the pairs (a trio when the table is odd). Short timings: 1, 2, 4 and 5 minutes.
public struct OneTwoFourAll: BuiltInMethod, ProvidesSeating, ProvidesFindingsLayout {
    public init() {}

    public static let description = MethodDescription(
        id: "one-two-four-all",
        aliases: ["1-2-4-all", "1-2-4-todos", "124"],
        name: LocalizedText(en: "1-2-4-All", es: "1-2-4-Todos"),
        summary: LocalizedText(
            en: "Each question is thought through alone, then in pairs, then in fours, then by the whole room, in a few minutes.",
            es:
                "Cada pregunta se piensa solo, luego en parejas, luego en grupos de cuatro y luego con toda la sala, en pocos minutos."
        ),
        parameters: [
            MethodParameter(
                id: "questions", kind: .textList, defaultValue: .list(OneTwoFourAll.defaultQuestions.map(\.text.es)),
                help: LocalizedText(
                    en: "Questions, separated by \"|\"; each gets its own 1-2-4-All cycle.",
                    es: "Preguntas, separadas por \"|\"; cada una tiene su propio ciclo 1-2-4-Todos.")),
            MethodParameter(
                id: "alone", kind: .integer(1...15), defaultValue: .integer(1),
                help: LocalizedText(en: "Minutes of silent reflection alone.", es: "Minutos de reflexión individual en silencio.")
            ),
            MethodParameter(
                id: "pairs", kind: .integer(1...20), defaultValue: .integer(2),
                help: LocalizedText(en: "Minutes in pairs.", es: "Minutos en parejas.")),
            MethodParameter(
                id: "fours", kind: .integer(1...30), defaultValue: .integer(4),
                help: LocalizedText(en: "Minutes in groups of four.", es: "Minutos en grupos de cuatro.")),
            MethodParameter(
                id: "all", kind: .integer(1...60), defaultValue: .integer(5),
                help: LocalizedText(en: "Minutes with the whole room.", es: "Minutos con toda la sala.")),
            MethodParameter(
                id: "keep", kind: .integer(0...10), defaultValue: .integer(0),
                help: LocalizedText(
                    en: "Conclusions kept per question by a closing vote (0: no vote).",
                    es: "Conclusiones por pregunta que conserva una votación final (0: sin votación).")),
            MethodParameter(
                id: "canvas", kind: .canvas, defaultValue: .text("one-two-four-all"),
                help: LocalizedText(en: "Canvas of every table.", es: "Canvas de cada mesa.")),
        ])

    public static let defaultQuestions: [Question] = [
        Question(
            number: 1, title: LocalizedText(en: "One thing to change", es: "Una cosa por cambiar"),
            text: LocalizedText(
                en: "What could we do differently tomorrow to make our service simpler for the people who use it?",
                es: "¿Qué podríamos hacer distinto mañana para que nuestro servicio sea más simple para quienes lo usan?"))
    ]

    /// People per table: a foursome.
    static let groupSize = 4

    /// The steps of one cycle: sub-group size (nil for the whole table), parameter, titles.
    static let steps: [(size: Int?, parameter: String, title: LocalizedText, purpose: LocalizedText)] = [
        (
            1, "alone", LocalizedText(en: "Alone", es: "Solo"),
            LocalizedText(en: "Everyone writes their own ideas in silence.", es: "Cada persona escribe sus ideas en silencio.")
        ),
        (
            2, "pairs", LocalizedText(en: "In pairs", es: "En parejas"),
            LocalizedText(en: "Share and build on each other's ideas.", es: "Compartir y construir sobre las ideas de ambos.")
        ),
        (
            nil, "fours", LocalizedText(en: "In fours", es: "En grupos de cuatro"),
            LocalizedText(
                en: "Two pairs join: notice similarities and differences, pick the idea that stands out.",
                es: "Se juntan dos parejas: ver semejanzas y diferencias, elegir la idea que destaca.")
        ),
    ]

    /// Tables of about four: `people / 4`, rounded to the nearest, at least one.
    static func tableCount(people: Int) -> Int { max(1, min(people, (people + groupSize / 2) / groupSize)) }

    public func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda {
        let parameters = setup.parameters
        try setup.requireParticipants(2, method: Self.description.id)
        let questions = Question.list(parameters.list("questions"), defaults: Self.defaultQuestions)
        let canvas = try setup.canvas(default: "one-two-four-all")
        let tables = (1...Self.tableCount(people: setup.participants.count)).map { WorkshopTable(number: $0, name: String($0)) }

        var phases = [
            Phase(
                kind: .other, title: LocalizedText(en: "Invitation", es: "Invitación"),
                purpose: LocalizedText(
                    en: "Ask the question and explain the four steps and their timing.",
                    es: "Plantear la pregunta y explicar los cuatro pasos y sus tiempos."),
                plannedSeconds: 3 * 60)
        ]
        var rounds: [RoundPlan] = []
        for question in questions {
            for (offset, step) in Self.steps.enumerated() {
                let number = rounds.count + 1
                let title =
                    questions.count > 1
                    ? LocalizedText(
                        en: "\(step.title.en) (question \(question.number))", es: "\(step.title.es) (pregunta \(question.number))"
                    )
                    : step.title
                phases.append(
                    Phase(
                        kind: .round, title: title, purpose: step.purpose,
                        plannedSeconds: (parameters.int(step.parameter) ?? 1) * 60, round: number))
                rounds.append(
                    RoundPlan(
                        round: number,
                        assignments: tables.map {
                            TableAssignment(table: $0.number, question: question.number, canvas: canvas.id)
                        },
                        movement: offset == 0 ? .rotate : .stay, mode: step.size == nil ? .converge : .diverge,
                        groupSize: step.size))
            }
            phases.append(
                Phase(
                    kind: .plenary,
                    title: questions.count > 1
                        ? LocalizedText(en: "All (question \(question.number))", es: "Todos (pregunta \(question.number))")
                        : LocalizedText(en: "All", es: "Todos"),
                    purpose: LocalizedText(
                        en: "Each group shares one idea that stood out; the room notes what it hears.",
                        es: "Cada grupo comparte una idea que destacó; la sala anota lo que escucha."),
                    plannedSeconds: (parameters.int("all") ?? 5) * 60))
        }
        let keep = parameters.int("keep") ?? 0
        if keep > 0 {
            phases.append(
                Phase(
                    kind: .vote, title: LocalizedText(en: "Vote", es: "Votación"),
                    purpose: LocalizedText(
                        en: "The room keeps the ideas that matter most.", es: "La sala conserva las ideas que más importan."),
                    plannedSeconds: 5 * 60))
        }
        return Agenda(
            tables: tables, questions: questions, canvases: [canvas], phases: phases, rounds: rounds,
            voting: keep > 0 ? VotingPlan(rule: .dots, keep: keep) : nil)
    }

    /// New foursomes for each question, mixing institutions; pairs within each table.
    public func makeSeating(for setup: MethodSetup, agenda: Agenda) throws(MethodError) -> [RoundSeating] {
        let tableNumbers = agenda.tables.map(\.number)
        guard !tableNumbers.isEmpty else { return [] }
        var generator = setup.generator(salt: 124)
        var members: [[Int]] = []
        var result: [RoundSeating] = []
        for round in agenda.rounds {
            if round.movement == .rotate || members.isEmpty {
                members = Self.foursomes(setup.participants, tables: tableNumbers.count, generator: &generator)
            }
            result.append(
                RoundSeating(
                    round: round.round,
                    tables: zip(tableNumbers, members).map { number, people in
                        TableSeating(table: number, participants: people, groups: Self.groups(people, size: round.groupSize))
                    }))
        }
        return result
    }

    /// People dealt over `tables` tables: shuffled, then grouped by institution and dealt
    /// one table after the other, so that colleagues end up at different tables.
    static func foursomes(_ participants: [Participant], tables: Int, generator: inout SeededGenerator) -> [[Int]] {
        let shuffled = participants.shuffled(using: &generator)
        var firstSeen: [String: Int] = [:]
        for (index, person) in shuffled.enumerated() where firstSeen[person.institution] == nil {
            firstSeen[person.institution] = index
        }
        let ordered = shuffled.enumerated().sorted { lhs, rhs in
            let left = firstSeen[lhs.element.institution] ?? 0
            let right = firstSeen[rhs.element.institution] ?? 0
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element.id)
        var seats = [[Int]](repeating: [], count: tables)
        for (position, person) in ordered.enumerated() { seats[position % tables].append(person) }
        return seats
    }

    /// Sub-groups of `size` (the last one taking the odd person out), or none for the whole table.
    static func groups(_ people: [Int], size: Int?) -> [[Int]] {
        guard let size, size >= 1 else { return [] }
        var groups: [[Int]] = stride(from: 0, to: people.count, by: size).map { Array(people[$0..<min($0 + size, people.count)]) }
        if size > 1, groups.count > 1, let last = groups.last, last.count < size {
            groups.removeLast()
            groups[groups.count - 1] += last
        }
        return groups
    }

    /// The report has one chapter per question, notes grouped by step (alone, pairs, fours).
    public func makeFindingsLayout(for agenda: Agenda) -> FindingsLayout {
        FindingsLayout(
            chapters: agenda.questions.map { question in
                FindingsLayout.Chapter(
                    title: question.title, summary: question.text, questions: [question.number],
                    rounds: agenda.rounds.filter { $0.questions.contains(question.number) }.map(\.round), grouping: .round,
                    showsConclusions: agenda.voting != nil)
            })
    }
}
