import Foundation

/// The form in which people's names and institutions are compared: lower case, without
/// accents or other diacritics, punctuation other than letters, digits, `-` and `'` dropped,
/// single spaces. "  José  PÉREZ " and "jose perez" have the same key.
public enum NameKey {
    /// The comparison key of `text`.
    public static func of(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var output = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-" || scalar == "'" {
                if pendingSpace, !output.isEmpty { output.append(" ") }
                pendingSpace = false
                output.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return output
    }

    /// The words of the key of `text`.
    public static func words(of text: String) -> [Substring] {
        of(text).split(separator: " ")
    }
}
