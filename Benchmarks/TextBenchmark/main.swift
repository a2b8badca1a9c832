import Engine
import Foundation

// The text-analysis benchmark. Subcommands (see Benchmarks/text.sh, which runs them all):
//
//   evaluate <notes.tsv> [options]            ARI and theme count of our grouping
//   tune <notes.tsv>                          sweep settings on tables 1-4, report on all
//   generate <notes.tsv> <count> <seed> <out> deterministic variants of the corpus
//   time <notes.tsv> [--runs n] [options]     median time of notes -> themes, and ARI
//   sweep <notes.tsv> [options]               ARI for each similarity threshold
//   confusion <notes.tsv> [options]           which themes are merged or split, and the notes
//
// Options: --similarity s, --grouping none|question|questionAndDimension, --concept w,
// --concept-share s, --secondary w (weight of a note's concepts other than its head concept),
// --related w (weight of related concepts), --bigram w, --no-spelling, --no-thesaurus,
// --no-roles (every concept a topic), --stem-first, --concurrent (cluster groups concurrently),
// --runs n, --labels-out path, --json-out path, --tables a-b (only the notes of tables a...b,
// e.g. --tables 1-4 for the tuning split).

struct Options {
    var similarity = ThemeClusterer.Configuration.defaultSimilarity
    var grouping = ThemeClusterer.Configuration.Grouping.none
    var weights = FeatureWeights()
    var thesaurus: ConceptThesaurus?
    var foldFirst = true
    var concurrent = false
    var runs = 7
    var labelsOut: String?
    var jsonOut: String?
    var tables: ClosedRange<Int>?

    init(_ arguments: ArraySlice<String>) throws {
        var iterator = arguments.makeIterator()
        func value(_ name: String) throws -> String {
            guard let next = iterator.next() else { throw BenchmarkError.usage("\(name) needs a value") }
            return next
        }
        while let argument = iterator.next() {
            switch argument {
            case "--similarity": similarity = Double(try value(argument)) ?? similarity
            case "--grouping":
                let name = try value(argument)
                guard let parsed = ThemeClusterer.Configuration.Grouping(rawValue: name) else {
                    throw BenchmarkError.usage("unknown grouping \(name)")
                }
                grouping = parsed
            case "--concept": weights.concept = Double(try value(argument)) ?? weights.concept
            case "--bigram": weights.bigram = Double(try value(argument)) ?? weights.bigram
            case "--concept-share": weights.conceptShare = Double(try value(argument))
            case "--secondary": weights.secondaryConcept = Double(try value(argument)) ?? weights.secondaryConcept
            case "--related": weights.relatedConcept = Double(try value(argument)) ?? weights.relatedConcept
            case "--no-spelling": weights.correctsSpelling = false
            case "--no-thesaurus": thesaurus = .empty
            case "--no-roles":
                // Every concept a topic: no broad concepts, actors may head a note.
                thesaurus = ConceptThesaurus(
                    concepts: ConceptThesaurus.spanishPublicSector.concepts.map { concept in
                        var topic = concept
                        topic.role = .topic
                        return topic
                    })
            case "--stem-first": foldFirst = false
            case "--concurrent": concurrent = true
            case "--runs": runs = Int(try value(argument)) ?? runs
            case "--labels-out": labelsOut = try value(argument)
            case "--json-out": jsonOut = try value(argument)
            case "--tables":
                let text = try value(argument)
                let bounds = text.split(separator: "-").compactMap { Int($0) }
                guard bounds.count == 2, bounds[0] <= bounds[1] else {
                    throw BenchmarkError.usage("--tables needs a range such as 1-4, not \(text)")
                }
                tables = bounds[0]...bounds[1]
            default: throw BenchmarkError.usage("unknown option \(argument)")
            }
        }
    }

    func configuration(similarity: Double? = nil) -> ThemeClusterer.Configuration {
        ThemeClusterer.Configuration(
            language: .spanish, similarity: similarity ?? self.similarity, grouping: grouping, weights: weights,
            thesaurus: thesaurus, foldsAccentsBeforeStemming: foldFirst, allowsConcurrency: concurrent)
    }
}

func documents(_ notes: [LabelledNote]) -> [TextDocument] {
    notes.enumerated().map { $0.element.document(id: $0.offset) }
}

