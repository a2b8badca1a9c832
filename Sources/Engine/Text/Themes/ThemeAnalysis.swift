/// One vectorisation of a set of notes, from which themes are grouped automatically and from
/// which any other grouping of the same notes (a person's corrections) can be described as
/// themes with the same labels, keywords and counts.
///
/// ``ThemeClusterer/report(for:)`` is the one-shot form; the findings report uses this type
/// so that the notes are vectorised once for the automatic themes, the corrected themes and
/// the cross-cutting themes.
public struct ThemeAnalysis: Sendable {
    /// The settings and text pipeline.
    public let clusterer: ThemeClusterer
    /// The notes, in the order given.
    public let documents: [TextDocument]
    let corpus: VectorizedCorpus
    private let indexOfID: [Int: Int]

    /// Vectorises `documents` (ids must be unique) with the clusterer's settings.
    public init(documents: [TextDocument], clusterer: ThemeClusterer) {
        self.clusterer = clusterer
        self.documents = documents
        corpus = clusterer.vectorize(documents)
        indexOfID = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The automatic themes, per group of the clusterer's grouping, as ``ThemeClusterer/themes(for:)``.
    public func automaticThemes() -> [Theme] {
        clusterer.themes(of: documents, corpus: corpus, grouping: clusterer.configuration.grouping)
    }

    /// The theme made of the notes `memberIDs` (ids of ``documents``; unknown ids are
    /// ignored): its label (the medoid), keywords, concepts, counts and cohesion, computed
    /// exactly as for an automatic theme. Its `id` is 0.
    public func theme(memberIDs: [Int], question: Int?, dimension: String?) -> Theme {
        let members = memberIDs.compactMap { indexOfID[$0] }
        return clusterer.makeTheme(
            members: members, documents: documents, corpus: corpus, question: question, dimension: dimension)
    }

    /// Themes found across all notes that span at least two (question, dimension) pairs,
    /// broadest first: the same as ``ThemeReport/crossCuttingThemes`` of
    /// ``ThemeClusterer/report(for:)`` (a test keeps the two equal).
    public func crossCuttingThemes() -> [CrossCuttingTheme] {
        let global = clusterer.themes(of: documents, corpus: corpus, grouping: .none)
        var result: [CrossCuttingTheme] = []
        for theme in global {
            let members = theme.memberIDs.compactMap { indexOfID[$0].map { documents[$0] } }
            let cells = Set(members.map { ThemeClusterer.Cell(question: $0.question, dimension: $0.dimension ?? "") })
            guard cells.count >= 2 else { continue }
            result.append(
                CrossCuttingTheme(
                    theme: theme, questions: Set(members.map(\.question)).sorted(),
                    dimensions: Set(members.compactMap(\.dimension)).sorted(), breadth: cells.count))
        }
        result.sort {
            ($0.breadth, $0.theme.counts.tables, $0.theme.counts.notes, -$0.theme.id)
                > ($1.breadth, $1.theme.counts.tables, $1.theme.counts.notes, -$1.theme.id)
        }
        return result
    }

    /// Thesaurus concepts named under several questions or dimensions, broadest first.
    public func crossCuttingConcepts() -> [CrossCuttingConcept] {
        clusterer.crossCuttingConcepts(documents, corpus: corpus)
    }

    /// Misspellings read as another word ("presupusto" -> "presupuesto").
    public var spellingCorrections: [String: String] { corpus.spellingCorrections }
}
