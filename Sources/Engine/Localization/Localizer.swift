/// Looks texts up in the table of one language and fills in their placeholders.
public struct Localizer: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    /// The table of a language.
    public static func table(for language: Language) -> [TextKey: String] {
        switch language {
        case .en: return EnglishTexts.table
        case .es: return SpanishTexts.table
        }
    }

    /// The text for `key` with `{name}` placeholders replaced by `values[name]`. A missing
    /// translation falls back to English, then to the key itself (tests forbid both).
    public func text(_ key: TextKey, _ values: [String: String] = [:]) -> String {
        let template = Self.table(for: language)[key] ?? EnglishTexts.table[key] ?? key.rawValue
        guard !values.isEmpty, template.contains("{") else { return template }
        var output = ""
        output.reserveCapacity(template.utf8.count + 16)
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            if character == "{", let close = template[index...].firstIndex(of: "}") {
                let name = String(template[template.index(after: index)..<close])
                if let value = values[name] {
                    output += value
                    index = template.index(after: close)
                    continue
                }
            }
            output.append(character)
            index = template.index(after: index)
        }
        return output
    }

    /// The placeholder names a template uses.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var index = template.startIndex
        while let open = template[index...].firstIndex(of: "{") {
            guard let close = template[open...].firstIndex(of: "}") else { break }
            let name = template[template.index(after: open)..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) { names.insert(String(name)) }
            index = template.index(after: close)
        }
        return names
    }
}
