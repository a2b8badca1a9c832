import Catalog
import DoubleDiamond
import Engine
import MethodTestKit
import OpsiFacets
import Testing
import ThematicEncounter
import WorldCafe

@testable import OneTwoFourAll

@Suite struct BuiltInMethodsTests {
    @Test(arguments: Catalog.builtInTypes.map { $0.description.id })
    func keepsEveryGuarantee(id: String) throws {
        let method = try #require(Catalog.builtInTypes.first { $0.description.id == id }).init()
        let report = verifyMethod(method)
        #expect(report.isValid, "\(report)")
        // The reference roster of 56 people is always planned, and turned into a session.
        #expect(report.outcomes.first { $0.scenario == "56 participants, defaults" }?.refusal == nil)
        let events = try SessionFactory.events(
            info: SessionInfo(title: "t", method: id), method: method, participants: MethodTesting.roster,
            parameters: MethodParameters(resolving: [], for: method.description))
        var state = SessionState()
        for (offset, event) in events.enumerated() {
            event.apply(to: &state, context: EventContext(sequence: offset + 1, at: Timestamp(milliseconds: 0)))
        }
        #expect(state.seating.first.map { $0.tables.flatMap(\.participants).count } == 56)
    }

    @Test func everyBuiltInHasItsOwnTargetAndCatalogLine() {
        // Each built-in comes from a module named after its type (its folder under Sources/Methods).
        for type in Catalog.builtInTypes {
            let qualified = String(reflecting: type)
            let parts = qualified.split(separator: ".")
            #expect(parts.count == 2 && parts[0] == parts[1], "\(qualified) should live in module \(parts.last ?? "")")
        }
    }
}

@Suite struct OpsiFacetsTests {
    @Test func defaultsFollowTheFormat() throws {
        let plan = try MethodTesting.plan(OpsiFacets())
        let agenda = plan.agenda
        #expect(agenda.questions.map(\.title.en) == ["Good practices", "Barriers and gaps", "Innovation for better services"])
        #expect(agenda.tables.count == 6)
        #expect(agenda.rounds.count == 3)
        #expect(agenda.phases.filter { $0.kind == .round }.allSatisfy { $0.plannedSeconds == 20 * 60 })
        #expect(agenda.phases.suffix(2).map(\.kind) == [.vote, .plenary])
        #expect(agenda.voting == VotingPlan(rule: .dots, keep: 3))
        #expect(agenda.canvases.map(\.id) == ["opsi-dimensions"])
        #expect(agenda.canvases[0].sections.map(\.id) == ["structures", "capacities", "methods", "interactions"])
        // One question per table, tables spread evenly: two tables per question, all day.
        for round in agenda.rounds {
            let counts = Dictionary(grouping: round.assignments, by: \.question).mapValues(\.count)
            #expect(counts == [1: 2, 2: 2, 3: 2])
        }
        // Three rotations: everyone discusses every question.
        #expect(MethodTesting.questionsMet(plan).values.allSatisfy { $0 == [1, 2, 3] })
    }

