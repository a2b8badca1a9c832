import Engine

/// A note id as typed: `57` or `#57`.
enum NoteIDArgument {
    static func parse(_ text: String, option: String = "ID") throws -> Int {
        var digits = Substring(text.trimmingWhitespace())
        if digits.first == "#" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int(digits), id > 0 else {
            throw UsageError.invalidValue(option: option, value: text, expected: "a note number, e.g. 57 or #57")
        }
        return id
    }
}
