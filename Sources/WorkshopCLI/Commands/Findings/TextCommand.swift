import Engine

/// `workshop text stem|keywords|themes`: what the text analysis sees in notes read from
/// standard input, so that an analyst can check and tune it (`--similarity`).
struct TextCommand: CommandGroup {
    static let configuration = CommandConfiguration(
        name: "text",
        abstract: .textAbstract,
        discussion: .textDiscussion,
        subcommands: [
            TextAnalysisCommand<StemAnalysis>.self, TextAnalysisCommand<KeywordAnalysis>.self,
            TextAnalysisCommand<ThemeAnalysisKind>.self,
        ],
        examples: [
            "echo \"Falta capacitación en diseño de servicios\" | workshop text stem --lang es",
            "workshop text keywords --lang es < notas.txt",
            "workshop text themes --similarity 0.25 < notas.tsv",
        ])
}

/// Which analysis a `workshop text` subcommand runs.
protocol TextAnalysisKind: Sendable {
    static var command: TextAnalystView.Command { get }
    static var abstract: TextKey { get }
}

/// `stem`: each word with its stem, stopwords and concepts marked.
enum StemAnalysis: TextAnalysisKind {
    static let command = TextAnalystView.Command.stem
    static let abstract = TextKey.textStemAbstract
}

/// `keywords`: the notes' keywords and weights.
enum KeywordAnalysis: TextAnalysisKind {
    static let command = TextAnalystView.Command.keywords
    static let abstract = TextKey.textKeywordsAbstract
}

/// `themes`: themes with labels, counts and members, and cross-cutting themes.
enum ThemeAnalysisKind: TextAnalysisKind {
    static let command = TextAnalystView.Command.themes
    static let abstract = TextKey.textThemesAbstract
}

/// One `workshop text` subcommand: reads standard input, prints ``TextAnalystView``'s output.
struct TextAnalysisCommand<Kind: TextAnalysisKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: Kind.command.rawValue,
            abstract: Kind.abstract,
            discussion: .textInputDiscussion,
            options: [
                OptionSpec("similarity", value: "S", help: .findingsOptionSimilarity),
                OptionSpec("limit", value: "N", help: .textOptionLimit),
            ],
            examples: ["workshop text \(Kind.command.rawValue) --lang es < notas.txt"])
    }

    let similarity: Double?
    let limit: Int?
    let languageFlag: String?

    init(_ arguments: ParsedArguments) throws {
        similarity = try FindingsInputs.similarity(arguments)
        limit = try arguments.integer("limit", in: 1...1000)
        languageFlag = arguments.option("lang")
    }

    func run(in context: CommandContext) throws {
        let code = languageFlag ?? context.language.rawValue
        let language = TextLanguage(code: code) ?? (Language(code: code) == .en ? .english : .spanish)
        if context.input.isTerminal { context.warn(context.text(.textTypeNotes)) }
        let bytes = context.input.readAll()
        guard UTF8Validation.isValid(bytes) else { throw Failure(.textInvalidInput) }
        let view = TextAnalystView(
            language: language, similarity: similarity ?? ThemeClusterer.Configuration.defaultSimilarity,
            keywordLimit: limit ?? 20)
        let output = view.run(Kind.command, input: String(decoding: bytes, as: UTF8.self))
        context.output.write(TerminalText.sanitize(output, keepNewlines: true))
    }
}
