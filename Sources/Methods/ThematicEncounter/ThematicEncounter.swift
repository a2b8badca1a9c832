import Engine

/// A thematic encounter: public servants who share a challenge meet to connect through it.
/// They first tune in to the theme (what it means, why it matters), then share their own
/// experiences and the effect these had on users, then propose practices to take back to
/// their services and receive feedback on them from peers at other tables.
///
/// Defaults: about six people per table, each with a host who stays and presents the
/// table's proposal when the others come round for feedback; people change tables to share
/// experiences and again to give feedback; a dot vote keeps three practices; a closing
/// round in plenary.
public struct ThematicEncounter: BuiltInMethod {
    public init() {}

    public static let description = MethodDescription(
        id: "thematic-encounter",
        aliases: ["encuentro", "encuentro-tematico", "encounter"],
        name: LocalizedText(en: "Thematic encounter", es: "Encuentro temático"),
        summary: LocalizedText(
            en:
                "Peers tune in to a shared theme, exchange experiences and their effect on users, and propose practices that others improve with feedback.",
            es:
                "Pares sintonizan con un tema común, intercambian experiencias y su efecto en usuarios, y proponen prácticas que otros mejoran con retroalimentación."
        ),
        parameters: [
            MethodParameter(
                id: "theme", kind: .text, defaultValue: .text(ThematicEncounter.defaultTheme.es),
                help: LocalizedText(
                    en: "The theme that brings the participants together.", es: "El tema que reúne a las personas participantes.")
            ),
            MethodParameter(
                id: "tables", kind: .integer(1...60), defaultValue: nil,
                help: LocalizedText(
                    en: "Number of tables (default: about 6 people per table).",
                    es: "Número de mesas (por defecto: unas 6 personas por mesa).")),
            MethodParameter(
                id: "tune-in", kind: .integer(5...90), defaultValue: .integer(15),
                help: LocalizedText(en: "Minutes to tune in to the theme.", es: "Minutos para sintonizar con el tema.")),
            MethodParameter(
                id: "share", kind: .integer(5...120), defaultValue: .integer(25),
                help: LocalizedText(en: "Minutes to share experiences.", es: "Minutos para compartir experiencias.")),
            MethodParameter(
                id: "propose", kind: .integer(5...90), defaultValue: .integer(20),
                help: LocalizedText(en: "Minutes to propose practices.", es: "Minutos para proponer prácticas.")),
            MethodParameter(
                id: "feedback", kind: .integer(5...90), defaultValue: .integer(15),
                help: LocalizedText(en: "Minutes of peer feedback.", es: "Minutos de retroalimentación entre pares.")),
            MethodParameter(
                id: "hosts", kind: .flag, defaultValue: .flag(true),
                help: LocalizedText(
                    en: "Whether each table has a host who stays and presents its proposal.",
                    es: "Si cada mesa tiene una persona anfitriona que se queda y presenta su propuesta.")),
            MethodParameter(
                id: "host-names", kind: .textList, defaultValue: nil,
                help: LocalizedText(
                    en: "Hosts of tables 1, 2... separated by \"|\" (names or #id).",
                    es: "Anfitriones de las mesas 1, 2... separados por \"|\" (nombres o #id).")),
            MethodParameter(
                id: "keep", kind: .integer(1...10), defaultValue: .integer(3),
                help: LocalizedText(en: "Practices kept by the vote.", es: "Prácticas que conserva la votación.")),
            MethodParameter(
                id: "dots", kind: .integer(1...20), defaultValue: nil,
                help: LocalizedText(
                    en: "Dots per voter (default: about a third of the candidates).",
                    es: "Puntos por votante (por defecto: un tercio de las candidatas, aprox.).")),
        ])

    /// The theme used when the organiser gives none.
    public static let defaultTheme = LocalizedText(
        en: "plain language in public services", es: "el lenguaje claro en los servicios públicos")

    /// The three questions of the encounter for `theme`.
    static func questions(theme: LocalizedText) -> [Question] {
        [
            Question(
                number: 1, title: LocalizedText(en: "Tuning in", es: "Sintonizar"),
                text: LocalizedText(
                    en: "What does \(theme.en) mean to us, and why does it matter?",
                    es: "¿Qué significa para nosotros \(theme.es) y por qué importa?")),
            Question(
                number: 2, title: LocalizedText(en: "Experiences", es: "Experiencias"),
                text: LocalizedText(
                    en: "What have we done about \(theme.en), and what effect did it have on users?",
                    es: "¿Qué hemos hecho en torno a \(theme.es) y qué efecto tuvo en las personas usuarias?")),
            Question(
                number: 3, title: LocalizedText(en: "Practices", es: "Prácticas"),
                text: LocalizedText(
                    en: "Which practices about \(theme.en) could we bring to our services?",
                    es: "¿Qué prácticas sobre \(theme.es) podríamos llevar a nuestros servicios?")),
        ]
    }

