import Engine
#if canImport(Glibc)
import Glibc
#endif

let args = CommandLine.arguments
let path = args.count > 1 ? args[1] : "/tmp/bench.workshop"
let mode = args.count > 2 ? args[2] : "replay"
if mode == "generate" {
    var events: [any JournalEvent] = [SessionCreated(info: SessionInfo(title: "Bench", method: "opsi-facets"))]
    events.append(ParticipantsRegistered(participants: (1...56).map { Participant(id: $0, name: "Persona \($0)", institution: "Servicio \($0 % 18)") }))
    let texts = ["Falta presupuesto para sostener las iniciativas de innovación en el tiempo", "Capacitación permanente en metodologías ágiles y diseño de servicios para equipos operativos", "Marco normativo rígido, con características punitivas que desincentivan experimentar", "Lenguaje claro en los formularios y cartas que recibe la ciudadanía", "Las jefaturas no siempre comprenden el valor de innovar ni dan respaldo"]
    for index in 0..<99_998 {
        events.append(NoteAdded(table: index % 6 + 1, round: index % 3 + 1, question: index % 3 + 1, section: ["structures", "capacities", "methods", "interactions"][index % 4], author: "Sistematizadora \(index % 6 + 1)", text: texts[index % texts.count] + " (\(index))"))
    }
    _ = try Session.create(at: path, events: events, replacing: true)
    print("written")
} else {
    var times: [Double] = []
    for _ in 0..<(args.count > 3 ? Int(args[3]) ?? 11 : 11) {
        var start = timespec(); clock_gettime(CLOCK_MONOTONIC, &start)
        let session = try Session.open(at: path, options: .init(skipping: mode == "skip" ? [NoteAdded.type] : []))
        var end = timespec(); clock_gettime(CLOCK_MONOTONIC, &end)
        times.append(Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1e6)
        precondition(session.state.eventCount == 100_000)
    }
    times.sort()
    print("median \(times[times.count / 2]) ms, min \(times[0])")
}
