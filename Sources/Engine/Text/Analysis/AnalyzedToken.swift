/// A token with what the pipeline made of it.
public struct AnalyzedToken: Sendable, Hashable {
    /// The token (surface, lower-case and normalised forms).
    public var token: TextToken
    /// Its stem (lower case, accents folded); for a number, the number itself.
    public var stem: String
    /// Whether the token is a stopword (and so carries no theme).
    public var isStopword: Bool

    /// Creates an analysed token.
    public init(token: TextToken, stem: String, isStopword: Bool) {
        self.token = token
        self.stem = stem
        self.isStopword = isStopword
    }
}
