// Journal benchmark: generates a realistic session journal and times its replay.
//
//   JournalBenchmark generate PATH [EVENTS]   write a session of EVENTS events (default 100000)
//   JournalBenchmark replay PATH [RUNS]       full replay (every event decoded and folded)
//   JournalBenchmark skip PATH [RUNS]         the `workshop note` replay (notes skipped)
//   JournalBenchmark jsondecoder PATH [RUNS]  for scale: Foundation's JSONDecoder line by line
//
// Prints one JSON object per command, for Benchmarks/journal.sh.
import Catalog
import Engine
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    try body()
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &end)
    return Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1e6
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Sticky-note sentences assembled from a public-sector vocabulary: 30 to 180 characters.
struct NoteText {
    static let subjects = [
        "Falta de presupuesto", "La capacitación continua", "El marco normativo", "Las jefaturas", "La atención en terreno",
        "El lenguaje claro", "La brecha digital", "El trabajo entre servicios", "La rotación de personal", "Los pilotos",
        "La participación ciudadana", "Los sistemas informáticos", "El diseño de servicios", "La medición de resultados",
    ]
    static let verbs = [
        "limita", "fortalece", "permite", "dificulta", "mejora", "retrasa", "acerca", "ordena", "impulsa", "frena",
    ]
    static let objects = [
        "la innovación en regiones", "la confianza de las personas usuarias", "los trámites sin papeles",
        "la colaboración con universidades", "el trabajo de los equipos operativos", "la toma de decisiones con datos",
        "las compras públicas de prototipos", "la continuidad de los proyectos", "la atención de adultos mayores",
        "el uso de herramientas en la nube",
    ]
    static let tails = [
        "", " en el servicio", ", sobre todo en regiones", " según la experiencia de la mesa", " (ej: SII, Registro Civil)",
        "; hay que medirlo", " y eso se nota en la ventanilla", ", falta tiempo para hacerlo bien",
    ]

    static func make(_ generator: inout SeededGenerator) -> String {
        func pick(_ list: [String]) -> String { list[Int(generator.next() % UInt64(list.count))] }
        var text = pick(subjects) + " " + pick(verbs) + " " + pick(objects) + pick(tails)
        if generator.next() % 3 == 0 { text += ". " + pick(subjects) + " " + pick(verbs) + " " + pick(objects) }
        return text
    }
}

func generate(path: String, events count: Int) throws {
    var generator = SeededGenerator(seed: 100_000)
    var roster = "nombre,institución,región,correo\n"
    for index in 1...56 { roster += "Persona \(index),Servicio \(index % 18),Región \(index % 5),p\(index)@ejemplo.cl\n" }
    let participants = try RosterReader.read(bytes: Array(roster.utf8), file: "roster.csv").participants
    let method = try Catalog.registry().require("opsi-facets")
    let clock = ManualTimeSource(start: Timestamp(year: 2026, month: 12, day: 1, hour: 12))
    var events = try SessionFactory.events(
        info: SessionInfo(title: "Benchmark", method: "opsi-facets"), method: method, participants: participants,
        parameters: MethodParameters(resolving: [], for: method.description))
    let sections = ["structures", "capacities", "methods", "interactions"]
    let authors = (1...6).map { "Sistematizadora mesa \($0)" }
    var phase = 0
    while events.count < count {
        if events.count % 20_000 == 10 {
            events.append(PhaseStarted(phase: phase % 6))
            phase += 1
            continue
        }
        let table = Int(generator.next() % 6) + 1
        events.append(
            NoteAdded(
                table: table, round: phase % 3 + 1, question: (table - 1) % 3 + 1,
                section: sections[Int(generator.next() % 4)], author: authors[table - 1], text: NoteText.make(&generator)))
    }
    _ = try Session.create(at: path, events: events, clock: clock, sessionID: "benchmark", replacing: true)
    print(#"{"generated": "\#(path)", "events": \#(events.count)}"#)
}

func time(path: String, runs: Int, skipping: Set<String>) throws {
    var times: [Double] = []
    var events = 0
    for _ in 0..<runs {
        // The previous run's state is freed before the clock starts, in both tools.
        var session: Session?
        times.append(try milliseconds { session = try Session.open(at: path, options: .init(skipping: skipping)) })
        events = session?.state.eventCount ?? 0
        session = nil
    }
    let list = times.map { String(format3($0)) }.joined(separator: ", ")
    print(
        #"{"events": \#(events), "median_ms": \#(format3(median(times))), "min_ms": \#(format3(times.min() ?? 0)), "runs_ms": [\#(list)]}"#
    )
}

/// For scale: Foundation's `JSONDecoder`, one line at a time, into Codable structs that cover
/// the benchmark journal's events (the obvious way, which the issue says is too slow).
struct DecodableEvent: Decodable {
    struct DecodableData: Decodable {
        var table: Int?
        var round: Int?
        var question: Int?
        var section: String?
        var author: String?
        var text: String?
        var phase: Int?
    }

    var seq: Int
    var at: String
    var type: String
    var data: DecodableData?
}

func timeJSONDecoder(path: String, runs: Int) throws {
    var times: [Double] = []
    var events = 0
    let contents = try Data(contentsOf: URL(fileURLWithPath: path))
    for _ in 0..<runs {
        var decoded: [DecodableEvent] = []
        times.append(
            try milliseconds {
                let decoder = JSONDecoder()
                for line in contents.split(separator: 0x0A).dropFirst() {
                    // Lines the simple structs cannot hold (the roster, the agenda) are skipped.
                    if let event = try? decoder.decode(DecodableEvent.self, from: Data(line)) { decoded.append(event) }
                }
            })
        events = decoded.count
        decoded = []
    }
    let list = times.map { String(format3($0)) }.joined(separator: ", ")
    print(
        #"{"events": \#(events), "median_ms": \#(format3(median(times))), "min_ms": \#(format3(times.min() ?? 0)), "runs_ms": [\#(list)]}"#
    )
}

func format3(_ value: Double) -> String {
    let scaled = (value * 1000).rounded() / 1000
    return String(scaled)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    print("usage: JournalBenchmark generate|replay|skip PATH [N]")
    exit(64)
}
let path = arguments[2]
let number = arguments.count > 3 ? Int(arguments[3]) : nil
do {
    switch arguments[1] {
    case "generate": try generate(path: path, events: number ?? 100_000)
    case "replay": try time(path: path, runs: number ?? 15, skipping: [])
    case "skip": try time(path: path, runs: number ?? 15, skipping: [NoteAdded.type])
    case "jsondecoder": try timeJSONDecoder(path: path, runs: number ?? 3)
    default:
        print("unknown command \(arguments[1])")
        exit(64)
    }
} catch {
    print("error: \(error)")
    exit(1)
}
