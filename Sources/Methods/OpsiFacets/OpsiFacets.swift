import Engine

/// The format of the public innovation encounters: tables each hold one guiding question,
/// discussed through four analysis dimensions; people rotate so that everyone discusses
/// every question; the room then votes each question's top conclusions and presents them
/// in a plenary.
public struct OpsiFacets: BuiltInMethod {
    public init() {}

    public static let description = MethodDescription(
        id: "opsi-facets",
        aliases: ["opsi", "facets", "facetas"],
        name: LocalizedText(en: "Innovation facets rounds", es: "Rondas de facetas de innovación"),
        summary: LocalizedText(
            en: "Rotating table conversations on guiding questions, seen through four analysis dimensions, closed by a vote and a plenary.",
            es: "Conversaciones rotativas por mesas sobre preguntas guía, vistas desde cuatro dimensiones de análisis, con votación y plenario al cierre."),
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
                help: LocalizedText(en: "Conclusions kept per question after the vote.", es: "Conclusiones que conserva cada pregunta tras la votación.")),
            MethodParameter(
                id: "dots", kind: .integer(1...20), defaultValue: nil,
                help: LocalizedText(
                    en: "Dots per voter (default: about a third of the candidates).",
                    es: "Puntos por votante (por defecto: un tercio de las candidatas, aprox.).")),
            MethodParameter(
                id: "canvas", kind: .choice(["opsi-dimensions", "oecd-facets"]), defaultValue: .text("opsi-dimensions"),
                help: LocalizedText(
                    en: "Canvas: the four analysis dimensions, or the OECD's four innovation facets.",
                    es: "Canvas: las cuatro dimensiones de análisis, o las cuatro facetas de innovación de la OCDE.")),
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

    /// The four analysis dimensions every question is discussed through.
    public static let dimensionsCanvas = Canvas(
        id: "opsi-dimensions",
        title: LocalizedText(en: "Four analysis dimensions", es: "Cuatro dimensiones de análisis"),
        summary: LocalizedText(
            en: "Look at the question from each dimension in turn.", es: "Mira la pregunta desde cada dimensión, una a la vez."),
        sections: [
            CanvasSection(
                id: "structures", title: LocalizedText(en: "Structures and frameworks", es: "Estructuras y marcos"),
                prompt: LocalizedText(en: "Governance, laws and regulations", es: "Gobernanza, leyes y normativas")),
            CanvasSection(
                id: "capacities", title: LocalizedText(en: "Internal capacities", es: "Capacidades internas"),
                prompt: LocalizedText(en: "Skills, resources and technology", es: "Habilidades, recursos y tecnología")),
            CanvasSection(
                id: "methods", title: LocalizedText(en: "Methods", es: "Métodos"),
                prompt: LocalizedText(en: "Tools, procedures and practices", es: "Herramientas, procedimientos y prácticas")),
            CanvasSection(
                id: "interactions", title: LocalizedText(en: "Visible interactions with users", es: "Interacciones visibles con usuarios"),
                prompt: LocalizedText(en: "Closeness and touchpoints with people", es: "Cercanía y puntos de contacto con las personas")),
        ])

    /// The OECD's four facets of public sector innovation, as an alternative canvas.
    public static let facetsCanvas = Canvas(
        id: "oecd-facets",
        title: LocalizedText(en: "Four innovation facets", es: "Cuatro facetas de la innovación"),
        summary: LocalizedText(
            en: "Which kind of innovation does each idea belong to?", es: "¿A qué tipo de innovación pertenece cada idea?"),
        sections: [
            CanvasSection(
                id: "enhancement", title: LocalizedText(en: "Enhancement-oriented", es: "Orientada a la mejora"),
                prompt: LocalizedText(en: "Doing what we do better", es: "Hacer mejor lo que ya hacemos")),
            CanvasSection(
                id: "mission", title: LocalizedText(en: "Mission-oriented", es: "Orientada a misiones"),
                prompt: LocalizedText(en: "Reaching an ambitious shared goal", es: "Alcanzar un objetivo común ambicioso")),
            CanvasSection(
                id: "adaptive", title: LocalizedText(en: "Adaptive", es: "Adaptativa"),
                prompt: LocalizedText(en: "Responding to a changing context", es: "Responder a un contexto que cambia")),
            CanvasSection(
                id: "anticipatory", title: LocalizedText(en: "Anticipatory", es: "Anticipatoria"),
                prompt: LocalizedText(en: "Exploring what may come", es: "Explorar lo que puede venir")),
        ])

    /// People per table the default table count aims for.
    static let preferredTableSize = 10

    public func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda {
        let parameters = setup.parameters
        let questions = (parameters.list("questions") ?? Self.defaultQuestions.map(\.text.es)).enumerated().map {
            offset, text in
            offset < Self.defaultQuestions.count && text == Self.defaultQuestions[offset].text.es
                ? Self.defaultQuestions[offset]
                : Question(number: offset + 1, title: LocalizedText(text), text: LocalizedText(text))
        }
        let people = setup.participants.count
        guard people >= 2 else { throw MethodError.tooFewParticipants(method: Self.description.id, needed: 2, found: people) }
        let tableCount =
            parameters.int("tables")
            ?? questions.count * max(1, (people + questions.count * Self.preferredTableSize - 1) / (questions.count * Self.preferredTableSize))
        guard tableCount <= people else { throw MethodError.moreTablesThanParticipants(tables: tableCount, participants: people) }
        let canvasID = parameters.text("canvas") ?? Self.dimensionsCanvas.id
        let canvas = [Self.dimensionsCanvas, Self.facetsCanvas].first { $0.id == canvasID }
        guard let canvas else { throw MethodError.unknownCanvas(canvasID, known: [Self.dimensionsCanvas.id, Self.facetsCanvas.id]) }
        let minutes = parameters.int("minutes") ?? 20
        let rounds = parameters.int("rotations") ?? questions.count

        let tables = (1...tableCount).map {
            WorkshopTable(number: $0, name: "\($0)")
        }
        // Tables spread evenly over the questions; each table keeps its question all day.
        let assignments = tables.map {
            TableAssignment(table: $0.number, question: ($0.number - 1) % questions.count + 1, canvas: canvas.id)
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
            rounds: (1...rounds).map { RoundPlan(round: $0, assignments: assignments) },
            voting: VotingPlan(rule: .dots, keep: parameters.int("keep") ?? 3, dotsPerVoter: parameters.int("dots")))
    }
}
