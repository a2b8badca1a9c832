/// The analyst's view of a set of notes: what `workshop text stem|keywords|themes --lang es|en`
/// prints. Input is text (standard input for the command); output is plain text.
///
/// Input format, for `keywords` and `themes`: one note per non-empty line. A line may also
/// carry where the note was said, as tab-separated fields
/// `table<TAB>round<TAB>question<TAB>dimension<TAB>text`; a file in the benchmark corpus
/// format (header `theme<TAB>question<TAB>dimension<TAB>table<TAB>round<TAB>text`) is read
/// too, its theme column ignored. With that information, themes are grouped per question
/// and dimension, as in the findings report, and cross-cutting themes are listed.
public struct TextAnalystView: Sendable {
    /// The three analyses.
    public enum Command: String, Sendable, CaseIterable {
        /// Each token with its stem (stopwords and concepts marked).
        case stem
        /// The notes' keywords with their weights.
        case keywords
        /// Themes with labels, counts, keywords and members.
        case themes
    }

    /// The language of the notes.
    public let language: TextLanguage
    /// Theme grouping threshold (the CLI's `--similarity`), in 0...1.
    public let similarity: Double
    /// Keywords listed by `keywords`.
    public let keywordLimit: Int

    private let analyzer: TextAnalyzer

    /// Creates the view for a language, a theme similarity threshold and a number of keywords.
    public init(
        language: TextLanguage = .spanish, similarity: Double = ThemeClusterer.Configuration.defaultSimilarity,
        keywordLimit: Int = 20
    ) {
        self.language = language
        self.similarity = min(max(similarity, 0), 1)
        self.keywordLimit = keywordLimit
        self.analyzer = TextAnalyzer(language: language)
    }

    /// What the command prints for `input`.
    public func run(_ command: Command, input: String) -> String {
        switch command {
        case .stem: return stemReport(input)
        case .keywords: return keywordReport(input)
        case .themes: return themeReport(input)
        }
    }

    // MARK: Structured results

    /// The analysis of each non-empty input line.
    public func stems(_ input: String) -> [AnalyzedText] {
        Self.lines(of: input).map(analyzer.analyze)
    }

    /// The keywords of the notes in `input`.
    public func keywords(_ input: String) -> [Keyword] {
        KeywordExtractor(analyzer: analyzer).keywords(in: Self.documents(from: input).map(\.text), limit: keywordLimit)
    }

    /// Themes and cross-cutting themes of the notes in `input`.
    public func report(_ input: String) -> ThemeReport {
        let documents = Self.documents(from: input)
        return clusterer(for: documents).report(for: documents)
    }

