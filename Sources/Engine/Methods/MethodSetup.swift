/// What a method plans from: who is coming, the parameters, and a seed.
public struct MethodSetup: Sendable {
    /// The participants to seat (present ones, or everyone registered before the day).
    public var participants: [Participant]
    public var parameters: MethodParameters
    /// Seed for every random choice, so the same setup gives the same plan.
    public var seed: Int
    public var language: Language

    public init(participants: [Participant], parameters: MethodParameters, seed: Int = 1, language: Language = .es) {
        self.participants = participants
        self.parameters = parameters
        self.seed = seed
        self.language = language
    }
}