    public func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda {
        let parameters = setup.parameters
        try setup.requireParticipants(2, method: Self.description.id)
        let themeText = parameters.text("theme") ?? Self.defaultTheme.es
        let theme =
            themeText == Self.defaultTheme.es || themeText == Self.defaultTheme.en ? Self.defaultTheme : LocalizedText(themeText)
        let questions = Self.questions(theme: theme)
        let tableCount = try setup.tableCount(preferredSize: 6)
        var hosts = [[Int]](repeating: [], count: tableCount)
        if parameters.flag("hosts") ?? true {
            hosts = try HostSelection.choose(
                from: setup.participants, tables: tableCount, names: parameters.list("host-names") ?? [], seed: setup.seed)
        }
        let tables = (1...tableCount).map { WorkshopTable(number: $0, name: String($0), hosts: hosts[$0 - 1]) }

        struct Step {
            let parameter: String
            let title: LocalizedText
            let purpose: LocalizedText
            let question: Int
            let canvas: String
            let movement: RoundMovement
            let mode: RoundMode
        }
        let steps = [
            Step(
                parameter: "tune-in", title: LocalizedText(en: "Tuning in to the theme", es: "Sintonizar con el tema"),
                purpose: LocalizedText(
                    en: "Agree on what the theme means and why it matters, before any opinion.",
                    es: "Acordar qué significa el tema y por qué importa, antes de opinar."),
                question: 1, canvas: "encounter-tune-in", movement: .rotate, mode: .diverge),
            Step(
                parameter: "share", title: LocalizedText(en: "Sharing experiences", es: "Compartir experiencias"),
                purpose: LocalizedText(
                    en: "New tablemates: each tells one experience and what it changed for users.",
                    es: "Nuevos compañeros de mesa: cada persona cuenta una experiencia y qué cambió para los usuarios."),
                question: 2, canvas: "encounter-experiences", movement: .rotate, mode: .diverge),
            Step(
                parameter: "propose", title: LocalizedText(en: "Proposing practices", es: "Proponer prácticas"),
                purpose: LocalizedText(
                    en: "From what was heard, each table writes practices to take back to the services.",
                    es: "A partir de lo escuchado, cada mesa escribe prácticas para llevar a los servicios."),
                question: 3, canvas: "encounter-proposals", movement: .stay, mode: .converge),
            Step(
                parameter: "feedback", title: LocalizedText(en: "Peer feedback", es: "Retroalimentación entre pares"),
                purpose: LocalizedText(
                    en: "Hosts stay and present; the others visit another table and comment on its practices.",
                    es: "Los anfitriones se quedan y presentan; el resto visita otra mesa y comenta sus prácticas."),
                question: 3, canvas: "encounter-feedback", movement: .rotate, mode: .diverge),
        ]
        var phases = [
            Phase(
                kind: .other, title: LocalizedText(en: "Welcome and introductions", es: "Bienvenida y presentaciones"),
                purpose: LocalizedText(
                    en: "Present the theme, the participants' institutions and the steps of the encounter.",
                    es: "Presentar el tema, las instituciones participantes y los pasos del encuentro."),
                plannedSeconds: 10 * 60)
        ]
        var canvases: [Canvas] = []
        var rounds: [RoundPlan] = []
        for (index, step) in steps.enumerated() {
            let canvas = try setup.canvases.require(step.canvas)
            if !canvases.contains(canvas) { canvases.append(canvas) }
            phases.append(
                Phase(
                    kind: .round, title: step.title, purpose: step.purpose,
                    plannedSeconds: (parameters.int(step.parameter) ?? 15) * 60, round: index + 1))
            rounds.append(
                RoundPlan(
                    round: index + 1,
                    assignments: tables.map { TableAssignment(table: $0.number, question: step.question, canvas: canvas.id) },
                    movement: step.movement, mode: step.mode))
        }
        phases.append(
            Phase(
                kind: .vote, title: LocalizedText(en: "Choosing practices", es: "Elegir prácticas"),
                purpose: LocalizedText(
                    en: "Everyone marks the practices they would take back to their service.",
                    es: "Cada persona marca las prácticas que llevaría a su servicio."),
                plannedSeconds: 10 * 60))
        phases.append(
            Phase(
                kind: .plenary, title: LocalizedText(en: "Closing", es: "Cierre"),
                purpose: LocalizedText(
                    en: "The chosen practices, and who will try them where.",
                    es: "Las prácticas elegidas, y quién las probará y dónde."),
                plannedSeconds: 15 * 60))
        return Agenda(
            tables: tables, questions: questions, canvases: canvases, phases: phases, rounds: rounds,
            voting: VotingPlan(
                rule: .dots, keep: parameters.int("keep") ?? 3, dotsPerVoter: parameters.int("dots"), questions: [3]))
    }
}
