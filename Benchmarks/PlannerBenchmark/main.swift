// Seating-planner benchmark. Times are measured inside this process (release build), as the
// median of several runs. Output is tab-separated, one record per line, so that
// Benchmarks/planner.sh can put it beside the perfect-strangers figures:
//
//   MIX   G-S-R  rounds  repeats  lower_bound  median_ms  method
//   MAX   G-S    max_rounds  counting_bound  ms_for_max  how
//   SHOP  name   people  tables  rounds  repeats  lower_bound  institution  institution_bound  coverage  median_ms
//   SESSION name  people  tables  rounds  repeats  lower_bound  institution  institution_bound  coverage  median_ms
//   SWEEP name  seeds  at_repeat_bound  institution_zero  institution_max  median_ms  max_ms
//
// Usage: PlannerBenchmark [--runs N] [--no-explore] [--explore-seconds S] [--sweep SEEDS]
import Catalog
import Dispatch
import Engine

struct Arguments {
    var runs = 7
    var explore = true
    var exploreSeconds = 3.0
    var sweep = 30

    init(_ arguments: [String]) {
        var index = 1
        while index < arguments.count {
            switch arguments[index] {
            case "--runs":
                index += 1
                runs = index < arguments.count ? max(1, Int(arguments[index]) ?? runs) : runs
            case "--no-explore":
                explore = false
            case "--sweep":
                index += 1
                sweep = index < arguments.count ? max(0, Int(arguments[index]) ?? sweep) : sweep
            case "--explore-seconds":
                index += 1
                exploreSeconds = index < arguments.count ? Double(arguments[index]) ?? exploreSeconds : exploreSeconds
            default:
                break
            }
            index += 1
        }
    }
}

