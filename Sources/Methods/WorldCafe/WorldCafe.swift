import Engine

/// World Café: small tables in a café atmosphere, successive rounds of conversation, a
/// host who stays at each table and welcomes the next group, and a harvest where the room
/// gathers what emerged.
///
/// Any number of questions and rounds. By default every table discusses the same question
/// in a round and the questions follow one another (`mode=per-round`, one round per
/// question); with `mode=per-table` each table keeps one question and people rotate to meet
/// them all. Hosts are chosen from different institutions unless named (`host-names`).
/// No vote by default (`keep=0`); the harvest closes the café.
public struct WorldCafe: BuiltInMethod {
    public init() {}

    public static let description = MethodDescription(
        id: "world-cafe",
        aliases: ["cafe", "cafe-mundial"],
        name: LocalizedText(en: "World Café", es: "World Café"),
        summary: LocalizedText(
            en: "Rounds of conversation at small café tables whose hosts stay put, ending in a harvest of what emerged.",
            es:
                "Rondas de conversación en mesas pequeñas de café con anfitriones que no se mueven, y una cosecha final de lo que surgió."
        ),
        parameters: [
            MethodParameter(
                id: "questions", kind: .textList, defaultValue: .list(WorldCafe.defaultQuestions.map(\.text.es)),
                help: LocalizedText(en: "Questions, separated by \"|\".", es: "Preguntas, separadas por \"|\".")),
            MethodParameter(
                id: "rounds", kind: .integer(1...12), defaultValue: nil,
                help: LocalizedText(
                    en: "Conversation rounds (default: one per question).",
                    es: "Rondas de conversación (por defecto: una por pregunta).")),
            MethodParameter(
                id: "mode", kind: .choice(["per-round", "per-table"]), defaultValue: .text("per-round"),
                help: LocalizedText(
                    en: "per-round: all tables share each round's question; per-table: each table keeps one question.",
                    es:
                        "per-round: todas las mesas comparten la pregunta de cada ronda; per-table: cada mesa mantiene una pregunta."
                )),
            MethodParameter(
                id: "tables", kind: .integer(1...100), defaultValue: nil,
                help: LocalizedText(
                    en: "Number of tables (default: about 5 people per table).",
                    es: "Número de mesas (por defecto: unas 5 personas por mesa).")),
            MethodParameter(
                id: "minutes", kind: .integer(5...90), defaultValue: .integer(20),
                help: LocalizedText(en: "Minutes per round.", es: "Minutos por ronda.")),
            MethodParameter(
                id: "hosts", kind: .flag, defaultValue: .flag(true),
                help: LocalizedText(
                    en: "Whether each table has a host who stays for every round.",
                    es: "Si cada mesa tiene una persona anfitriona que se queda en todas las rondas.")),
            MethodParameter(
                id: "host-names", kind: .textList, defaultValue: nil,
                help: LocalizedText(
                    en: "Hosts of tables 1, 2... separated by \"|\" (names or #id; default: chosen from different institutions).",
                    es:
                        "Anfitriones de las mesas 1, 2... separados por \"|\" (nombres o #id; por defecto: de instituciones distintas)."
                )),
            MethodParameter(
                id: "harvest", kind: .integer(5...120), defaultValue: .integer(30),
                help: LocalizedText(en: "Minutes of the closing harvest.", es: "Minutos de la cosecha final.")),
            MethodParameter(
                id: "keep", kind: .integer(0...10), defaultValue: .integer(0),
                help: LocalizedText(
                    en: "Conclusions kept per question by a vote before the harvest (0: no vote).",
                    es: "Conclusiones por pregunta que conserva una votación antes de la cosecha (0: sin votación).")),
            MethodParameter(
                id: "dots", kind: .integer(1...20), defaultValue: nil,
                help: LocalizedText(
                    en: "Dots per voter when there is a vote (default: about a third of the candidates).",
                    es: "Puntos por votante si hay votación (por defecto: un tercio de las candidatas, aprox.).")),
            MethodParameter(
                id: "canvas", kind: .canvas, defaultValue: .text("world-cafe-tablecloth"),
                help: LocalizedText(
                    en: "Canvas (the paper tablecloth) of every table.", es: "Canvas (el mantel de papel) de cada mesa.")),
        ])

