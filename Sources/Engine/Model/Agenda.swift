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

    /// The table of every host (participants who never move), by participant id.
    public var hostTables: [Int: Int] {
        var result: [Int: Int] = [:]
        for table in tables {
            for host in table.hosts where result[host] == nil { result[host] = table.number }
        }
        return result
    }

    /// The rounds whose notes the vote phase at `index` decides: those run since the
    /// previous vote phase (all rounds before it for the first vote).
    public func roundsDecided(byPhase index: Int) -> [Int] {
        guard phases.indices.contains(index), phases[index].kind == .vote else { return [] }
        var rounds: [Int] = []
        var position = index - 1
        while position >= 0, phases[position].kind != .vote {
            if phases[position].kind == .round, let round = phases[position].round { rounds.append(round) }
            position -= 1
        }
        return rounds.reversed()
    }

    /// The questions voted on in the vote phase at `index`: those held in the rounds it
    /// decides, restricted to ``VotingPlan/questions``, in order of first appearance.
    public func questionsVoted(atPhase index: Int) -> [Int] {
        guard let voting else { return [] }
        var seen: Set<Int> = []
        var result: [Int] = []
        for number in roundsDecided(byPhase: index) {
            for question in round(number)?.questions ?? [] where voting.votes(onQuestion: question) {
                if seen.insert(question).inserted { result.append(question) }
            }
        }
        return result
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