    /// The notes of `input` (see the type's documentation for the accepted formats), with ids
    /// 1, 2, ... in input order.
    public static func documents(from input: String) -> [TextDocument] {
        var documents: [TextDocument] = []
        var corpusFormat = false
        for (index, line) in lines(of: input).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if index == 0, fields.first == "theme", fields.count == 6 {
                corpusFormat = true
                continue
            }
            let id = documents.count + 1
            if corpusFormat, fields.count == 6, let question = Int(fields[1]), let table = Int(fields[3]),
                let round = Int(fields[4])
            {
                documents.append(
                    TextDocument(
                        id: id, text: fields[5], table: table, round: round, question: question,
                        dimension: fields[2].isEmpty ? nil : fields[2]))
            } else if fields.count == 5, let table = Int(fields[0]), let round = Int(fields[1]),
                let question = Int(fields[2])
            {
                documents.append(
                    TextDocument(
                        id: id, text: fields[4], table: table, round: round, question: question,
                        dimension: fields[3].isEmpty ? nil : fields[3]))
            } else {
                documents.append(TextDocument(id: id, text: line))
            }
        }
        return documents
    }

    // MARK: Text output

    /// Each line's tokens with their stems; stopwords and thesaurus concepts are marked.
    public func stemReport(_ input: String) -> String {
        var output = ""
        for analysis in stems(input) {
            let words = analysis.tokens.map { token -> String in
                token.isStopword ? "\(token.token.surface)·" : "\(token.token.surface)→\(token.stem)"
            }
            output += words.joined(separator: " ") + "\n"
            if !analysis.concepts.isEmpty {
                let concepts = analysis.concepts.map { "\($0.conceptID) (\($0.surface))" }
                output += "  concepts: " + concepts.joined(separator: ", ") + "\n"
            }
        }
        return output.isEmpty ? "(no text)\n" : output + "(→ stem, · stopword)\n"
    }

    /// The keywords with their weights and the number of notes containing them.
    public func keywordReport(_ input: String) -> String {
        let notes = Self.documents(from: input).count
        let keywords = keywords(input)
        guard !keywords.isEmpty else { return "(no keywords)\n" }
        var output = "\(notes) notes, top \(keywords.count) keywords\n"
        output += "rank  weight  notes  keyword\n"
        for (rank, keyword) in keywords.enumerated() {
            let concept = keyword.conceptID.map { "  [concept: \($0)]" } ?? ""
            output +=
                Self.pad("\(rank + 1)", 4) + "  " + Self.decimal(keyword.weight) + "  "
                + Self.pad("\(keyword.documentCount)", 5) + "  \(keyword.text)\(concept)\n"
        }
        return output
    }

    /// Themes (label, counts, keywords, members), then cross-cutting themes if any.
    public func themeReport(_ input: String) -> String {
        let documents = Self.documents(from: input)
        guard !documents.isEmpty else { return "(no notes)\n" }
        let report = clusterer(for: documents).report(for: documents)
        let textOfID = Dictionary(documents.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let located = Self.isLocated(documents)
        func counts(_ counts: MentionCounts) -> String {
            located ? Self.counts(counts) : "\(counts.notes) \(counts.notes == 1 ? "note" : "notes")"
        }
        var output = "\(documents.count) notes, \(report.themes.count) themes (similarity \(Self.decimal(similarity)))\n"
        for theme in report.themes {
            output += "\n" + Self.heading(of: theme) + "\n"
            output += "  \(counts(theme.counts)); cohesion \(Self.decimal(theme.cohesion))\n"
            if !theme.keywords.isEmpty {
                output += "  keywords: " + theme.keywords.map(\.text).joined(separator: ", ") + "\n"
            }
            if !theme.concepts.isEmpty { output += "  concepts: " + theme.concepts.joined(separator: ", ") + "\n" }
            for id in theme.memberIDs { output += "  - " + (textOfID[id] ?? "") + "\n" }
        }
        if !report.crossCuttingThemes.isEmpty {
            output += "\nCross-cutting themes (raised under several questions or dimensions):\n"
            for (rank, item) in report.crossCuttingThemes.enumerated() {
                let questions = item.questions.map(String.init).joined(separator: ", ")
                let dimensions = item.dimensions.joined(separator: ", ")
                output +=
                    "\(rank + 1). \"\(item.theme.label)\": questions \(questions); dimensions \(dimensions); "
                    + counts(item.theme.counts) + "\n"
            }
        }
        if !report.crossCuttingConcepts.isEmpty {
            output += "\nCross-cutting concepts:\n"
            for item in report.crossCuttingConcepts.prefix(10) {
                output += "- \(item.label): \(item.breadth) question-dimension pairs; \(counts(item.counts))\n"
            }
        }
        return output
    }

    // MARK: Helpers

    private func clusterer(for documents: [TextDocument]) -> ThemeClusterer {
        ThemeClusterer(
            configuration: ThemeClusterer.Configuration(
                language: language, similarity: similarity,
                grouping: Self.isLocated(documents) ? .questionAndDimension : .none))
    }

    /// Whether the input said where notes were raised (question, dimension, table or round).
    private static func isLocated(_ documents: [TextDocument]) -> Bool {
        documents.contains { $0.question != 0 || $0.dimension != nil || $0.table != 0 || $0.round != 0 }
    }

    private static func heading(of theme: Theme) -> String {
        var place: [String] = []
        if let question = theme.question, question != 0 { place.append("question \(question)") }
        if let dimension = theme.dimension { place.append(dimension) }
        let suffix = place.isEmpty ? "" : " [" + place.joined(separator: ", ") + "]"
        return "Theme \(theme.id + 1)\(suffix): \"\(theme.label)\""
    }

    private static func counts(_ counts: MentionCounts) -> String {
        "\(counts.notes) \(counts.notes == 1 ? "note" : "notes"), \(counts.tables) "
            + "\(counts.tables == 1 ? "table" : "tables"), \(counts.rounds) \(counts.rounds == 1 ? "round" : "rounds")"
    }

    static func lines(of input: String) -> [String] {
        input.split(whereSeparator: \.isNewline).map(String.init).filter {
            !$0.allSatisfy { $0.isWhitespace }
        }
    }

    /// A number with three decimals, without Foundation's formatting.
    static func decimal(_ value: Double) -> String {
        let scaled = Int((max(0, value) * 1000).rounded())
        let fraction = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
