/// A declarative method as written in its JSON file: texts, phases, rounds, questions,
/// canvases and the vote. ``DeclarativeMethod`` turns it into agendas. The format is
/// documented in `docs/WRITING-A-METHOD.md`.
public struct MethodDefinition: Hashable, Sendable {
    /// Where a round's tables get their question.
    public enum QuestionChoice: Hashable, Sendable {
        /// Tables spread evenly over all the questions (table 1 question 1, table 2 question
        /// 2...); people rotate to meet them.
        case spread
        /// Every table discusses this question (from 1).
        case number(Int)
    }

    /// A canvas named by id (a template file) or written inline.
    public enum CanvasReference: Hashable, Sendable {
        case id(String)
        case inline(Canvas)

        public var id: String {
            switch self {
            case .id(let id): return id
            case .inline(let canvas): return canvas.id
            }
        }
    }

    /// One phase of the file; a round phase with `repeat` > 1 becomes several rounds.
    public struct PhaseDefinition: Hashable, Sendable {
        public var kind: PhaseKind
        public var title: LocalizedText
        public var purpose: LocalizedText
        public var minutes: Int
        /// For rounds: where tables get their question.
        public var question: QuestionChoice
        /// For rounds: the canvas id, or nil for the method's default canvas.
        public var canvas: String?
        public var movement: RoundMovement
        public var mode: RoundMode
        public var groupSize: Int?
        /// For rounds: how many consecutive rounds this phase stands for.
        public var repeatCount: Int

        public init(
            kind: PhaseKind, title: LocalizedText, purpose: LocalizedText = LocalizedText(""), minutes: Int,
            question: QuestionChoice = .spread, canvas: String? = nil, movement: RoundMovement = .rotate,
            mode: RoundMode = .diverge, groupSize: Int? = nil, repeatCount: Int = 1
        ) {
            self.kind = kind
            self.title = title
            self.purpose = purpose
            self.minutes = minutes
            self.question = question
            self.canvas = canvas
            self.movement = movement
            self.mode = mode
            self.groupSize = groupSize
            self.repeatCount = repeatCount
        }
    }

    public var id: String
    public var aliases: [String]
    public var name: LocalizedText
    public var summary: LocalizedText
    /// People per table the default number of tables aims for.
    public var peoplePerTable: Int
    /// Fewest participants the method accepts.
    public var minimumParticipants: Int
    /// Whether each table has a host who stays for every round.
    public var hosts: Bool
    /// The canvases; the first is the default for rounds that name none.
    public var canvases: [CanvasReference]
    public var questions: [Question]
    public var phases: [PhaseDefinition]
    public var voting: VotingPlan?

    // MARK: Reading

    static let members = [
        "kind", "version", "comment", "id", "aliases", "name", "summary", "peoplePerTable", "minimumParticipants", "hosts",
        "canvases", "questions", "phases", "voting",
    ]
    static let phaseMembers = [
        "kind", "title", "purpose", "minutes", "question", "canvas", "movement", "mode", "groupSize", "repeat", "comment",
    ]

    init(reading object: TemplateObject) throws(TemplateFailure) {
        id = try object.required("id").identifier()
        var aliases: [String] = []
        for alias in try object.optional("aliases")?.array() ?? [] {
            aliases.append(try alias.identifier())
        }
        self.aliases = aliases
        name = try object.required("name").text()
        summary = try object.required("summary").text()
        peoplePerTable = try object.optional("peoplePerTable")?.integer(in: 1...100) ?? 8
        minimumParticipants = try object.optional("minimumParticipants")?.integer(in: 1...10_000) ?? 2
        hosts = try object.optional("hosts")?.boolean() ?? false

        let canvasList = try object.required("canvases")
        var canvases: [CanvasReference] = []
        for element in try canvasList.array() {
            switch element.value {
            case .string: canvases.append(.id(try element.identifier()))
            case .object: canvases.append(.inline(try Canvas(reading: element.object(allowing: Canvas.templateMembers))))
            default: throw element.failure(.wrongType(expected: .canvasReference, found: JSONKind(element.value)))
            }
        }
        guard !canvases.isEmpty else { throw canvasList.failure(.emptyList) }
        var seenCanvases: Set<String> = []
        for (index, canvas) in canvases.enumerated() where !seenCanvases.insert(canvas.id).inserted {
            throw TemplateFailure(
                path: canvasList.path + [.index(index)], problem: .duplicateIdentifier(canvas.id, otherFile: ""))
        }
        self.canvases = canvases

        let questionList = try object.required("questions")
        var questions: [Question] = []
        for element in try questionList.array() {
            let question = try element.object(allowing: ["title", "text"])
            let text = try question.required("text").text()
            let title = try question.text("title")
            questions.append(Question(number: questions.count + 1, title: title.isEmpty ? text : title, text: text))
        }
        guard !questions.isEmpty else { throw questionList.failure(.emptyList) }
        self.questions = questions

        let phaseList = try object.required("phases")
        var phases: [PhaseDefinition] = []
        let canvasIDs = canvases.map(\.id)
        for element in try phaseList.array() {
            phases.append(try PhaseDefinition(reading: element, questions: questions.count, canvases: canvasIDs))
        }
        guard phases.contains(where: { $0.kind == .round }) else { throw phaseList.failure(.noRounds) }
        self.phases = phases

        if let votingValue = object.optional("voting") {
            let voting = try votingValue.object(allowing: ["rule", "keep", "dots", "cap", "questions"])
            let rule = try voting.optional("rule")?.choice(VotingRule.allCases.map(\.rawValue)) ?? VotingRule.dots.rawValue
            var voted: [Int]?
            if let list = voting.optional("questions") {
                voted = []
                for element in try list.array() {
                    let number = try element.integer(in: 1...Int.max)
                    guard number <= questions.count else {
                        throw element.failure(.unknownQuestion(number, count: questions.count))
                    }
                    voted?.append(number)
                }
            }
            self.voting = VotingPlan(
                rule: VotingRule(rawValue: rule) ?? .dots, keep: try voting.optional("keep")?.integer(in: 1...20) ?? 3,
                dotsPerVoter: try voting.optional("dots")?.integer(in: 1...50),
                capPerCandidate: try voting.optional("cap")?.integer(in: 1...50),
                questions: voted)
        } else {
            voting = nil
        }
    }
}

