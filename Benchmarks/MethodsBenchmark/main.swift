// Planning time of every method and of the default seating, in release:
//   swift run -c release MethodsBenchmark
import Catalog
import Engine
import MethodTestKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Milliseconds taken by `body`, median of `runs`.
func measure(runs: Int = 7, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        try body()
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        times.append(Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1e6)
    }
    return times.sorted()[times.count / 2]
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

print("template loading (embedded files): \(measure { _ = TemplateLoader.load([.embedded], over: TemplateSet()) }) ms")

let registry = try Catalog.registry()
for people in [56, 500, 2000] {
    let roster = MethodTestKit.sampleRoster(count: people)
    for method in registry.methods {
        let setup = MethodSetup(participants: roster, parameters: try MethodParameters(resolving: [], for: method.description))
        let time = try measure { _ = try method.plan(for: setup) }
        print("\(pad(method.description.id, 20)) \(pad(String(people), 5)) people: \(time) ms")
    }
}

for (people, tables, questions) in [(56, 6, 3), (500, 50, 5), (4096, 60, 12)] {
    let agenda = Agenda(
        tables: (1...tables).map { WorkshopTable(number: $0, name: String($0)) },
        questions: (1...questions).map { Question(number: $0, title: LocalizedText("Q"), text: LocalizedText("Q")) },
        canvases: [], phases: [],
        rounds: (1...questions).map { round in
            RoundPlan(
                round: round,
                assignments: (1...tables).map {
                    TableAssignment(
                        table: $0, question: Question.spread(table: $0, round: round, tables: tables, count: questions),
                        canvas: "c")
                })
        },
        voting: nil)
    let time = measure { _ = RotatingSeating.plan(participants: Array(1...people), agenda: agenda) }
    print("RotatingSeating \(people) people, \(tables) tables, \(questions) questions and rounds: \(time) ms")
}