    /// Questions used when the organiser gives none: from what works, to what blocks, to
    /// what to try together.
    public static let defaultQuestions: [Question] = [
        Question(
            number: 1, title: LocalizedText(en: "What works", es: "Lo que funciona"),
            text: LocalizedText(
                en: "What already works well between our services and the people who use them?",
                es: "¿Qué funciona bien hoy entre nuestros servicios y las personas que los usan?")),
        Question(
            number: 2, title: LocalizedText(en: "What holds us back", es: "Lo que nos frena"),
            text: LocalizedText(en: "What keeps us from moving faster?", es: "¿Qué nos impide avanzar más rápido?")),
        Question(
            number: 3, title: LocalizedText(en: "What we could try", es: "Lo que podríamos intentar"),
            text: LocalizedText(en: "What could we try together next year?", es: "¿Qué podríamos intentar juntos el próximo año?")
        ),
    ]

    /// People per table the default table count aims for (a café table).
    static let preferredTableSize = 5

    public func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda {
        let parameters = setup.parameters
        try setup.requireParticipants(2, method: Self.description.id)
        let questions = Question.list(parameters.list("questions"), defaults: Self.defaultQuestions)
        let perTable = parameters.text("mode") == "per-table"
        let roundCount = parameters.int("rounds") ?? questions.count
        if !perTable, questions.count > roundCount {
            throw MethodError.moreQuestionsThanRounds(method: Self.description.id, questions: questions.count, rounds: roundCount)
        }
        let tableCount = try setup.tableCount(preferredSize: Self.preferredTableSize, multipleOf: perTable ? questions.count : 1)
        let canvas = try setup.canvas(default: "world-cafe-tablecloth")
        var hosts = [[Int]](repeating: [], count: tableCount)
        if parameters.flag("hosts") ?? true {
            hosts = try HostSelection.choose(
                from: setup.participants, tables: tableCount, names: parameters.list("host-names") ?? [], seed: setup.seed)
        }
        let tables = (1...tableCount).map { WorkshopTable(number: $0, name: String($0), hosts: hosts[$0 - 1]) }
        let minutes = parameters.int("minutes") ?? 20

        var phases = [
            Phase(
                kind: .other, title: LocalizedText(en: "Welcome to the café", es: "Bienvenida al café"),
                purpose: LocalizedText(
                    en: "Explain the café etiquette: speak from experience, listen to connect, write on the tablecloth.",
                    es:
                        "Explicar la etiqueta del café: hablar desde la experiencia, escuchar para conectar, escribir en el mantel."
                ),
                plannedSeconds: 10 * 60)
        ]
        var rounds: [RoundPlan] = []
        for number in 1...roundCount {
            let roundQuestion = (number - 1) % questions.count + 1
            phases.append(
                Phase(
                    kind: .round, title: LocalizedText(en: "Café round \(number)", es: "Ronda de café \(number)"),
                    purpose: number == 1
                        ? LocalizedText(
                            en: "Talk about the question and write on the tablecloth; hosts stay when the round ends.",
                            es: "Conversar la pregunta y escribir en el mantel; los anfitriones se quedan al terminar la ronda.")
                        : LocalizedText(
                            en: "New groups: the host sums up what was said before, then the conversation goes on.",
                            es: "Grupos nuevos: la persona anfitriona resume lo anterior y la conversación continúa."),
                    plannedSeconds: minutes * 60, round: number))
            rounds.append(
                RoundPlan(
                    round: number,
                    assignments: tables.map { table in
                        TableAssignment(
                            table: table.number,
                            question: perTable
                                ? Question.spread(table: table.number, round: number, tables: tableCount, count: questions.count)
                                : roundQuestion,
                            canvas: canvas.id)
                    }))
        }
        let keep = parameters.int("keep") ?? 0
        if keep > 0 {
            phases.append(
                Phase(
                    kind: .vote, title: LocalizedText(en: "Vote", es: "Votación"),
                    purpose: LocalizedText(
                        en: "The room marks the ideas that matter most.", es: "La sala marca las ideas que más importan."),
                    plannedSeconds: 10 * 60))
        }
        phases.append(
            Phase(
                kind: .plenary, title: LocalizedText(en: "Harvest", es: "Cosecha"),
                purpose: LocalizedText(
                    en: "Hosts share what emerged at their tables; the room looks for patterns.",
                    es: "Los anfitriones comparten lo que surgió en sus mesas; la sala busca patrones."),
                plannedSeconds: (parameters.int("harvest") ?? 30) * 60))
        return Agenda(
            tables: tables, questions: questions, canvases: [canvas], phases: phases, rounds: rounds,
            voting: keep > 0 ? VotingPlan(rule: .dots, keep: keep, dotsPerVoter: parameters.int("dots")) : nil)
    }
}
