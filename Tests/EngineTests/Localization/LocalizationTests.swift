import Testing

@testable import Engine

@Suite struct LocalizationTests {
    @Test(arguments: Language.allCases)
    func everyKeyHasATextInEveryLanguage(language: Language) {
        let table = Localizer.table(for: language)
        let missing = TextKey.allCases.filter { (table[$0] ?? "").trimmingWhitespace().isEmpty }
        #expect(missing.isEmpty, "missing in \(language): \(missing.map(\.rawValue))")
    }

    @Test func placeholdersMatchBetweenLanguages() {
        for key in TextKey.allCases {
            let english = Localizer.placeholders(in: EnglishTexts.table[key] ?? "")
            let spanish = Localizer.placeholders(in: SpanishTexts.table[key] ?? "")
            #expect(english == spanish, "\(key.rawValue): \(english) vs \(spanish)")
        }
    }

    @Test func textKeysAreUnique() {
        #expect(Set(TextKey.allCases.map(\.rawValue)).count == TextKey.allCases.count)
    }

    @Test func spanishIsActuallyTranslated() {
        // Short technical labels may coincide; sentences must not.
        let identical = TextKey.allCases.filter { key in
            let english = EnglishTexts.table[key] ?? ""
            return english.split(separator: " ").count > 3 && english == SpanishTexts.table[key]
        }
        #expect(identical.isEmpty, "untranslated: \(identical.map(\.rawValue))")
    }

    @Test func fillsPlaceholders() {
        let english = Localizer(language: .en).text(.noteSaved, ["id": "12", "table": "3", "round": "2"])
        #expect(english == "Saved note #12 (table 3, round 2).")
        let spanish = Localizer(language: .es).text(.noteSaved, ["id": "12", "table": "3", "round": "2"])
        #expect(spanish == "Nota #12 guardada (mesa 3, ronda 2).")
    }

    @Test func languageComesFromFlagThenEnvironment() {
        #expect(Language.resolve(flag: "es", environment: ["LANG": "en_US.UTF-8"]) == .es)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "es_CL.UTF-8"]) == .es)
        #expect(Language.resolve(flag: nil, environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "es_CL.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, environment: ["LC_ALL": "", "LANG": "es"]) == .es)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "C.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, environment: [:]) == .en)
    }
}