    @Test func offersTheOECDFacetsAsAlternativeCanvas() throws {
        let plan = try MethodTesting.plan(OpsiFacets(), [("canvas", "oecd-facets")])
        #expect(plan.agenda.canvases.map(\.id) == ["oecd-facets"])
        #expect(
            plan.agenda.canvases[0].sections.map(\.title.en) == [
                "Enhancement-oriented", "Mission-oriented", "Adaptive", "Anticipatory",
            ])
        #expect(plan.agenda.rounds.allSatisfy { $0.assignments.allSatisfy { $0.canvas == "oecd-facets" } })
    }

    @Test func parametersShapeThePlan() throws {
        let plan = try MethodTesting.plan(
            OpsiFacets(),
            [("questions", "Uno|Dos"), ("tables", "4"), ("minutes", "25"), ("rotations", "2"), ("keep", "5"), ("dots", "4")])
        #expect(plan.agenda.questions.map(\.text.es) == ["Uno", "Dos"])
        #expect(plan.agenda.tables.count == 4)
        #expect(plan.agenda.rounds.count == 2)
        #expect(plan.agenda.phases.filter { $0.kind == .round }.map(\.plannedSeconds) == [1500, 1500])
        #expect(plan.agenda.voting?.keep == 5)
        #expect(plan.agenda.voting?.dotsPerVoter == 4)
        #expect(MethodTesting.questionsMet(plan).values.allSatisfy { $0 == [1, 2] })
    }

    @Test func fewerTablesThanQuestionsMovesTheQuestions() throws {
        let small = MethodTestKit.sampleRoster(count: 8)
        let plan = try MethodTesting.plan(OpsiFacets(), [("tables", "1")], roster: small)
        #expect(plan.agenda.rounds.map { $0.assignments[0].question } == [1, 2, 3])
        #expect(MethodTesting.questionsMet(plan).values.allSatisfy { $0 == [1, 2, 3] })
    }

    @Test func badParametersAreClearErrors() {
        let method = OpsiFacets()
        #expect(
            MethodTesting.refusal(method, [("canvas", "opsi-dimension")])
                == .unknownCanvas("opsi-dimension", known: CanvasLibrary.builtIn.ids))
        #expect(MethodTesting.refusal(method, [("tables", "57")]) == .moreTablesThanParticipants(tables: 57, participants: 56))
        #expect(
            MethodTesting.refusal(method, [], roster: Array(MethodTesting.roster.prefix(1)))
                == .tooFewParticipants(method: "opsi-facets", needed: 2, found: 1))
        #expect(throws: MethodError.invalidParameter(parameter: "tables", value: "0", expected: .integer(1...60))) {
            try MethodParameters(resolving: [("tables", "0")], for: OpsiFacets.description)
        }
        #expect(
            throws: MethodError.unknownParameter(
                method: "opsi-facets", parameter: "minutos", suggestion: "minutes",
                known: OpsiFacets.description.parameters.map(\.id))
        ) {
            try MethodParameters(resolving: [("minutos", "5")], for: OpsiFacets.description)
        }
    }
}

@Suite struct DoubleDiamondTests {
    @Test func fourPhasesDivergeAndConverge() throws {
        let plan = try MethodTesting.plan(DoubleDiamond())
        let agenda = plan.agenda
        #expect(agenda.rounds.map(\.mode) == [.diverge, .converge, .diverge, .converge])
        #expect(agenda.canvases.map(\.id) == ["dd-discover", "dd-define", "dd-develop", "dd-deliver"])
        #expect(agenda.rounds.map { $0.assignments[0].canvas } == ["dd-discover", "dd-define", "dd-develop", "dd-deliver"])
        #expect(agenda.rounds.map(\.questions) == [[1], [2], [3], [4]])
        // Votes follow the converging phases and decide their questions only.
        let votes = agenda.phases.indices.filter { agenda.phases[$0].kind == .vote }
        #expect(votes.map { agenda.questionsVoted(atPhase: $0) } == [[2], [4]])
        #expect(agenda.phases[votes[0] - 1].round == 2)
        #expect(agenda.phases[votes[1] - 1].round == 4)
    }

