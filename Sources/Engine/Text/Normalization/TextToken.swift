/// One token of a note, as produced by `TextNormalizer`.
public struct TextToken: Sendable, Hashable {
    /// Whether a token is a word or a number.
    public enum Kind: String, Sendable, Hashable {
        case word
        case number
    }

    /// The text as written in the note (for an expanded abbreviation such as "capac.", the
    /// abbreviation; all words of its expansion share it).
    public var surface: String
    /// Lower case, accents kept: what a stemmer that handles accents itself receives.
    public var lowercased: String
    /// Lower case with acute accents, grave accents and diaereses folded (`ñ` is kept).
    public var normalized: String
    /// Word or number.
    public var kind: Kind

    /// Creates a token.
    public init(surface: String, lowercased: String, normalized: String, kind: Kind) {
        self.surface = surface
        self.lowercased = lowercased
        self.normalized = normalized
        self.kind = kind
    }
}
