import Engine

/// The format of the public innovation encounters: tables each hold one guiding question,
/// discussed through four analysis dimensions; people rotate so that everyone discusses
/// every question; the room then votes each question's top conclusions and presents them
/// in a plenary.
///
/// Defaults: three guiding questions (practices worth replicating; barriers and gaps;
/// innovation to improve services), tables spread evenly over them (about ten people per
/// table, a multiple of the number of questions), 20-minute rounds, one rotation per
/// question, a dot vote keeping three conclusions per question. The canvas is the four
/// analysis dimensions (`opsi-dimensions`) or, as an alternative, the OECD's four
/// innovation facets (`oecd-facets`), or any other template.
public struct OpsiFacets: BuiltInMethod {
    public init() {}

    public static let description = MethodDescription(
        id: "opsi-facets",
        aliases: ["opsi", "facets", "facetas"],
        name: LocalizedText(en: "Innovation facets rounds", es: "Rondas de facetas de innovación"),
        summary: LocalizedText(
            en:
                "Rotating table conversations on guiding questions, seen through four analysis dimensions, closed by a vote and a plenary.",
            es:
                "Conversaciones rotativas por mesas sobre preguntas guía, vistas desde cuatro dimensiones de análisis, con votación y plenario al cierre."
        ),
        parameters: [
            MethodParameter(
                id: "questions", kind: .textList, defaultValue: .list(OpsiFacets.defaultQuestions.map(\.text.es)),
                help: LocalizedText(
                    en: "Guiding questions, separated by \"|\"; one question per table.",
                    es: "Preguntas guía, separadas por \"|\"; una pregunta por mesa.")),
            MethodParameter(
                id: "tables", kind: .integer(1...60), defaultValue: nil,
                help: LocalizedText(
                    en: "Number of tables (default: a multiple of the questions, about 10 people per table).",
                    es: "Número de mesas (por defecto: múltiplo de las preguntas, unas 10 personas por mesa).")),
            MethodParameter(
                id: "minutes", kind: .integer(5...120), defaultValue: .integer(20),
                help: LocalizedText(en: "Minutes per conversation round.", es: "Minutos por ronda de conversación.")),
            MethodParameter(
                id: "rotations", kind: .integer(1...12), defaultValue: nil,
                help: LocalizedText(
                    en: "Conversation rounds (default: one per question, so everyone discusses every question).",
                    es: "Rondas de conversación (por defecto: una por pregunta, para que todos aborden todas).")),
            MethodParameter(
                id: "keep", kind: .integer(1...10), defaultValue: .integer(3),
                help: LocalizedText(
                    en: "Conclusions kept per question after the vote.",
                    es: "Conclusiones que conserva cada pregunta tras la votación.")),
            MethodParameter(
                id: "dots", kind: .integer(1...20), defaultValue: nil,
                help: LocalizedText(
                    en: "Dots per voter (default: about a third of the candidates).",
                    es: "Puntos por votante (por defecto: un tercio de las candidatas, aprox.).")),
            MethodParameter(
                id: "canvas", kind: .canvas, defaultValue: .text("opsi-dimensions"),
                help: LocalizedText(
                    en:
                        "Canvas: opsi-dimensions (four analysis dimensions), oecd-facets (the OECD's four innovation facets) or any template.",
                    es:
                        "Canvas: opsi-dimensions (cuatro dimensiones de análisis), oecd-facets (las cuatro facetas de innovación de la OCDE) u otra plantilla."
                )),
        ])

    /// The three guiding questions of the format.
    public static let defaultQuestions: [Question] = [
        Question(
            number: 1, title: LocalizedText(en: "Good practices", es: "Buenas prácticas"),
            text: LocalizedText(
                en: "Which innovation practices in public services are worth replicating?",
                es: "¿Qué prácticas de innovación en los servicios públicos vale la pena replicar?")),
        Question(
            number: 2, title: LocalizedText(en: "Barriers and gaps", es: "Barreras y brechas"),
            text: LocalizedText(
                en: "Which barriers and gaps must new initiatives take into account?",
                es: "¿Qué barreras y brechas deben considerar las nuevas iniciativas?")),
        Question(
            number: 3, title: LocalizedText(en: "Innovation for better services", es: "Innovar para mejores servicios"),
            text: LocalizedText(
                en: "How can we use innovation to improve our services?",
                es: "¿Cómo podemos usar la innovación para mejorar nuestros servicios?")),
    ]

