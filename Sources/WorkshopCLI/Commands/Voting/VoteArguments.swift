import Engine

/// Parsing of the vote-related values typed on the command line.
enum VoteArguments {
    /// `C3=2,C5=1` (also `C3:2`, spaces or `;` between pairs) as marks.
    static func marks(_ text: String, option: String) throws -> [BallotMark] {
        let pairs = items(text)
        guard !pairs.isEmpty else {
            throw UsageError.invalidValue(option: option, value: text, expected: "ID=N,ID=N (e.g. C3=2,C5=1)")
        }
        return try pairs.map { pair in
            guard let separator = pair.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                throw UsageError.invalidValue(option: option, value: pair, expected: "ID=N (e.g. C3=2)")
            }
            let id = String(pair[..<separator]).trimmingWhitespace()
            let valueText = String(pair[pair.index(after: separator)...]).trimmingWhitespace()
            guard !id.isEmpty, let value = Int(valueText) else {
                throw UsageError.invalidValue(option: option, value: pair, expected: "ID=N with a whole number N (e.g. C3=2)")
            }
            return BallotMark(candidate: id, value: value)
        }
    }

    /// `C3,C1,C2` as ids.
    static func ids(_ text: String, option: String) throws -> [String] {
        let list = items(text)
        guard !list.isEmpty else { throw UsageError.invalidValue(option: option, value: text, expected: "ID,ID (e.g. C3,C1)") }
        if let pair = list.first(where: { $0.contains("=") }) {
            throw UsageError.invalidValue(option: option, value: pair, expected: "conclusion ids without values (e.g. C3,C1)")
        }
        return list
    }

    /// A question number, from `--question`.
    static func question(_ arguments: ParsedArguments) throws -> Int {
        guard let value = try arguments.integer("question", in: 1...10_000) else {
            throw UsageError.missingOption(option: "--question")
        }
        return value
    }

    private static func items(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map { String($0) }.filter { !$0.isEmpty }
    }

    /// A ballot's marks for people: `C3×2, C5×1`, `C1, C4`, `1. C3, 2. C1`, `C1=4, C2=5`.
    static func describe(_ marks: [BallotMark], rule: VotingRule) -> String {
        switch rule {
        case .dots: return marks.map { "\($0.candidate)×\($0.value)" }.joined(separator: ", ")
        case .approval: return marks.map(\.candidate).joined(separator: ", ")
        case .borda: return marks.sorted { $0.value < $1.value }.map { "\($0.value). \($0.candidate)" }.joined(separator: ", ")
        case .score: return marks.map { "\($0.candidate)=\($0.value)" }.joined(separator: ", ")
        }
    }

    /// "dot voting, 3 dots per voter (at most 2 per conclusion)".
    static func describe(_ settings: VoteSettings, _ l: Localizer) -> String {
        switch settings.rule {
        case .dots:
            var text = l.text(.ruleDotsDetail, ["budget": String(settings.budget)])
            if let cap = settings.cap, cap > 0 { text += " " + l.text(.ruleDotsCap, ["cap": String(cap)]) }
            return text
        default:
            return ErrorMessages.ruleName(settings.rule, l)
        }
    }
}