func score(_ notes: [LabelledNote], _ configuration: ThemeClusterer.Configuration) -> (ari: Double, themes: Int) {
    let clusterer = ThemeClusterer(configuration: configuration)
    let docs = documents(notes)
    let themes = clusterer.themes(for: docs)
    let labels = clusterer.assignments(for: docs)
    _ = themes
    return (AdjustedRandIndex.score(notes.map(\.theme), labels), themes.count)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func format(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }

func evaluate(_ notes: [LabelledNote], _ options: Options) {
    let result = score(notes, options.configuration())
    print("notes \(notes.count)  true themes \(Set(notes.map(\.theme)).count)  found \(result.themes)  ARI \(format(result.ari))")
}

func sweep(_ notes: [LabelledNote], _ options: Options) {
    for step in 1...16 {
        let similarity = Double(step) * 0.04
        let result = score(notes, options.configuration(similarity: similarity))
        print("similarity \(format(similarity, 2))  themes \(result.themes)  ARI \(format(result.ari))")
    }
}

/// Tunes on tables 1-4 (about a third of the notes) and reports the chosen setting on the
/// held-out tables and on everything, so the reported figure is not only the tuned one.
///
/// Each feature weighting is scored at similarity thresholds 0.05...0.50 (step 0.0125); a
/// threshold's score is the mean ARI over it and its two neighbours, so that a lucky spike
/// does not win. Prints the best few settings.
func tune(_ notes: [LabelledNote], _ options: Options) {
    let tuning = notes.filter { $0.table <= 4 }
    print("tuning on tables 1-4 (\(tuning.count) notes); held out: tables 5 and up (\(notes.count - tuning.count) notes)")
    var candidates: [FeatureWeights] = []
    for share in [0.3, 0.4, 0.5, 0.6] {
        for secondary in [0.25, 0.5, 0.75, 1.0] {
            for related in [0.0, 0.5, 0.8, 1.0] {
                var weights = options.weights
                weights.conceptShare = share
                weights.secondaryConcept = secondary
                weights.relatedConcept = related
                candidates.append(weights)
            }
        }
    }
    let thresholds = (4...40).map { Double($0) * 0.0125 }
    var results: [(score: Double, ari: Double, similarity: Double, weights: FeatureWeights)] = []
    for weights in candidates {
        let scores = thresholds.map { similarity -> Double in
            var configuration = options.configuration(similarity: similarity)
            configuration.weights = weights
            return score(tuning, configuration).ari
        }
        for index in scores.indices {
            let window = scores[max(0, index - 1)...min(scores.count - 1, index + 1)]
            results.append((window.reduce(0, +) / Double(window.count), scores[index], thresholds[index], weights))
        }
    }
    results.sort { ($0.score, $0.ari, -$0.similarity) > ($1.score, $1.ari, -$1.similarity) }
    func describe(_ weights: FeatureWeights) -> String {
        "share \(weights.conceptShare.map { format($0, 2) } ?? "none") secondary \(weights.secondaryConcept) "
            + "related \(weights.relatedConcept)"
    }
    for result in results.prefix(8) {
        print(
            "tuning split: \(describe(result.weights)) similarity \(format(result.similarity, 4)) "
                + "ARI \(format(result.ari)) (window \(format(result.score)))")
    }
    guard let best = results.first else { return }
    var configuration = options.configuration(similarity: best.similarity)
    configuration.weights = best.weights
    let heldOut = notes.filter { $0.table > 4 }
    print(
        "chosen: \(describe(best.weights)) similarity \(format(best.similarity, 4)); held-out ARI "
            + "\(format(score(heldOut, configuration).ari))  all-notes ARI \(format(score(notes, configuration).ari))")
}

/// Which true themes end up together (merges) and which are spread over several found themes
/// (splits), with the notes concerned: what to look at before changing anything.
func confusion(_ notes: [LabelledNote], _ options: Options) {
    let clusterer = ThemeClusterer(configuration: options.configuration())
    let docs = documents(notes)
    let labels = clusterer.assignments(for: docs)
    let truth = notes.map(\.theme)
    print("notes \(notes.count)  ARI \(format(AdjustedRandIndex.score(truth, labels)))")
    let corrections = clusterer.report(for: docs).spellingCorrections.sorted { $0.key < $1.key }
    print("spelling corrections: " + corrections.map { "\($0.key) -> \($0.value)" }.joined(separator: ", "))
    // Pair counts: same found theme and same true theme.
    var together = 0
    var correct = 0
    var truePairs = 0
    for first in notes.indices {
        for second in notes.indices where second > first {
            let same = labels[first] == labels[second]
            let sameTruth = truth[first] == truth[second]
            if same { together += 1 }
            if sameTruth { truePairs += 1 }
            if same && sameTruth { correct += 1 }
        }
    }
    print(
        "pairs: \(together) grouped, \(correct) of them right (precision \(format(Double(correct) / Double(max(1, together))))); "
            + "\(truePairs) true pairs (recall \(format(Double(correct) / Double(max(1, truePairs)))))")
    let clusters = Dictionary(grouping: notes.indices, by: { labels[$0] })
    // Wrongly merged theme pairs, by number of note pairs.
    var mergedPairs: [String: Int] = [:]
    for members in clusters.values {
        let counts = Dictionary(grouping: members, by: { truth[$0] }).mapValues(\.count)
        let themes = counts.keys.sorted()
        for (index, first) in themes.enumerated() {
            for second in themes[(index + 1)...] {
                mergedPairs["\(first) + \(second)", default: 0] += (counts[first] ?? 0) * (counts[second] ?? 0)
            }
        }
    }
    print("\n== Merged themes (note pairs wrongly together)")
    for (pair, count) in mergedPairs.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
        print("\(count)\t\(pair)")
    }
    print("\n== Mixed clusters (majority theme, then the other notes)")
    for (label, members) in clusters.sorted(by: { $0.key < $1.key }) {
        let counts = Dictionary(grouping: members, by: { truth[$0] }).mapValues(\.count)
        guard counts.count > 1, let majority = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
            continue
        }
        let summary = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) x\($0.value)" }
        print("cluster \(label) (\(members.count)): \(summary.joined(separator: ", "))")
        for member in members where truth[member] != majority {
            print("    [\(truth[member])] \(notes[member].text)")
        }
    }
    print("\n== Split themes (found themes holding the notes; notes outside the largest)")
    let byTheme = Dictionary(grouping: notes.indices, by: { truth[$0] })
    var missedPairs: [(String, Int)] = []
    for (theme, members) in byTheme {
        let counts = Dictionary(grouping: members, by: { labels[$0] }).mapValues(\.count)
        let total = members.count * (members.count - 1) / 2
        let kept = counts.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        missedPairs.append((theme, total - kept))
    }
    for (theme, missed) in missedPairs.sorted(by: { ($0.1, $1.0) > ($1.1, $0.0) }) where missed > 0 {
        guard let members = byTheme[theme] else { continue }
        let counts = Dictionary(grouping: members, by: { labels[$0] }).mapValues(\.count)
        let largest = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
        let shape = counts.values.sorted(by: >).map(String.init).joined(separator: "+")
        print("\(theme) (\(members.count) notes, \(missed) pairs missed): \(shape)")
        for member in members where labels[member] != largest {
            let size = clusters[labels[member]]?.count ?? 0
            print("    (cluster \(labels[member]), \(size) notes) \(notes[member].text)")
        }
    }
}