    /// The four analysis dimensions every question is discussed through (`Canvases/opsi-dimensions.json`).
    public static var dimensionsCanvas: Canvas { builtInCanvas("opsi-dimensions") }

    /// The OECD's four facets of public sector innovation, the alternative canvas (`Canvases/oecd-facets.json`).
    public static var facetsCanvas: Canvas { builtInCanvas("oecd-facets") }

    private static func builtInCanvas(_ id: String) -> Canvas {
        CanvasLibrary.builtIn.canvas(id) ?? Canvas(id: id, title: LocalizedText(id), sections: [])
    }

    /// People per table the default table count aims for.
    static let preferredTableSize = 10

    public func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda {
        let parameters = setup.parameters
        try setup.requireParticipants(2, method: Self.description.id)
        let questions = Question.list(parameters.list("questions"), defaults: Self.defaultQuestions)
        let tableCount = try setup.tableCount(preferredSize: Self.preferredTableSize, multipleOf: questions.count)
        let canvas = try setup.canvas(default: Self.dimensionsCanvas.id)
        let minutes = parameters.int("minutes") ?? 20
        let rounds = parameters.int("rotations") ?? questions.count

        let tables = (1...tableCount).map { WorkshopTable(number: $0, name: String($0)) }
        // Tables spread evenly over the questions; each table keeps its question all day and
        // people rotate between tables (with fewer tables than questions, questions move).
        func assignments(round: Int) -> [TableAssignment] {
            tables.map {
                TableAssignment(
                    table: $0.number,
                    question: Question.spread(table: $0.number, round: round, tables: tableCount, count: questions.count),
                    canvas: canvas.id)
            }
        }
        var phases = [
            Phase(
                kind: .other, title: LocalizedText(en: "Welcome and framing", es: "Bienvenida y encuadre"),
                purpose: LocalizedText(
                    en: "Present the questions, the dimensions and how the rounds work.",
                    es: "Presentar las preguntas, las dimensiones y la dinámica de rondas."),
                plannedSeconds: 10 * 60)
        ]
        for round in 1...rounds {
            phases.append(
                Phase(
                    kind: .round, title: LocalizedText(en: "Conversation round \(round)", es: "Ronda de conversación \(round)"),
                    purpose: LocalizedText(
                        en: "Discuss the table's question through each dimension; the systematiser takes notes.",
                        es: "Conversar la pregunta de la mesa desde cada dimensión; la persona sistematizadora registra."),
                    plannedSeconds: minutes * 60, round: round))
        }
        phases.append(
            Phase(
                kind: .vote, title: LocalizedText(en: "Vote on conclusions", es: "Votación de conclusiones"),
                purpose: LocalizedText(
                    en: "Each question keeps its top conclusions.", es: "Cada pregunta conserva sus conclusiones principales."),
                plannedSeconds: 15 * 60))
        phases.append(
            Phase(
                kind: .plenary, title: LocalizedText(en: "Plenary", es: "Plenario"),
                purpose: LocalizedText(
                    en: "Each question's conclusions are presented to the room.",
                    es: "Se presentan a la sala las conclusiones de cada pregunta."),
                plannedSeconds: 20 * 60))
        return Agenda(
            tables: tables,
            questions: questions,
            canvases: [canvas],
            phases: phases,
            rounds: (1...rounds).map { RoundPlan(round: $0, assignments: assignments(round: $0)) },
            voting: VotingPlan(rule: .dots, keep: parameters.int("keep") ?? 3, dotsPerVoter: parameters.int("dots")))
    }
}
