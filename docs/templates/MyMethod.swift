// Template of a built-in method. Copy to Sources/Methods/MyMethod/MyMethod.swift, rename,
// add "MyMethod" to `methodTargets` in Package.swift and `MyMethod.self` (with
// `import MyMethod`) to `Catalog.builtInTypes`. Then: swift test --filter MethodsTests
import Engine

/// One paragraph for designers: what the format is, its defaults, and anything unusual
/// (hosts, sub-groups, its own seating).
public struct MyMethod: BuiltInMethod {
    public init() {}

    public static let description = MethodDescription(
        id: "my-method",  // kebab-case, never changed once released
        aliases: ["mi-metodo"],
        name: LocalizedText(en: "My method", es: "Mi método"),
        summary: LocalizedText(
            en: "One sentence saying what the format is good for.",
            es: "Una frase que diga para qué sirve el formato."),
        parameters: [
            MethodParameter(
                id: "questions", kind: .textList, defaultValue: .list(MyMethod.defaultQuestions.map(\.text.es)),
                help: LocalizedText(en: "Questions, separated by \"|\".", es: "Preguntas, separadas por \"|\".")),
            MethodParameter(
                id: "tables", kind: .integer(1...60), defaultValue: nil,
                help: LocalizedText(
                    en: "Number of tables (default: about 6 people per table).",
                    es: "Número de mesas (por defecto: unas 6 personas por mesa).")),
            MethodParameter(
                id: "minutes", kind: .integer(5...120), defaultValue: .integer(20),
                help: LocalizedText(en: "Minutes per round.", es: "Minutos por ronda.")),
            MethodParameter(
                id: "canvas", kind: .canvas, defaultValue: .text("opsi-dimensions"),
                help: LocalizedText(en: "Canvas of every table.", es: "Canvas de cada mesa.")),
        ])

    public static let defaultQuestions: [Question] = [
        Question(
            number: 1, title: LocalizedText(en: "First", es: "Primera"),
            text: LocalizedText(en: "First question?", es: "¿Primera pregunta?")),
        Question(
            number: 2, title: LocalizedText(en: "Second", es: "Segunda"),
            text: LocalizedText(en: "Second question?", es: "¿Segunda pregunta?")),
    ]

    public func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda {
        try setup.requireParticipants(2, method: Self.description.id)
        let questions = Question.list(setup.parameters.list("questions"), defaults: Self.defaultQuestions)
        let tableCount = try setup.tableCount(preferredSize: 6, multipleOf: questions.count)
        let canvas = try setup.canvas(default: "opsi-dimensions")
        let minutes = setup.parameters.int("minutes") ?? 20
        let tables = (1...tableCount).map { WorkshopTable(number: $0, name: String($0)) }

        var phases = [
            Phase(kind: .other, title: LocalizedText(en: "Welcome", es: "Bienvenida"), plannedSeconds: 10 * 60)
        ]
        var rounds: [RoundPlan] = []
        for number in 1...questions.count {
            phases.append(
                Phase(
                    kind: .round, title: LocalizedText(en: "Round \(number)", es: "Ronda \(number)"),
                    plannedSeconds: minutes * 60, round: number))
            rounds.append(
                RoundPlan(
                    round: number,
                    assignments: tables.map { table in
                        TableAssignment(
                            table: table.number,
                            question: Question.spread(
                                table: table.number, round: number, tables: tableCount, count: questions.count),
                            canvas: canvas.id)
                    }))
        }
        phases.append(Phase(kind: .vote, title: LocalizedText(en: "Vote", es: "Votación"), plannedSeconds: 10 * 60))
        phases.append(Phase(kind: .plenary, title: LocalizedText(en: "Plenary", es: "Plenario"), plannedSeconds: 15 * 60))
        return Agenda(
            tables: tables, questions: questions, canvases: [canvas], phases: phases, rounds: rounds,
            voting: VotingPlan(rule: .dots, keep: 3))
    }
}
