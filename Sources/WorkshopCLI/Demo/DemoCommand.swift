import Engine

/// `workshop demo [--out DIR]`: a complete simulated workshop, end to end, on sample data.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "demo",
        abstract: .demoAbstract,
        discussion: .demoDiscussion,
        options: [
            OptionSpec("out", value: "DIR", help: .demoOptionOut, completion: .directory),
            OptionSpec("seed", value: "N", help: .demoOptionSeed),
        ],
        examples: ["workshop demo", "workshop demo --out /tmp/taller-demo --lang en"])

    /// When the simulated day starts: 09:00 in Santiago (UTC-3).
    static let start = Timestamp(year: 2026, month: 12, day: 1, hour: 12)

    let directory: String
    let seed: Int

    init(_ arguments: ParsedArguments) throws {
        directory = arguments.option("out") ?? "workshop-demo"
        seed = try arguments.integer("seed", in: 0...Int(Int32.max)) ?? 2026
    }

    func run(in context: CommandContext) throws {
        try FilePath.createDirectory(directory)
        var written: [(path: String, what: TextKey)] = []
        func write(_ name: String, _ text: String, _ what: TextKey) throws {
            let path = FilePath.join(directory, name)
            try SystemFile.writeAtomically(Array(text.utf8), to: path, replacing: true)
            written.append((path, what))
        }

        // 1. Registration: the roster exported from the registration form.
        let rosterText = DemoRoster.csv(seed: seed)
        try write("roster.csv", rosterText, .demoWroteRoster)
        let roster = try RosterReader.read(bytes: Array(rosterText.utf8), file: FilePath.join(directory, "roster.csv"))

        // 2. Planning: a session with the seeds' format.
        let registry = try MethodLibrary.registry(context: context)
        let method = try registry.require("opsi-facets")
        let clock = ManualTimeSource(start: Self.start)
        let info = SessionInfo(
            title: context.text(.demoTitle), date: "2026-12-01", startTime: "09:00", place: "Santiago",
            method: method.description.id, seed: seed, language: context.language)
        let events = try SessionFactory.events(
            info: info, method: method, participants: roster.participants,
            parameters: try MethodParameters(resolving: [], for: method.description))
        let sessionPath = FilePath.join(directory, "demo.workshop")
        let session = try Session.create(
            at: sessionPath, events: events, clock: clock, sessionID: "demo-\(seed)", replacing: true)
        written.insert((sessionPath, .demoWroteSession), at: 0)

        // 3. The day, at accelerated time.
        context.print(context.style.bold(context.text(.demoSimulating)))
        var simulation = DemoSimulation(
            session: session, clock: clock, seed: seed, log: { context.print("  " + $0) }, localizer: context.localizer)
        var transcript = PlainTranscript(localizer: context.localizer, utcOffset: { _ in -180 })
        simulation.observe = { transcript.observe($0, at: clock.now()) }
        try simulation.run()
        try write("console.log", transcript.text, .demoWroteConsole)

        // 4. What the organisation keeps.
        let status = StatusSummary(state: session.state)
        try write("status.json", status.json(language: context.language).serialized(pretty: true) + "\n", .demoWroteStatus)
        let results = ResultsReport(state: session.state).json(language: context.language)
        try write("results.json", results.serialized(pretty: true) + "\n", .demoWroteResults)
        let plan = try PlanExport.write(state: session.state, into: directory, localizer: context.localizer)
        written += [(plan.html, .demoWrotePlanHTML), (plan.json, .demoWrotePlanJSON)]
        written += try FindingsDemoExport.write(session: session, into: directory, context: context)

        context.print()
        context.print(context.style.bold(context.text(.demoWrote)))
        for item in written {
            context.print("  " + Formatting.pad(item.path, 34) + "  " + context.text(item.what))
        }
        context.print()
        context.print(context.text(.demoNext, ["file": sessionPath]))
    }
}
