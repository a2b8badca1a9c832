import Engine

/// The Double Diamond: teams work one design challenge through four phases. Discover and
/// Develop open up (capture many notes); Define and Deliver narrow down (cluster the notes
/// into themes, then vote). Each phase has its own question and canvas; teams keep their
/// table from start to end.
///
/// Defaults: about seven people per table; 25 minutes for the diverging phases and 20 for
/// the converging ones; after Define the room votes the problem worth solving, after
/// Deliver the proposals to carry out (two conclusions kept each); a closing plenary.
/// The findings report follows the four phases (``ProvidesFindingsLayout``).
public struct DoubleDiamond: BuiltInMethod, ProvidesFindingsLayout {
    public init() {}

    public static let description = MethodDescription(
        id: "double-diamond",
        aliases: ["doble-diamante", "diamond", "diamante"],
        name: LocalizedText(en: "Double Diamond", es: "Doble diamante"),
        summary: LocalizedText(
            en:
                "Teams take one design challenge through discover, define, develop and deliver, opening up and then narrowing down twice.",
            es:
                "Equipos llevan un desafío de diseño por descubrir, definir, desarrollar y entregar, abriendo y cerrando dos veces."
        ),
        parameters: [
            MethodParameter(
                id: "challenge", kind: .text, defaultValue: .text(DoubleDiamond.defaultChallenge.es),
                help: LocalizedText(
                    en: "The design challenge the teams work on.", es: "El desafío de diseño que trabajan los equipos.")),
            MethodParameter(
                id: "tables", kind: .integer(1...60), defaultValue: nil,
                help: LocalizedText(
                    en: "Number of tables (teams); default: about 7 people per table.",
                    es: "Número de mesas (equipos); por defecto: unas 7 personas por mesa.")),
            MethodParameter(
                id: "discover", kind: .integer(5...120), defaultValue: .integer(25),
                help: LocalizedText(en: "Minutes of the Discover phase.", es: "Minutos de la fase Descubrir.")),
            MethodParameter(
                id: "define", kind: .integer(5...120), defaultValue: .integer(20),
                help: LocalizedText(en: "Minutes of the Define phase.", es: "Minutos de la fase Definir.")),
            MethodParameter(
                id: "develop", kind: .integer(5...120), defaultValue: .integer(25),
                help: LocalizedText(en: "Minutes of the Develop phase.", es: "Minutos de la fase Desarrollar.")),
            MethodParameter(
                id: "deliver", kind: .integer(5...120), defaultValue: .integer(20),
                help: LocalizedText(en: "Minutes of the Deliver phase.", es: "Minutos de la fase Entregar.")),
            MethodParameter(
                id: "keep", kind: .integer(1...10), defaultValue: .integer(2),
                help: LocalizedText(
                    en: "Conclusions kept after each vote (problems after Define, proposals after Deliver).",
                    es: "Conclusiones que se conservan en cada votación (problemas tras Definir, propuestas tras Entregar).")),
            MethodParameter(
                id: "dots", kind: .integer(1...20), defaultValue: nil,
                help: LocalizedText(
                    en: "Dots per voter (default: about a third of the candidates).",
                    es: "Puntos por votante (por defecto: un tercio de las candidatas, aprox.).")),
        ])

    /// The challenge used when the organiser gives none.
    public static let defaultChallenge = LocalizedText(
        en: "How might we make our services simpler and closer to the people who use them?",
        es: "¿Cómo podríamos hacer nuestros servicios más simples y cercanos para quienes los usan?")

    /// The four phases: id of the canvas, title, purpose, question, whether it converges.
    struct Stage: Sendable {
        let parameter: String
        let canvas: String
        let title: LocalizedText
        let purpose: LocalizedText
        let question: @Sendable (LocalizedText) -> Question
        let mode: RoundMode
    }

    static let stages: [Stage] = [
        Stage(
            parameter: "discover", canvas: "dd-discover", title: LocalizedText(en: "Discover", es: "Descubrir"),
            purpose: LocalizedText(
                en: "Open up: note everything the team knows and does not know about the challenge.",
                es: "Abrir: anotar todo lo que el equipo sabe y no sabe del desafío."),
            question: { challenge in
                Question(
                    number: 1, title: LocalizedText(en: "Discover: the challenge", es: "Descubrir: el desafío"), text: challenge)
            }, mode: .diverge),
        Stage(
            parameter: "define", canvas: "dd-define", title: LocalizedText(en: "Define", es: "Definir"),
            purpose: LocalizedText(
                en: "Narrow down: cluster the notes into themes and write the problem worth solving.",
                es: "Cerrar: agrupar las notas en temas y escribir el problema que vale la pena resolver."),
            question: { _ in
                Question(
                    number: 2, title: LocalizedText(en: "Define", es: "Definir"),
                    text: LocalizedText(
                        en: "Which problem is most worth solving?", es: "¿Qué problema es el que más vale la pena resolver?"))
            }, mode: .converge),
        Stage(
            parameter: "develop", canvas: "dd-develop", title: LocalizedText(en: "Develop", es: "Desarrollar"),
            purpose: LocalizedText(
                en: "Open up again: as many ideas as possible for the chosen problem.",
                es: "Abrir de nuevo: tantas ideas como sea posible para el problema elegido."),
            question: { _ in
                Question(
                    number: 3, title: LocalizedText(en: "Develop", es: "Desarrollar"),
                    text: LocalizedText(
                        en: "Which ideas could solve the chosen problem?", es: "¿Qué ideas podrían resolver el problema elegido?")
                )
            }, mode: .diverge),
        Stage(
            parameter: "deliver", canvas: "dd-deliver", title: LocalizedText(en: "Deliver", es: "Entregar"),
            purpose: LocalizedText(
                en: "Narrow down: choose what to carry out and how to test it with users.",
                es: "Cerrar: elegir qué llevar a la práctica y cómo probarlo con usuarios."),
            question: { _ in
                Question(
                    number: 4, title: LocalizedText(en: "Deliver", es: "Entregar"),
                    text: LocalizedText(
                        en: "What will we put into practice, and how will we test it?",
                        es: "¿Qué llevaremos a la práctica y cómo lo probaremos?"))
            }, mode: .converge),
    ]

