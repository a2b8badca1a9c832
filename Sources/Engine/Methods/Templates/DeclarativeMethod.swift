/// A method written as a JSON file (no Swift): phases, rounds, questions, canvases and the
/// vote, with texts in Spanish and English. It plans like a built-in method and is checked
/// by the same test kit.
///
/// Its parameters are derived from the file: `tables` (about `peoplePerTable` people per
/// table), `minutes` (every round's length), `questions` (replacing the file's), `canvas`
/// (the default canvas), `keep` and `dots` when it votes, `hosts` and `host-names` when
/// its tables have hosts.
public struct DeclarativeMethod: WorkshopMethod, Hashable {
    public let definition: MethodDefinition
    /// The canvases of the definition, resolved (inline or from the template library).
    public let canvases: [Canvas]
    /// The file it was read from, or ``CanvasLibrary/builtInSource``.
    public let source: String
    public let description: MethodDescription

    /// A method from a definition whose canvas references are resolved to `canvases` (same
    /// order as ``MethodDefinition/canvases``).
    public init(definition: MethodDefinition, canvases: [Canvas], source: String) {
        self.definition = definition
        self.canvases = canvases
        self.source = source
        description = MethodDescription(
            id: definition.id, aliases: definition.aliases, name: definition.name, summary: definition.summary,
            parameters: Self.parameters(for: definition))
    }

    /// Whether any round uses the method's default canvas.
    private static func usesDefaultCanvas(_ definition: MethodDefinition) -> Bool {
        definition.phases.contains { $0.kind == .round && $0.canvas == nil }
    }

    static func parameters(for definition: MethodDefinition) -> [MethodParameter] {
        var parameters = [
            MethodParameter(
                id: "tables", kind: .integer(1...200), defaultValue: nil,
                help: LocalizedText(
                    en: "Number of tables (default: about \(definition.peoplePerTable) people per table).",
                    es: "Número de mesas (por defecto: unas \(definition.peoplePerTable) personas por mesa).")),
            MethodParameter(
                id: "minutes", kind: .integer(1...240), defaultValue: nil,
                help: LocalizedText(
                    en: "Minutes of every round (default: as in the method file).",
                    es: "Minutos de cada ronda (por defecto: los del archivo del método).")),
            MethodParameter(
                id: "questions", kind: .textList, defaultValue: .list(definition.questions.map(\.text.es)),
                help: LocalizedText(
                    en: "Questions, separated by \"|\", replacing the method's.",
                    es: "Preguntas, separadas por \"|\", en lugar de las del método.")),
        ]
        if usesDefaultCanvas(definition), let first = definition.canvases.first {
            parameters.append(
                MethodParameter(
                    id: "canvas", kind: .canvas, defaultValue: .text(first.id),
                    help: LocalizedText(
                        en: "Canvas of the rounds: \(definition.canvases.map(\.id).joined(separator: ", ")) or any template.",
                        es:
                            "Canvas de las rondas: \(definition.canvases.map(\.id).joined(separator: ", ")) o cualquier plantilla."
                    )))
        }
        if let voting = definition.voting {
            parameters.append(
                MethodParameter(
                    id: "keep", kind: .integer(1...20), defaultValue: .integer(voting.keep),
                    help: LocalizedText(
                        en: "Conclusions kept per question after the vote.",
                        es: "Conclusiones que conserva cada pregunta tras la votación.")))
            parameters.append(
                MethodParameter(
                    id: "dots", kind: .integer(1...50), defaultValue: voting.dotsPerVoter.map { .integer($0) },
                    help: LocalizedText(
                        en: "Dots per voter (default: about a third of the candidates).",
                        es: "Puntos por votante (por defecto: un tercio de las candidatas, aprox.).")))
        }
        if definition.hosts {
            parameters.append(
                MethodParameter(
                    id: "hosts", kind: .flag, defaultValue: .flag(true),
                    help: LocalizedText(
                        en: "Whether each table has a host who never moves.",
                        es: "Si cada mesa tiene una persona anfitriona que no se mueve.")))
            parameters.append(
                MethodParameter(
                    id: "host-names", kind: .textList, defaultValue: nil,
                    help: LocalizedText(
                        en: "Hosts for tables 1, 2... separated by \"|\" (default: chosen from different institutions).",
                        es: "Anfitriones de las mesas 1, 2... separados por \"|\" (por defecto: de instituciones distintas).")))
        }
        return parameters
    }