    @Test func teamsKeepTheirTables() throws {
        let plan = try MethodTesting.plan(DoubleDiamond())
        #expect(plan.agenda.tables.count == 8)
        let first = plan.seating[0].tables.map { Set($0.participants) }
        for seating in plan.seating.dropFirst() { #expect(seating.tables.map { Set($0.participants) } == first) }
    }

    @Test func theChallengeOpensTheFirstQuestionAndTheReportFollowsThePhases() throws {
        let method = DoubleDiamond()
        let plan = try MethodTesting.plan(method, [("challenge", "¿Cómo bajamos los tiempos de espera?")])
        #expect(plan.agenda.questions[0].text.es == "¿Cómo bajamos los tiempos de espera?")
        let layout = method.findingsLayout(for: plan.agenda)
        #expect(layout.chapters.map(\.title.en) == ["Discover", "Define", "Develop", "Deliver"])
        #expect(layout.chapters.map(\.showsConclusions) == [false, true, false, true])
    }
}

@Suite struct WorldCafeTests {
    @Test func hostsStayAndComeFromDifferentInstitutions() throws {
        let plan = try MethodTesting.plan(WorldCafe())
        let agenda = plan.agenda
        #expect(agenda.tables.count == 12)
        #expect(agenda.tables.allSatisfy { $0.hosts.count == 1 })
        let hosts = agenda.tables.map { $0.hosts[0] }
        let institutions = hosts.compactMap { id in MethodTesting.roster.first { $0.id == id }?.institution }
        #expect(Set(institutions).count == hosts.count)
        for seating in plan.seating {
            for table in agenda.tables { #expect(seating.table(of: table.hosts[0]) == table.number) }
        }
        // Guests never sit at the same table twice.
        let tables = MethodTesting.tablesByPerson(plan)
        for (person, visited) in tables where !hosts.contains(person) {
            #expect(Set(visited).count == visited.count, "participant \(person) sat at \(visited)")
        }
        #expect(agenda.phases.last?.kind == .plenary)
        #expect(agenda.voting == nil)
    }

    @Test func questionsFollowOneAnotherOrStayAtTheirTables() throws {
        let perRound = try MethodTesting.plan(WorldCafe(), [("questions", "A|B"), ("rounds", "4")])
        #expect(perRound.agenda.rounds.map(\.questions) == [[1], [2], [1], [2]])
        let perTable = try MethodTesting.plan(WorldCafe(), [("mode", "per-table"), ("questions", "A|B|C|D")])
        #expect(perTable.agenda.rounds[0].questions == [1, 2, 3, 4])
        #expect(perTable.agenda.tables.count % 4 == 0)
        let hosts = Set(perTable.agenda.hostTables.keys)
        #expect(MethodTesting.questionsMet(perTable).filter { !hosts.contains($0.key) }.values.allSatisfy { $0 == [1, 2, 3, 4] })
    }

    @Test func namedHostsAndTheirErrors() throws {
        let roster = MethodTesting.roster
        let plan = try MethodTesting.plan(WorldCafe(), [("host-names", "\(roster[10].name.uppercased())|#20"), ("tables", "5")])
        #expect(plan.agenda.tables.map(\.hosts).prefix(2) == [[11], [20]])
        #expect(plan.agenda.tables.allSatisfy { $0.hosts.count == 1 })
        let typo = String(roster[10].name.dropLast())
        #expect(MethodTesting.refusal(WorldCafe(), [("host-names", typo)]) == .unknownHost(typo, suggestion: roster[10].name))
        #expect(
            MethodTesting.refusal(WorldCafe(), [("host-names", "#1|#2|#3"), ("tables", "2")])
                == .tooManyHosts(hosts: 3, tables: 2))
        #expect(
            MethodTesting.refusal(WorldCafe(), [("questions", "A|B|C"), ("rounds", "2")])
                == .moreQuestionsThanRounds(method: "world-cafe", questions: 3, rounds: 2))
        let withoutHosts = try MethodTesting.plan(WorldCafe(), [("hosts", "no")])
        #expect(withoutHosts.agenda.tables.allSatisfy { $0.hosts.isEmpty })
    }

    @Test func aVoteCanCloseTheCafe() throws {
        let plan = try MethodTesting.plan(WorldCafe(), [("keep", "2")])
        #expect(plan.agenda.voting?.keep == 2)
        #expect(plan.agenda.phases.suffix(2).map(\.kind) == [.vote, .plenary])
    }
}