func milliseconds(_ block: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try block()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Runs `work` `runs` times; returns the last result and the median time.
func measure(runs: Int, _ work: () throws -> SeatingPlan) rethrows -> (SeatingPlan, Double) {
    var times: [Double] = []
    var last: SeatingPlan?
    for _ in 0..<runs {
        times.append(try milliseconds { last = try work() })
    }
    guard let plan = last else { return (SeatingPlan(rounds: [], report: SeatingReport()), 0) }
    return (plan, median(times))
}

func format(_ value: Double) -> String {
    let scaled = (value * 1000).rounded() / 1000
    return "\(scaled)"
}

let arguments = Arguments(CommandLine.arguments)
let instances = [(8, 4, 10), (5, 3, 7), (6, 4, 7), (10, 5, 9), (8, 5, 8), (50, 6, 10), (75, 4, 25)]

// 1. The pure mixing instances, exactly as asked.
for (groups, size, rounds) in instances {
    let (plan, time) = try measure(runs: arguments.runs) {
        try SeatingPlanner().mix(people: groups * size, groups: groups, rounds: rounds, seed: 1)
    }
    let report = plan.report
    print(
        [
            "MIX", "\(groups)-\(size)-\(rounds)", "\(report.plannedRounds)", "\(report.repeatedPairs)",
            "\(report.repeatedPairsLowerBound)", format(time), report.method,
        ].joined(separator: "\t"))
}

// 2. How far each tool gets without repeats: constructions first, then the search adds rounds
//    (each attempt capped by iterations and wall-clock time) until it fails or hits the bound.
if arguments.explore {
    let cap = Duration.milliseconds(Int(arguments.exploreSeconds * 1000))
    for (groups, size, _) in instances {
        let bound = GroupDesign.countingBound(groups: groups, size: size)
        var best = 0
        var how = ""
        var bestTime = 0.0
        func attempt(_ rounds: Int) -> Bool {
            let options = SeatingPlanner.Options(iterationLimit: 200_000, timeLimit: cap)
            var plan: SeatingPlan?
            let time = milliseconds {
                plan = try? SeatingPlanner(options: options).mix(people: groups * size, groups: groups, rounds: rounds, seed: 1)
            }
            guard let plan, plan.report.repeatedPairs == 0 else { return false }
            best = rounds
            bestTime = time
            how = plan.report.method
            return true
        }
        var low = max(1, DesignLibrary.maximumRounds(groups: groups, size: size))
        if attempt(low) {
            // Grow in steps while successful, then bisect the first failing gap.
            var step = 1
            var high = bound + 1
            while low < bound {
                let next = min(bound, low + step)
                if attempt(next) {
                    low = next
                    step *= 2
                } else {
                    high = next
                    break
                }
            }
            while high - low > 1 {
                let middle = (low + high) / 2
                if attempt(middle) { low = middle } else { high = middle }
            }
            _ = best == low ? true : attempt(low)
        }
        print(["MAX", "\(groups)-\(size)", "\(best)", "\(bound)", format(bestTime), how].joined(separator: "\t"))
    }
}

// 3. Workshops with institutions and question rotation.
func seedsWorkshop(questions: Bool) -> SeatingProblem {
    // 56 public servants from 18 institutions of uneven size, 6 tables, 3 rounds;
    // with questions, tables 0-1 hold question 0, 2-3 question 1, 4-5 question 2.
    let sizes = [6, 6, 5, 5, 4, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1]
    let people = sizes.enumerated().flatMap { institution, count in
        Array(repeating: SeatingProblem.Person(institution: institution), count: count)
    }
    return SeatingProblem(
        people: people, tableCount: 6, roundCount: 3,
        questions: questions ? Array(repeating: [0, 0, 1, 1, 2, 2], count: 3) : nil, seed: 7)
}

func largeWorkshop() -> SeatingProblem {
    // 300 people from 60 institutions, 50 tables, 5 rounds, 5 questions (10 tables each).
    let people = (0..<300).map { SeatingProblem.Person(institution: $0 % 60, region: $0 % 4) }
    return SeatingProblem(
        people: people, tableCount: 50, roundCount: 5, questions: Array(repeating: (0..<50).map { $0 % 5 }, count: 5), seed: 3)
}

// 3b. The seeds' workshop over many seeds: how often repeats reach their bound and
//     same-institution pairs reach 0, and the time per plan.
for questions in [true, false] where arguments.sweep > 0 {
    var atBound = 0
    var institutionZero = 0
    var institutionMax = 0
    var times: [Double] = []
    for seed in 1...arguments.sweep {
        var problem = seedsWorkshop(questions: questions)
        problem.seed = UInt64(seed)
        var plan: SeatingPlan?
        times.append(try milliseconds { plan = try SeatingPlanner().plan(problem) })
        guard let report = plan?.report else { continue }
        if report.repeatedPairs == report.repeatedPairsLowerBound { atBound += 1 }
        if report.sameInstitutionPairs == 0 { institutionZero += 1 }
        institutionMax = max(institutionMax, report.sameInstitutionPairs)
    }
    print(
        [
            "SWEEP", questions ? "seeds-56-questions" : "seeds-56-no-questions", "\(arguments.sweep)", "\(atBound)",
            "\(institutionZero)", "\(institutionMax)", format(median(times)), format(times.max() ?? 0),
        ].joined(separator: "\t"))
}

for (name, problem) in [
    ("seeds-56-questions", seedsWorkshop(questions: true)),
    ("seeds-56-no-questions", seedsWorkshop(questions: false)),
    ("large-300-questions", largeWorkshop()),
] {
    let (plan, time) = try measure(runs: arguments.runs) { try SeatingPlanner().plan(problem) }
    let report = plan.report
    print(
        [
            "SHOP", name, "\(problem.people.count)", "\(problem.tableCount)", "\(problem.roundCount)",
            "\(report.repeatedPairs)", "\(report.repeatedPairsLowerBound)", "\(report.sameInstitutionPairs)",
            "\(report.sameInstitutionPairsLowerBound)", "\(report.coverageViolations)", format(time),
        ].joined(separator: "\t"))
}

// 4. The session path: `workshop new` (method agenda, seating planner, hard-rule check) and
//    `workshop checkin` (re-planning with no-shows and walk-ins) on the seeds' workshop.
func seedsRoster() -> [Participant] {
    let sizes = [6, 6, 5, 5, 4, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1]
    let regions = ["Metropolitana", "Valparaíso", "Biobío", "Maule", "Los Lagos"]
    var people: [Participant] = []
    for (institution, count) in sizes.enumerated() {
        for _ in 0..<count {
            let id = people.count + 1
            people.append(
                Participant(
                    id: id, name: "Persona \(id)", institution: "Servicio \(institution + 1)",
                    region: regions[institution % regions.count]))
        }
    }
    return people
}

func sessionState(_ events: [any JournalEvent]) -> SessionState {
    var state = SessionState()
    for (offset, event) in events.enumerated() {
        event.apply(to: &state, context: EventContext(sequence: offset + 1, at: Timestamp(milliseconds: 0)))
        state.lastSequence = offset + 1
    }
    return state
}

func sessionRow(_ name: String, _ state: SessionState, _ quality: SeatingReport?, _ time: Double) {
    guard let quality else { return }
    print(
        [
            "SESSION", name, "\(state.seatedParticipants.count)", "\(state.agenda.tables.count)",
            "\(state.agenda.rounds.count)", "\(quality.repeatedPairs)", "\(quality.repeatedPairsLowerBound)",
            "\(quality.sameInstitutionPairs)", "\(quality.sameInstitutionPairsLowerBound)",
            "\(quality.coverageViolations)", format(time),
        ].joined(separator: "\t"))
}

if let method = Catalog.builtInTypes.first(where: { $0.description.id == "opsi-facets" })?.init() {
    let roster = seedsRoster()
    let parameters = try MethodParameters(resolving: [], for: method.description)
    let info = SessionInfo(title: "Benchmark", method: method.description.id, seed: 7)
    var events: [any JournalEvent] = []
    var times: [Double] = []
    for _ in 0..<arguments.runs {
        times.append(
            try milliseconds {
                events = try SessionFactory.events(info: info, method: method, participants: roster, parameters: parameters)
            })
    }
    let created = sessionState(events)
    sessionRow("new-56-opsi-facets", created, created.seatingQuality, median(times))

    func checkIn(_ name: String, state: SessionState, _ request: CheckIn) throws {
        var decision = CheckIn.Decision()
        var times: [Double] = []
        for _ in 0..<arguments.runs { times.append(try milliseconds { decision = try request.decide(in: state) }) }
        var after = state
        for (offset, event) in decision.events.enumerated() {
            event.apply(
                to: &after, context: EventContext(sequence: state.lastSequence + offset + 1, at: Timestamp(milliseconds: 0)))
        }
        sessionRow(name, after, decision.replan?.quality, median(times))
    }
    func walkIns(_ count: Int) -> [CheckIn.WalkIn] {
        (0..<count).map { CheckIn.WalkIn(name: "Llegada \($0 + 1)", institution: "Servicio \($0 % 20 + 1)") }
    }
    let noShows = [3, 17, 29, 41, 50].map { CheckIn.Mark("#\($0)") }
    try checkIn(
        "checkin-before-r1-3%-walk-ins", state: created, CheckIn(absent: noShows, walkIns: walkIns(2), othersPresent: true))
    try checkIn(
        "checkin-before-r1-55%-walk-ins", state: created, CheckIn(absent: noShows, walkIns: walkIns(31), othersPresent: true))
    var running = created
    if let phase = running.agenda.phaseIndex(ofRound: 2) {
        PhaseStarted(phase: phase).apply(
            to: &running, context: EventContext(sequence: running.lastSequence + 1, at: Timestamp(milliseconds: 0)))
    }
    try checkIn("checkin-during-r2-3%-walk-ins", state: running, CheckIn(absent: noShows, walkIns: walkIns(2)))
}
