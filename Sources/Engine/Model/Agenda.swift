/// Everything a method plans for a session before the day: the tables, the questions and
/// canvases, the phases with their durations, what each table holds in each round, and the
/// vote. The seating is planned separately (see ``RoundSeating``) because it changes on the
/// day when people check in.
public struct Agenda: Hashable, Sendable, JournalCodable {
    public var tables: [WorkshopTable]
    public var questions: [Question]
    public var canvases: [Canvas]
    public var phases: [Phase]
    /// One entry per conversation round, in order (`rounds[0]` is round 1).
    public var rounds: [RoundPlan]
    public var voting: VotingPlan?

    public init(
        tables: [WorkshopTable], questions: [Question], canvases: [Canvas], phases: [Phase], rounds: [RoundPlan],
        voting: VotingPlan?
    ) {
        self.tables = tables
        self.questions = questions
        self.canvases = canvases
        self.phases = phases
        self.rounds = rounds
        self.voting = voting
    }

    /// An empty agenda (a session before planning).
    public static let empty = Agenda(tables: [], questions: [], canvases: [], phases: [], rounds: [], voting: nil)

    /// Total planned duration in seconds.
    public var plannedSeconds: Int { phases.reduce(0) { $0 + $1.plannedSeconds } }

    public func table(_ number: Int) -> WorkshopTable? { tables.first { $0.number == number } }

    public func question(_ number: Int) -> Question? { questions.first { $0.number == number } }

    public func canvas(_ id: String) -> Canvas? { canvases.first { $0.id == id } }

    /// The plan of round number `round` (from 1).
    public func round(_ round: Int) -> RoundPlan? {
        rounds.first { $0.round == round }
    }

    /// The index of the phase in which round `round` runs.
    public func phaseIndex(ofRound round: Int) -> Int? {
        phases.firstIndex { $0.kind == .round && $0.round == round }
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        tables = try object.decode("tables", as: [WorkshopTable].self)
        questions = try object.decode("questions", as: [Question].self)
        canvases = try object.decode("canvases", as: [Canvas].self)
        phases = try object.decode("phases", as: [Phase].self)
        rounds = try object.decode("rounds", as: [RoundPlan].self)
        voting = try object.decodeIfPresent("voting", as: VotingPlan.self)
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("tables", tables)
        writer.field("questions", questions)
        writer.field("canvases", canvases)
        writer.field("phases", phases)
        writer.field("rounds", rounds)
        writer.field("voting", voting)
        writer.endObject()
    }
}
