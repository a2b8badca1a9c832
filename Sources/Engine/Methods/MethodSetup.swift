/// What a method plans from: who is coming, the parameters (the number of tables among
/// them), a seed, and the canvas templates available.
public struct MethodSetup: Sendable {
    /// The participants to seat (present ones, or everyone registered before the day).
    public var participants: [Participant]
    public var parameters: MethodParameters
    /// Seed for every random choice, so the same setup gives the same plan.
    public var seed: Int
    public var language: Language
    /// The canvas templates a method may use: the built-in ones, plus the organiser's own
    /// files (which may replace a built-in template with the same id).
    public var canvases: CanvasLibrary

    public init(
        participants: [Participant], parameters: MethodParameters, seed: Int = 1, language: Language = .es,
        canvases: CanvasLibrary = .builtIn
    ) {
        self.participants = participants
        self.parameters = parameters
        self.seed = seed
        self.language = language
        self.canvases = canvases
    }

    /// A generator seeded with ``seed`` and `salt`, so that separate choices of one plan
    /// (hosts, groups) do not share a sequence.
    public func generator(salt: UInt64 = 0) -> SeededGenerator {
        SeededGenerator(seed: UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9 &+ salt)
    }

    /// Throws unless at least `count` participants are to be seated.
    public func requireParticipants(_ count: Int, method: String) throws(MethodError) {
        guard participants.count >= count else {
            throw MethodError.tooFewParticipants(method: method, needed: count, found: participants.count)
        }
    }

    /// The number of tables: the `tables` parameter when given, otherwise about
    /// `preferredSize` people per table, rounded to a multiple of `multiple` (so that tables
    /// spread evenly over questions) and never more tables than people. Throws when the
    /// `tables` parameter asks for more tables than there are participants.
    public func tableCount(preferredSize: Int, multipleOf multiple: Int = 1) throws(MethodError) -> Int {
        let people = participants.count
        if let requested = parameters.int("tables") {
            guard requested >= 1 else {
                throw MethodError.invalidParameter(
                    parameter: "tables", value: String(requested), expected: .integer(1...max(1, people)))
            }
            guard requested <= people else {
                throw MethodError.moreTablesThanParticipants(tables: requested, participants: people)
            }
            return requested
        }
        let step = max(1, multiple)
        let size = max(1, preferredSize)
        let groups = max(1, (people + step * size - 1) / (step * size))
        return max(1, min(step * groups, people))
    }

    /// The canvas named by parameter `parameter` (or `defaultID` when the parameter is not
    /// set), looked up in ``canvases``. Throws ``MethodError/unknownCanvas(_:known:)``.
    public func canvas(parameter: String = "canvas", default defaultID: String) throws(MethodError) -> Canvas {
        try canvases.require(parameters.text(parameter) ?? defaultID)
    }
}
