/// The languages every user-facing text of workshop exists in.
public enum Language: String, CaseIterable, Sendable {
    case en
    case es

    /// The language to use: the `--lang` flag if given, otherwise `LC_ALL`, `LC_MESSAGES`
    /// or `LANG` (a value starting with `es` gives Spanish), otherwise English.
    public static func resolve(flag: String?, environment: [String: String]) -> Language {
        if let flag, let language = Language(code: flag) { return language }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("es") ? .es : .en
        }
        return .en
    }

    /// Accepts `es`, `en`, `es-CL`, `es_CL.UTF-8`, `spanish`, `español`...
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("es") || lowered == "spanish" {
            self = .es
        } else if lowered.hasPrefix("en") {
            self = .en
        } else {
            return nil
        }
    }
}
