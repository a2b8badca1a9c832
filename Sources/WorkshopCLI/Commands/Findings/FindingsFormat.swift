import Engine

/// The formats of `workshop findings`, and writing them to files.
enum FindingsFormat: String, CaseIterable {
    case md, html, csv, json, qdc

    /// The formats' names, `all` included, for `--format`.
    static let choices = allCases.map(\.rawValue) + ["all"]

    /// The format a file name implies (`informe.html`), if any.
    static func inferred(from path: String) -> FindingsFormat? {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".markdown") { return .md }
        return allCases.first { lowered.hasSuffix("." + $0.rawValue) }
    }

    /// The document in this format.
    func render(_ wording: FindingsWording) -> String {
        switch self {
        case .md: return FindingsMarkdownRenderer(wording: wording).render()
        case .html: return FindingsHTMLRenderer(wording: wording).render()
        case .csv: return FindingsCSVRenderer(wording: wording).render()
        case .json: return FindingsJSONRenderer(report: wording.report).render()
        case .qdc: return QDACodebookRenderer(wording: wording).render()
        }
    }

    /// The path of the codebook CSV written beside a `.qdc` file: `informe.qdc` ->
    /// `informe-codebook.csv`.
    static func codebookPath(besides path: String) -> String {
        let base = path.lowercased().hasSuffix(".qdc") ? String(path.dropLast(4)) : path
        return base + "-codebook.csv"
    }

    /// Writes the document to `path` (and, for `qdc`, the codebook CSV beside it); returns
    /// the paths written.
    func write(_ wording: FindingsWording, to path: String) throws -> [String] {
        try SystemFile.writeAtomically(Array(render(wording).utf8), to: path, replacing: true)
        guard self == .qdc else { return [path] }
        let codebook = Self.codebookPath(besides: path)
        try SystemFile.writeAtomically(Array(CodebookCSVRenderer(wording: wording).render().utf8), to: codebook, replacing: true)
        return [path, codebook]
    }

    /// Writes every format into `directory` as `findings.md`, `findings.html`, `findings.csv`,
    /// `findings.json`, `findings.qdc` and `findings-codebook.csv`; returns the paths with
    /// what each holds.
    static func writeAll(_ wording: FindingsWording, into directory: String) throws -> [(path: String, what: TextKey)] {
        try FilePath.createDirectory(directory)
        var written: [(path: String, what: TextKey)] = []
        let descriptions: [FindingsFormat: TextKey] = [
            .md: .findingsWroteMarkdown, .html: .findingsWroteHTML, .csv: .findingsWroteCSV, .json: .findingsWroteJSON,
            .qdc: .findingsWroteQDC,
        ]
        for format in allCases {
            let paths = try format.write(wording, to: FilePath.join(directory, "findings.\(format.rawValue)"))
            for (offset, path) in paths.enumerated() {
                written.append((path, offset == 0 ? descriptions[format] ?? .findingsWroteMarkdown : .findingsWroteCodebook))
            }
        }
        return written
    }
}