    public func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda {
        let parameters = setup.parameters
        try setup.requireParticipants(2, method: Self.description.id)
        let tableCount = try setup.tableCount(preferredSize: 7)
        let tables = (1...tableCount).map { WorkshopTable(number: $0, name: String($0)) }
        let challengeText = parameters.text("challenge") ?? Self.defaultChallenge.es
        let challenge =
            challengeText == Self.defaultChallenge.es || challengeText == Self.defaultChallenge.en
            ? Self.defaultChallenge : LocalizedText(challengeText)

        var phases = [
            Phase(
                kind: .other, title: LocalizedText(en: "Welcome and the challenge", es: "Bienvenida y desafío"),
                purpose: LocalizedText(
                    en: "Present the challenge, the four phases and the teams.",
                    es: "Presentar el desafío, las cuatro fases y los equipos."),
                plannedSeconds: 10 * 60)
        ]
        var questions: [Question] = []
        var canvases: [Canvas] = []
        var rounds: [RoundPlan] = []
        for (index, stage) in Self.stages.enumerated() {
            let number = index + 1
            let canvas = try setup.canvases.require(stage.canvas)
            canvases.append(canvas)
            questions.append(stage.question(challenge))
            phases.append(
                Phase(
                    kind: .round, title: stage.title, purpose: stage.purpose,
                    plannedSeconds: (parameters.int(stage.parameter) ?? 20) * 60, round: number))
            rounds.append(
                RoundPlan(
                    round: number,
                    assignments: tables.map { TableAssignment(table: $0.number, question: number, canvas: canvas.id) },
                    movement: number == 1 ? .rotate : .stay, mode: stage.mode))
            if stage.mode == .converge {
                phases.append(
                    Phase(
                        kind: .vote,
                        title: number == 2
                            ? LocalizedText(en: "Vote: the problem to solve", es: "Votación: el problema a resolver")
                            : LocalizedText(en: "Vote: the proposals to carry out", es: "Votación: las propuestas a implementar"),
                        purpose: LocalizedText(
                            en: "Every team's clusters are candidates; the room keeps the strongest.",
                            es: "Los temas de cada equipo son candidatos; la sala conserva los más fuertes."),
                        plannedSeconds: 10 * 60))
            }
        }
        phases.append(
            Phase(
                kind: .plenary, title: LocalizedText(en: "Plenary", es: "Plenario"),
                purpose: LocalizedText(
                    en: "Teams present their proposals and how they will test them.",
                    es: "Los equipos presentan sus propuestas y cómo las probarán."),
                plannedSeconds: 20 * 60))
        return Agenda(
            tables: tables, questions: questions, canvases: canvases, phases: phases, rounds: rounds,
            voting: VotingPlan(
                rule: .dots, keep: parameters.int("keep") ?? 2, dotsPerVoter: parameters.int("dots"), questions: [2, 4]))
    }

    /// The report follows the four phases: what was discovered, the problem chosen, the
    /// ideas, and what will be delivered.
    public func makeFindingsLayout(for agenda: Agenda) -> FindingsLayout {
        let summaries = [
            LocalizedText(
                en: "What the teams found out, by the sections of the Discover canvas.",
                es: "Lo que descubrieron los equipos, según las secciones del canvas Descubrir."),
            LocalizedText(
                en: "The problems the room chose to solve, then every team's themes.",
                es: "Los problemas que la sala eligió resolver y luego los temas de cada equipo."),
            LocalizedText(en: "The ideas, team by team.", es: "Las ideas, equipo por equipo."),
            LocalizedText(
                en: "The proposals the room chose, then how each team will test them.",
                es: "Las propuestas que eligió la sala y luego cómo las probará cada equipo."),
        ]
        let layout = agenda.rounds.enumerated().compactMap { index, round -> FindingsLayout.Chapter? in
            guard let question = round.questions.first, let phase = agenda.phaseIndex(ofRound: round.round) else { return nil }
            return FindingsLayout.Chapter(
                title: agenda.phases[phase].title, summary: index < summaries.count ? summaries[index] : LocalizedText(""),
                questions: [question], rounds: [round.round],
                grouping: round.mode == .diverge && index == 0 ? .canvasSection : .table,
                showsConclusions: agenda.voting?.votes(onQuestion: question) ?? false)
        }
        return FindingsLayout(chapters: layout)
    }
}