extension MethodDefinition.PhaseDefinition {
    init(reading value: TemplateValue, questions: Int, canvases: [String]) throws(TemplateFailure) {
        let object = try value.object(allowing: MethodDefinition.phaseMembers)
        let kindText = try object.required("kind").choice(PhaseKind.allCases.map(\.rawValue))
        kind = PhaseKind(rawValue: kindText) ?? .other
        title = try object.required("title").text()
        purpose = try object.text("purpose")
        minutes = try object.required("minutes").integer(in: 1...480)
        let roundOnly = ["question", "canvas", "movement", "mode", "groupSize", "repeat"]
        if kind != .round, let stray = roundOnly.first(where: { object.optional($0) != nil }) {
            throw TemplateFailure(path: value.path + [.key(stray)], problem: .unknownMember(stray, suggestion: nil))
        }
        if let choice = object.optional("question") {
            if case .string = choice.value {
                _ = try choice.choice(["spread"])
                question = .spread
            } else if choice.value.intValue != nil {
                let number = try choice.integer(in: 1...Int.max)
                guard number <= questions else { throw choice.failure(.unknownQuestion(number, count: questions)) }
                question = .number(number)
            } else {
                throw choice.failure(.wrongType(expected: .questionChoice, found: JSONKind(choice.value)))
            }
        } else {
            question = questions == 1 ? .number(1) : .spread
        }
        if let canvasValue = object.optional("canvas") {
            let id = try canvasValue.identifier()
            guard canvases.contains(id) else {
                throw canvasValue.failure(
                    .unknownCanvas(id, suggestion: EditDistance.suggestion(for: id, among: canvases), known: canvases))
            }
            canvas = id
        } else {
            canvas = nil
        }
        movement =
            RoundMovement(rawValue: try object.optional("movement")?.choice(RoundMovement.allCases.map(\.rawValue)) ?? "rotate")
            ?? .rotate
        mode =
            RoundMode(rawValue: try object.optional("mode")?.choice(RoundMode.allCases.map(\.rawValue)) ?? "diverge") ?? .diverge
        groupSize = try object.optional("groupSize")?.integer(in: 1...20)
        repeatCount = try object.optional("repeat")?.integer(in: 1...20) ?? 1
    }
}

extension Canvas {
    /// Members of a canvas template object.
    static let templateMembers = ["kind", "version", "comment", "id", "title", "summary", "sections"]

    /// Reads a canvas template object (`{"id", "title", "summary", "sections": [...]}`).
    init(reading object: TemplateObject) throws(TemplateFailure) {
        let id = try object.required("id").identifier()
        let title = try object.required("title").text()
        let summary = try object.text("summary")
        let sectionList = try object.required("sections")
        var sections: [CanvasSection] = []
        var seen: Set<String> = []
        for element in try sectionList.array() {
            let section = try element.object(allowing: ["id", "title", "prompt"])
            let sectionID = try section.required("id").identifier()
            guard seen.insert(sectionID).inserted else {
                throw TemplateFailure(path: element.path + [.key("id")], problem: .duplicateIdentifier(sectionID, otherFile: ""))
            }
            sections.append(
                CanvasSection(id: sectionID, title: try section.required("title").text(), prompt: try section.text("prompt")))
        }
        guard !sections.isEmpty else { throw sectionList.failure(.emptyList) }
        self.init(id: id, title: title, summary: summary, sections: sections)
    }
}