    public func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda {
        let parameters = setup.parameters
        try setup.requireParticipants(max(2, definition.minimumParticipants), method: definition.id)

        // Questions: the file's, or the organiser's (enough for every question a round names).
        var questions = definition.questions
        let spreads = definition.phases.contains { $0.kind == .round && $0.question == .spread }
        if let texts = parameters.list("questions"), texts != definition.questions.map(\.text.es) {
            // Rounds that name a question need it; without spreading rounds, extra questions
            // would never be discussed, so the count must match.
            let needed = max(
                definition.phases.compactMap { phase -> Int? in
                    if case .number(let number) = phase.question, phase.kind == .round { return number }
                    return nil
                }.max() ?? 1,
                definition.voting?.questions?.max() ?? 1)
            let value = texts.joined(separator: "|")
            if !spreads, texts.count != definition.questions.count {
                throw MethodError.invalidParameter(
                    parameter: "questions", value: value, expected: .exactTexts(definition.questions.count))
            }
            guard texts.count >= needed else {
                throw MethodError.invalidParameter(parameter: "questions", value: value, expected: .atLeastTexts(needed))
            }
            questions = texts.enumerated().map { Question(number: $0 + 1, title: LocalizedText($1), text: LocalizedText($1)) }
        }
        let tableCount = try setup.tableCount(
            preferredSize: definition.peoplePerTable, multipleOf: spreads ? questions.count : 1)

        // Canvases: the default one may be replaced by any template.
        var defaultCanvas = canvases.first
        if let wanted = parameters.text("canvas") {
            if let own = canvases.first(where: { $0.id == wanted }) {
                defaultCanvas = own
            } else {
                defaultCanvas = try setup.canvases.require(wanted)
            }
        }
        guard let defaultCanvas else { throw MethodError.unknownCanvas("", known: setup.canvases.ids) }

        // Hosts.
        var hosts = [[Int]](repeating: [], count: tableCount)
        if definition.hosts, parameters.flag("hosts") ?? true {
            hosts = try HostSelection.choose(
                from: setup.participants, tables: tableCount, names: parameters.list("host-names") ?? [], seed: setup.seed)
        }
        let tables = (1...tableCount).map { WorkshopTable(number: $0, name: String($0), hosts: hosts[$0 - 1]) }

        var phases: [Phase] = []
        var rounds: [RoundPlan] = []
        var used: [Canvas] = []
        let minutes = parameters.int("minutes")
        for definitionPhase in definition.phases {
            guard definitionPhase.kind == .round else {
                phases.append(
                    Phase(
                        kind: definitionPhase.kind, title: definitionPhase.title, purpose: definitionPhase.purpose,
                        plannedSeconds: definitionPhase.minutes * 60))
                continue
            }
            let canvas = definitionPhase.canvas.flatMap { id in canvases.first { $0.id == id } } ?? defaultCanvas
            if !used.contains(where: { $0.id == canvas.id }) { used.append(canvas) }
            for repetition in 1...definitionPhase.repeatCount {
                let number = rounds.count + 1
                phases.append(
                    Phase(
                        kind: .round,
                        title: Self.title(
                            definitionPhase.title, round: number, repetition: repetition, of: definitionPhase.repeatCount),
                        purpose: definitionPhase.purpose, plannedSeconds: (minutes ?? definitionPhase.minutes) * 60, round: number
                    ))
                let assignments = tables.map { table -> TableAssignment in
                    let question: Int
                    switch definitionPhase.question {
                    case .spread:
                        question = Question.spread(table: table.number, round: number, tables: tableCount, count: questions.count)
                    case .number(let fixed): question = fixed
                    }
                    return TableAssignment(table: table.number, question: question, canvas: canvas.id)
                }
                rounds.append(
                    RoundPlan(
                        round: number, assignments: assignments, movement: definitionPhase.movement, mode: definitionPhase.mode,
                        groupSize: definitionPhase.groupSize))
            }
        }
        var voting = definition.voting
        if voting != nil {
            if let keep = parameters.int("keep") { voting?.keep = keep }
            if let dots = parameters.int("dots") { voting?.dotsPerVoter = dots }
        }
        return Agenda(tables: tables, questions: questions, canvases: used, phases: phases, rounds: rounds, voting: voting)
    }

    /// A round title: `{round}` becomes the round number, `{n}` the repetition; a repeated
    /// round without placeholders gets its repetition appended.
    static func title(_ text: LocalizedText, round: Int, repetition: Int, of count: Int) -> LocalizedText {
        func fill(_ template: String) -> String {
            let filled = template.replacing("{round}", with: String(round)).replacing("{n}", with: String(repetition))
            return filled == template && count > 1 ? template + " " + String(repetition) : filled
        }
        return LocalizedText(en: fill(text.en), es: fill(text.es))
    }
}
