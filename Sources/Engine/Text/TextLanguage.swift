/// A language the text-analysis pipeline supports.
public enum TextLanguage: String, Sendable, Hashable, CaseIterable, Codable {
    case spanish = "es"
    case english = "en"

    /// The language for an ISO 639-1 code or an English or Spanish name ("es", "spanish",
    /// "español", "en", "english", "inglés"), case-insensitively; nil if unknown.
    public init?(code: String) {
        switch code.lowercased() {
        case "es", "spa", "spanish", "español", "espanol", "castellano": self = .spanish
        case "en", "eng", "english", "inglés", "ingles": self = .english
        default: return nil
        }
    }

    /// The stemmer for the language.
    public var stemmer: any Stemmer {
        switch self {
        case .spanish: return SpanishStemmer()
        case .english: return EnglishStemmer()
        }
    }
}
