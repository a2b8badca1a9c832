import Engine

/// Reads an amount of time to add to a phase, as typed on the console or given to
/// `workshop extend`: whole minutes (`5`, `-2`, `+10`), or with a unit (`90s`, `2m`, `1.5`
/// is refused: use `90s`).
enum ExtensionAmount {
    /// Seconds for `text`, or nil when it is not an amount (or is zero).
    static func seconds(from text: String) -> Int? {
        var body = Substring(text.trimmingWhitespace().lowercased())
        var sign = 1
        if body.hasPrefix("-") || body.hasPrefix("+") {
            sign = body.hasPrefix("-") ? -1 : 1
            body = body.dropFirst()
        }
        var unit = 60
        if body.hasSuffix("min") {
            body = body.dropLast(3)
        } else if body.hasSuffix("m") {
            body = body.dropLast()
        } else if body.hasSuffix("s") {
            body = body.dropLast()
            unit = 1
        }
        guard !body.isEmpty, body.count <= 6, body.allSatisfy(\.isASCIIDigitCharacter), let value = Int(body), value > 0 else {
            return nil
        }
        return sign * value * unit
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
