import Engine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks `method` against every guarantee of ``WorkshopMethod`` in each scenario (by
/// default ``MethodTestKit/scenarios(for:)``):
///
/// - its description (kebab-case ids, texts in both languages, valid defaults);
/// - scenarios that must plan are planned; others plan or throw a ``MethodError``;
/// - the same setup gives the same agenda and seating;
/// - durations are positive and add up, the schedule is contiguous, and round phases last
///   `minutes` when the method has that parameter;
/// - tables, questions, canvases, the vote and the hosts are consistent (``PlanRules``);
/// - every present participant sits at exactly one table in every round, table sizes
///   differ by at most one, hosts never move;
/// - every question is held in some round, and reaches every participant who is not a
///   host whenever the rounds and seats allow it;
/// - the findings layout covers every question;
/// - replaying the session journal (written to a temporary file) gives the same state.
public func verifyMethod(
    _ method: any WorkshopMethod, scenarios: [MethodTestKit.Scenario]? = nil, canvases: CanvasLibrary = .builtIn
) -> MethodVerification {
    var report = MethodVerification(method: method.description.id)
    for violation in MethodChecks.description(method.description) { report.add(violation, in: "description") }
    for scenario in scenarios ?? MethodTestKit.scenarios(for: method) {
        MethodChecks.run(scenario, method: method, canvases: canvases, into: &report)
    }
    return report
}

/// The checks of ``verifyMethod(_:scenarios:canvases:)``.
enum MethodChecks {
    static func description(_ description: MethodDescription) -> [PlanViolation] {
        var found: [PlanViolation] = []
        for name in [description.id] + description.aliases where !MethodDescription.isValidIdentifier(name) {
            found.append(PlanViolation(.description, "\"\(name)\" is not a kebab-case id"))
        }
        if Set(([description.id] + description.aliases).map { $0.lowercased() }).count != description.aliases.count + 1 {
            found.append(PlanViolation(.description, "the id and aliases repeat a name"))
        }
        for (label, text) in [("name", description.name), ("summary", description.summary)] {
            if text.en.trimmingWhitespace().isEmpty || text.es.trimmingWhitespace().isEmpty {
                found.append(PlanViolation(.description, "the \(label) is missing in English or Spanish"))
            }
        }
        for text in [description.summary.en, description.summary.es] where !isOneSentence(text) {
            found.append(PlanViolation(.description, "the summary is not one sentence: \"\(text)\""))
        }
        var seen: Set<String> = []
        for parameter in description.parameters {
            if !MethodDescription.isValidIdentifier(parameter.id) {
                found.append(PlanViolation(.description, "parameter \"\(parameter.id)\" is not a kebab-case id"))
            }
            if !seen.insert(parameter.id).inserted {
                found.append(PlanViolation(.description, "parameter \(parameter.id) is declared twice"))
            }
            if parameter.help.en.trimmingWhitespace().isEmpty || parameter.help.es.trimmingWhitespace().isEmpty {
                found.append(PlanViolation(.description, "parameter \(parameter.id) has no help in English or Spanish"))
            }
            if let value = parameter.defaultValue, !parameter.accepts(value) {
                found.append(
                    PlanViolation(.description, "parameter \(parameter.id): default \(value.commandLineText) is not valid"))
            }
            if case .integer(let range) = parameter.kind, range.isEmpty || range.lowerBound < 0 {
                found.append(PlanViolation(.description, "parameter \(parameter.id) has range \(range)"))
            }
        }
        return found
    }

    /// One sentence: ends with `.`, `?` or `!`, and no sentence end followed by a capital inside.
    static func isOneSentence(_ text: String) -> Bool {
        let scalars = Array(text.trimmingWhitespace().unicodeScalars)
        guard let last = scalars.last, [".", "?", "!"].contains(last) else { return false }
        for index in scalars.indices.dropLast(2) where [".", "?", "!"].contains(scalars[index]) {
            if scalars[index + 1] == " ", scalars[index + 2].properties.isUppercase { return false }
        }
        return true
    }

    static func run(
        _ scenario: MethodTestKit.Scenario, method: any WorkshopMethod, canvases: CanvasLibrary,
        into report: inout MethodVerification
    ) {
        let name = scenario.name
        let present = scenario.roster.filter { $0.status.isSeated }
        let setup: MethodSetup
        let plan: MethodPlan
        do throws(MethodError) {
            let parameters = try MethodParameters(resolving: scenario.parameters, for: method.description)
            setup = MethodSetup(participants: present, parameters: parameters, seed: scenario.seed, canvases: canvases)
            let agenda = try method.makeAgenda(for: setup)
            plan = MethodPlan(agenda: agenda, seating: try method.seating(for: setup, agenda: agenda))
        } catch {
            report.outcomes.append(MethodVerification.Outcome(scenario: name, refusal: error, rounds: 0, tables: 0))
            if scenario.mustPlan {
                report.add(PlanViolation(.refusal, "the method refused a setup it must plan: \(error)"), in: name)
            }
            if case .invalidPlan = error {
                report.add(PlanViolation(.refusal, "the method reports its own plan invalid"), in: name)
            }
            return
        }
        report.outcomes.append(
            MethodVerification.Outcome(
                scenario: name, refusal: nil, rounds: plan.agenda.rounds.count, tables: plan.agenda.tables.count))
        let ids = present.map(\.id)

        // Determinism.
        do throws(MethodError) {
            let again = try method.makeAgenda(for: setup)
            let seatingAgain = try method.seating(for: setup, agenda: again)
            if again != plan.agenda {
                report.add(PlanViolation(.determinism, "the same setup gave two different agendas"), in: name)
            }
            if seatingAgain != plan.seating {
                report.add(PlanViolation(.determinism, "the same setup gave two different seatings"), in: name)
            }
        } catch {
            report.add(PlanViolation(.determinism, "the same setup was planned once and refused once: \(error)"), in: name)
        }

        // Hard rules.
        for violation in PlanRules.violations(of: plan, participants: ids) { report.add(violation, in: name) }
        let known = Set(ids)
        for table in plan.agenda.tables {
            for host in table.hosts where !known.contains(host) {
                report.add(
                    PlanViolation(.hosts, "host \(host) of table \(table.number) is not a participant of the setup"), in: name)
            }
        }
        for violation in durations(plan.agenda, setup: setup, method: method) { report.add(violation, in: name) }
        for violation in coverage(plan, participants: ids) { report.add(violation, in: name) }
        let layout = method.findingsLayout(for: plan.agenda)
        let reported = Set(layout.chapters.flatMap(\.questions))
        for question in plan.agenda.questions where !reported.contains(question.number) {
            report.add(PlanViolation(.coverage, "the findings layout leaves out question \(question.number)"), in: name)
        }

        // Replay, for the scenarios the method must plan (they write a file each).
        if scenario.mustPlan {
            for violation in replay(method: method, scenario: scenario, canvases: canvases, expected: plan) {
                report.add(violation, in: name)
            }
        }
    }

    static func durations(_ agenda: Agenda, setup: MethodSetup, method: any WorkshopMethod) -> [PlanViolation] {
        var found: [PlanViolation] = []
        let schedule = AgendaSchedule(agenda: agenda, startTime: "09:00")
        var expectedStart = 0
        for entry in schedule.entries {
            if entry.start != expectedStart {
                found.append(PlanViolation(.durations, "phase \(entry.phase + 1) does not start when the previous one ends"))
            }
            expectedStart = entry.end
        }
        if schedule.totalSeconds != agenda.plannedSeconds {
            found.append(
                PlanViolation(.durations, "the schedule lasts \(schedule.totalSeconds) s, the phases \(agenda.plannedSeconds) s"))
        }
        if agenda.plannedSeconds > 24 * 3600 {
            found.append(PlanViolation(.durations, "the agenda lasts more than a day (\(agenda.plannedSeconds / 60) min)"))
        }
        if method.description.parameter("minutes") != nil, let minutes = setup.parameters.int("minutes") {
            for phase in agenda.phases where phase.kind == .round && phase.plannedSeconds != minutes * 60 {
                found.append(
                    PlanViolation(.durations, "round \(phase.round ?? 0) lasts \(phase.plannedSeconds) s, but minutes=\(minutes)")
                )
            }
        }
        return found
    }

    /// Every question is held somewhere; when the rounds and seats allow, every participant
    /// who is not a host meets every question.
    static func coverage(_ plan: MethodPlan, participants: [Int]) -> [PlanViolation] {
        var found: [PlanViolation] = []
        let agenda = plan.agenda
        let held = Set(agenda.rounds.flatMap { $0.assignments.map(\.question) })
        for question in agenda.questions where !held.contains(question.number) {
            found.append(PlanViolation(.coverage, "question \(question.number) is held in no round"))
        }
        let hosts = Set(agenda.hostTables.keys)
        let guests = participants.filter { !hosts.contains($0) }
        guard agenda.rounds.count >= held.count, !guests.isEmpty else { return found }
        // Seats for guests at each question's tables, over all rounds.
        var seats: [Int: Int] = [:]
        for (round, seating) in zip(agenda.rounds, plan.seating) {
            for table in seating.tables {
                guard let question = round.assignment(forTable: table.table)?.question else { continue }
                seats[question, default: 0] += table.participants.filter { !hosts.contains($0) }.count
            }
        }
        guard held.allSatisfy({ (seats[$0] ?? 0) >= guests.count }) else { return found }
        var met: [Int: Set<Int>] = [:]
        for (round, seating) in zip(agenda.rounds, plan.seating) {
            for table in seating.tables {
                guard let question = round.assignment(forTable: table.table)?.question else { continue }
                for person in table.participants { met[person, default: []].insert(question) }
            }
        }
        let missing = guests.filter { (met[$0] ?? []) != held }
        if !missing.isEmpty {
            found.append(
                PlanViolation(
                    .coverage,
                    "\(missing.count) participants (e.g. \(missing.prefix(5).map(String.init).joined(separator: ", "))) do not meet every question although the rounds allow it"
                ))
        }
        return found
    }

    /// Creates the session in a temporary file, reads it back twice, and compares with the
    /// plan and with the events folded in memory.
    static func replay(
        method: any WorkshopMethod, scenario: MethodTestKit.Scenario, canvases: CanvasLibrary, expected: MethodPlan
    ) -> [PlanViolation] {
        var found: [PlanViolation] = []
        guard let directory = TemporaryDirectory() else {
            return [PlanViolation(.replay, "could not create a temporary directory")]
        }
        defer { directory.remove() }
        let path = directory.path + "/verify.workshop"
        do {
            let parameters = try MethodParameters(resolving: scenario.parameters, for: method.description)
            let info = SessionInfo(title: "verify", startTime: "09:00", method: method.description.id, seed: scenario.seed)
            let events = try SessionFactory.events(
                info: info, method: method, participants: scenario.roster, parameters: parameters, canvases: canvases)
            let clock = ManualTimeSource(start: Timestamp(year: 2026, month: 1, day: 1, hour: 12))
            let created = try Session.create(at: path, events: events, clock: clock, sessionID: "verify")
            let reopened = try Session.open(at: path, clock: clock)
            var folded = SessionState()
            for (offset, event) in events.enumerated() {
                let context = EventContext(sequence: offset + 1, at: clock.now())
                event.apply(to: &folded, context: context)
                folded.lastSequence = context.sequence
                folded.eventCount += 1
                folded.lastEventAt = context.at
            }
            if reopened.state != created.state {
                found.append(PlanViolation(.replay, "reading the journal twice gave two states"))
            }
            if reopened.state != folded {
                found.append(PlanViolation(.replay, "the journal replays to a different state than its events"))
            }
            if reopened.state.agenda != expected.agenda {
                found.append(PlanViolation(.replay, "the agenda changed through the journal"))
            }
            if reopened.state.seating != expected.seating {
                found.append(PlanViolation(.replay, "the seating changed through the journal"))
            }
        } catch {
            found.append(PlanViolation(.replay, "the session could not be written and read back: \(error)"))
        }
        return found
    }
}
