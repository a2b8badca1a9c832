/// The corrections people made to the automatic themes of a session, in journal order, and
/// the similarity threshold they chose. Part of ``SessionState``; filled by the `theme.*`
/// events.
public struct ThemeCurationLog: Hashable, Sendable {
    /// Every correction, in the order recorded.
    public private(set) var corrections: [ThemeCorrection] = []
    /// The similarity threshold set with `workshop theme FILE similarity`, if any; exports use
    /// it unless `--similarity` is given.
    public var similarity: Double?

    /// An empty log.
    public init() {}

    /// Adds a correction at the end.
    mutating func append(_ action: ThemeCorrection.Action, context: EventContext) {
        corrections.append(ThemeCorrection(action: action, sequence: context.sequence, at: context.at))
    }
}