@Suite struct ThematicEncounterTests {
    @Test func tuneInShareProposeAndFeedback() throws {
        let plan = try MethodTesting.plan(ThematicEncounter(), [("theme", "la interoperabilidad")])
        let agenda = plan.agenda
        #expect(agenda.questions.count == 3)
        #expect(agenda.questions.allSatisfy { $0.text.es.contains("la interoperabilidad") })
        #expect(agenda.rounds.map(\.questions) == [[1], [2], [3], [3]])
        #expect(
            agenda.rounds.map { $0.assignments[0].canvas } == [
                "encounter-tune-in", "encounter-experiences", "encounter-proposals", "encounter-feedback",
            ])
        #expect(agenda.rounds.map(\.movement) == [.rotate, .rotate, .stay, .rotate])
        #expect(agenda.voting?.questions == [3])
        // Proposals are written by the table that stays; in feedback, guests visit another table.
        #expect(plan.seating[2] == RoundSeating(round: 3, tables: plan.seating[1].tables))
        let hosts = agenda.hostTables
        for table in plan.seating[3].tables {
            let guests = table.participants.filter { hosts[$0] == nil }
            let fromHere = guests.filter { plan.seating[2].table(of: $0) == table.table }
            #expect(fromHere.isEmpty, "table \(table.table) keeps \(fromHere)")
        }
    }

    @Test func bilingualDefaultTheme() throws {
        let plan = try MethodTesting.plan(ThematicEncounter())
        #expect(plan.agenda.questions[0].text.en.contains("plain language"))
        #expect(plan.agenda.questions[0].text.es.contains("lenguaje claro"))
    }
}

@Suite struct OneTwoFourAllTests {
    @Test func aloneThenPairsThenFoursThenAll() throws {
        let plan = try MethodTesting.plan(OneTwoFourAll())
        let agenda = plan.agenda
        #expect(agenda.tables.count == 14)
        #expect(agenda.rounds.map(\.groupSize) == [1, 2, nil])
        #expect(agenda.phases.map(\.plannedSeconds) == [180, 60, 120, 240, 300])
        #expect(agenda.phases.last?.kind == .plenary)
        #expect(plan.seating.allSatisfy { $0.tables.allSatisfy { $0.participants.count == 4 } })
        #expect(plan.seating[0].tables.allSatisfy { $0.groups.map(\.count) == [1, 1, 1, 1] })
        #expect(plan.seating[1].tables.allSatisfy { $0.groups.map(\.count) == [2, 2] })
        #expect(plan.seating[2].tables.allSatisfy { $0.groups.isEmpty })
        // The same foursomes through the cycle, colleagues apart where possible.
        #expect(plan.seating[1].tables.map(\.participants) == plan.seating[0].tables.map(\.participants))
        let institution = Dictionary(uniqueKeysWithValues: MethodTesting.roster.map { ($0.id, $0.institution) })
        let sameInstitutionPairs = plan.seating[0].tables.map { table in
            table.participants.count - Set(table.participants.compactMap { institution[$0] }).count
        }.reduce(0, +)
        #expect(sameInstitutionPairs == 0)
    }

    @Test func oddNumbersMakeTriosAndEachQuestionNewFoursomes() throws {
        let roster = MethodTestKit.sampleRoster(count: 59)
        let plan = try MethodTesting.plan(OneTwoFourAll(), [("questions", "A|B")], roster: roster)
        #expect(plan.agenda.rounds.count == 6)
        #expect(plan.agenda.phases.filter { $0.kind == .plenary }.count == 2)
        #expect(plan.seating[1].tables.allSatisfy { table in table.groups.allSatisfy { (2...3).contains($0.count) } })
        #expect(plan.seating[1].tables.contains { $0.groups.contains { $0.count == 3 } })
        #expect(plan.seating[3].tables.map(\.participants) != plan.seating[0].tables.map(\.participants))
    }

    @Test func groupsHelper() {
        #expect(OneTwoFourAll.groups([1, 2, 3, 4, 5], size: 2) == [[1, 2], [3, 4, 5]])
        #expect(OneTwoFourAll.groups([1, 2, 3], size: 1) == [[1], [2], [3]])
        #expect(OneTwoFourAll.groups([1], size: 2) == [[1]])
        #expect(OneTwoFourAll.groups([1, 2, 3], size: nil) == [])
    }
}