func time(_ notes: [LabelledNote], _ options: Options) throws {
    let docs = documents(notes)
    let clusterer = ThemeClusterer(configuration: options.configuration())
    var times: [Double] = []
    var labels: [Int] = []
    var themeCount = 0
    let clock = ContinuousClock()
    _ = clusterer.themes(for: docs)  // warm-up, not timed
    for _ in 0..<max(1, options.runs) {
        var assignments: [Int] = []
        var count = 0
        let elapsed = clock.measure {
            let themes = clusterer.themes(for: docs)
            assignments = clusterer.assignments(for: docs, in: themes)
            count = themes.count
        }
        times.append(seconds(elapsed))
        labels = assignments
        themeCount = count
    }
    let ari = AdjustedRandIndex.score(notes.map(\.theme), labels)
    let middle = median(times)
    print(
        "notes \(notes.count)  themes \(themeCount)  median \(format(middle * 1000, 1)) ms over \(times.count) runs  ARI \(format(ari))"
    )
    if let path = options.labelsOut {
        try (labels.map(String.init).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
    if let path = options.jsonOut {
        let json = """
            {"tool": "workshop", "notes": \(notes.count), "themes": \(themeCount), "median_seconds": \(middle), \
            "runs": \(times.count), "times": [\(times.map { String($0) }.joined(separator: ", "))], "ari": \(ari), \
            "similarity": \(options.similarity)}
            """
        try (json + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}

let arguments = CommandLine.arguments
do {
    guard arguments.count >= 3 else {
        throw BenchmarkError.usage("usage: TextBenchmark evaluate|tune|generate|time|sweep <notes.tsv> ...")
    }
    let allNotes = try LabelledNote.load(arguments[2])
    let tables = arguments[1] == "generate" ? nil : try Options(arguments.dropFirst(3)).tables
    let notes = tables.map { range in allNotes.filter { range.contains($0.table) } } ?? allNotes
    switch arguments[1] {
    case "evaluate": evaluate(notes, try Options(arguments.dropFirst(3)))
    case "confusion": confusion(notes, try Options(arguments.dropFirst(3)))
    case "sweep": sweep(notes, try Options(arguments.dropFirst(3)))
    case "tune": tune(notes, try Options(arguments.dropFirst(3)))
    case "features":
        // Diagnostics (use --tables 1-4 for the tuning split): each note's concepts and stems.
        let analyzer = TextAnalyzer(language: .spanish)
        for note in notes {
            let analysis = analyzer.analyze(note.text)
            let concepts = analysis.concepts.map(\.conceptID).joined(separator: ",")
            print(
                "\(note.theme)\t\(note.table)\t[\(concepts)]\t\(analysis.contentStems.joined(separator: " "))\t\(note.text)")
        }
    case "time": try time(notes, try Options(arguments.dropFirst(3)))
    case "generate":
        guard arguments.count == 6, let count = Int(arguments[3]), let seed = UInt64(arguments[4]) else {
            throw BenchmarkError.usage("usage: TextBenchmark generate <notes.tsv> <count> <seed> <out.tsv>")
        }
        var generator = VariantGenerator(seed: seed)
        try LabelledNote.save(generator.variants(of: notes, count: count), to: arguments[5])
        print("wrote \(count) variants of \(notes.count) notes to \(arguments[5])")
    default:
        throw BenchmarkError.usage("unknown subcommand \(arguments[1])")
    }
} catch {
    FileHandle.standardError.write(Data("TextBenchmark: \(error)\n".utf8))
    exit(1)
}
