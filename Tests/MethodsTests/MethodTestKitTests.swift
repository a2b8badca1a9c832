import Engine
import MethodTestKit
import Testing

/// The kit must catch broken methods: each one here breaks one guarantee.
@Suite struct MethodTestKitTests {
    struct Broken: WorkshopMethod {
        enum Flaw: Sendable { case none, zeroDuration, nondeterministic, unheldQuestion, badSummary, refusesDefaults, hostAbsent }
        let flaw: Flaw

        var description: MethodDescription {
            MethodDescription(
                id: "broken", name: LocalizedText(en: "Broken", es: "Roto"),
                summary: flaw == .badSummary
                    ? LocalizedText(en: "Two sentences. Not one", es: "Dos frases. No una")
                    : LocalizedText(en: "A method for the tests.", es: "Un método para las pruebas."))
        }

        func makeAgenda(for setup: MethodSetup) throws(MethodError) -> Agenda {
            if flaw == .refusesDefaults {
                throw MethodError.tooFewParticipants(method: "broken", needed: 1000, found: setup.participants.count)
            }
            var agenda = OneRound.agenda(tables: 4, questions: flaw == .unheldQuestion ? 2 : 1)
            if flaw == .zeroDuration { agenda.phases[0].plannedSeconds = 0 }
            if flaw == .nondeterministic {
                var generator = SystemRandomNumberGenerator()
                agenda.phases[0].plannedSeconds = 60 * Int.random(in: 1...1_000_000, using: &generator)
            }
            if flaw == .hostAbsent { agenda.tables[0].hosts = [999] }
            return agenda
        }
    }

    enum OneRound {
        static func agenda(tables: Int, questions: Int) -> Agenda {
            Agenda(
                tables: (1...tables).map { WorkshopTable(number: $0, name: String($0)) },
                questions: (1...questions).map { Question(number: $0, title: LocalizedText("Q"), text: LocalizedText("Q")) },
                canvases: CanvasLibrary.builtIn.canvas("opsi-dimensions").map { [$0] } ?? [],
                phases: [Phase(kind: .round, title: LocalizedText("R"), plannedSeconds: 600, round: 1)],
                rounds: [
                    RoundPlan(
                        round: 1,
                        assignments: (1...tables).map { TableAssignment(table: $0, question: 1, canvas: "opsi-dimensions") })
                ],
                voting: nil)
        }
    }

    static func rules(_ flaw: Broken.Flaw) -> Set<PlanViolation.Rule> {
        Set(verifyMethod(Broken(flaw: flaw)).violations.map(\.violation.rule))
    }

    @Test func aSoundMethodPasses() {
        let report = verifyMethod(Broken(flaw: .none))
        #expect(report.isValid, "\(report)")
        #expect(report.outcomes.count >= 5)
    }

    @Test func eachFlawIsCaught() {
        #expect(Self.rules(.zeroDuration).contains(.durations))
        #expect(Self.rules(.nondeterministic).contains(.determinism))
        #expect(Self.rules(.unheldQuestion).contains(.coverage))
        #expect(Self.rules(.badSummary) == [.description])
        #expect(Self.rules(.refusesDefaults) == [.refusal])
        #expect(Self.rules(.hostAbsent).contains(.hosts))
    }

    @Test func theSampleRosterIsTheReferenceWorkshop() {
        let roster = MethodTestKit.sampleRoster(count: 56)
        #expect(roster.count == 56)
        #expect(Set(roster.map(\.institution)).count == 18)
        #expect(Set(roster.map(\.id)) == Set(1...56))
        #expect(Set(roster.map(\.name)).count == 56)
    }
}
