import Testing

@testable import Engine

@Suite struct FindingsBuilderTests {
    @Test func notesAreTheLatestTextsWithoutRetractedOnes() throws {
        var fixture = try FindingsFixture()
        let kept = fixture.note("Falta presupuesto")
        let edited = fixture.note("Capacitacion en datos")
        let retracted = fixture.note("Nota equivocada que se retira")
        fixture.apply([NoteEdited(id: edited, text: "Capacitación en análisis de datos"), NoteRetracted(id: retracted)])
        let report = FindingsFixture.report([fixture])
        #expect(report.notes.map(\.reference.note) == [kept, edited])
        #expect(report.notes.last?.text == "Capacitación en análisis de datos")
        #expect(report.notes.last?.edited == true)
        #expect(!report.themes.contains { $0.label.contains("equivocada") })
        #expect(report.totals.notes == 2)
        #expect(report.themes.flatMap(\.notes).count == 2)
    }

    @Test func questionsDimensionsAndCounts() throws {
        var fixture = try FindingsFixture()
        let question = fixture.question(table: 2, round: 1)
        fixture.note("Lenguaje claro en formularios", table: 2, section: "interactions")
        fixture.note("Lenguaje claro en las cartas", table: 2, round: 1, section: "interactions")
        fixture.note("Nota sin dimensión", table: 2, section: nil)
        let report = FindingsFixture.report([fixture])
        #expect(report.questions.count == fixture.state.agenda.questions.count)
        let found = try #require(report.question(question))
        #expect(found.notes == 3)
        #expect(found.tables == 1)
        #expect(found.dimensions.map(\.key) == ["structures", "capacities", "methods", "interactions", ""])
        #expect(found.dimensions.first { $0.key == "interactions" }?.title == "Interacciones visibles con usuarios")
        #expect(found.dimensions.first { $0.key == "interactions" }?.notes == 2)
        #expect(found.dimensions.last?.notes == 1)
        #expect(report.dimensionColumns.last?.key == "")
        #expect(report.totals.tables == 3)
        #expect(report.totals.questions == 3)
        #expect(report.totals.participants == 12)
        #expect(report.totals.institutions == 4)
        #expect(report.totals.regions == 2)
        let english = FindingsFixture.report([fixture], language: .en)
        #expect(
            english.question(question)?.dimensions.first { $0.key == "interactions" }?.title == "Visible interactions with users")
    }

    @Test func keptConclusionsVotesAndOpenTies() throws {
        var fixture = try FindingsFixture()
        for text in ["Presupuesto estable", "Capacitación", "Lenguaje claro", "Datos abiertos"] {
            try fixture.record { [try ConclusionDraft(question: 1, text: text, table: 1).event(in: $0)] }
        }
        try fixture.record { [try VoteControl.configure(question: 1, rule: .dots, keep: 2, budget: 1, cap: nil, in: $0)] }
        // C1: 3 dots, C2: 2, C3: 2 -> C1 kept, C2/C3 tied for one place.
        let ballots = [(1, "C1"), (2, "C1"), (3, "C1"), (4, "C2"), (5, "C2"), (6, "C3"), (7, "C3")]
        for (voter, candidate) in ballots {
            try fixture.record {
                [
                    try BallotDraft(
                        question: 1, voter: String(voter), rule: .dots, marks: [BallotMark(candidate: candidate, value: 1)]
                    )
                    .event(in: $0)
                ]
            }
        }
        var report = FindingsFixture.report([fixture])
        var vote = try #require(report.question(1)?.votes.first)
        #expect(vote.kept == ["C1"])
        #expect(vote.tied == ["C2", "C3"])
        #expect(vote.openPlaces == 1)
        #expect(vote.conclusions.map(\.total) == [3, 2, 2, 0])
        #expect(vote.conclusions.map(\.outcome) == ["kept", "tied", "tied", "not-kept"])
        #expect(vote.byVoter.isEmpty)
        #expect(report.totals.conclusionsKept == 1)
        #expect(FindingsWording(report: report).tieSentence(vote)?.contains("C2, C3") == true)

        try fixture.record { [try TieBreakDraft(question: 1, order: ["C3", "C2"]).event(in: $0)] }
        report = FindingsFixture.report([fixture])
        vote = try #require(report.question(1)?.votes.first)
        #expect(vote.kept == ["C1", "C3"])
        #expect(vote.tieBreak == ["C3", "C2"])
        #expect(vote.keptConclusions.map(\.text) == ["Presupuesto estable", "Lenguaje claro"])
        #expect(report.question(2)?.votes.isEmpty == true)
    }

    @Test func ballotsShowVotersOnlyWithOpenBallots() throws {
        for open in [false, true] {
            var fixture = try FindingsFixture(openBallots: open)
            try fixture.record { [try ConclusionDraft(question: 1, text: "Presupuesto estable").event(in: $0)] }
            try fixture.record {
                [
                    try BallotDraft(question: 1, voter: "1", rule: .dots, marks: [BallotMark(candidate: "C1", value: 1)]).event(
                        in: $0)
                ]
            }
            let report = FindingsFixture.report([fixture])
            let vote = try #require(report.question(1)?.votes.first)
            #expect(vote.byVoter.map(\.voter) == (open ? ["Camila Rojas Fuentes"] : []))
            let json = FindingsJSONRenderer(report: report).render()
            #expect(json.contains("byVoter") == open)
            #expect(json.contains("Camila Rojas Fuentes") == open)
            if open {
                let anonymous = FindingsFixture.report([fixture], anonymise: true)
                #expect(anonymous.question(1)?.votes.first?.byVoter.map(\.voter) == ["Participante 1"])
            }
        }
    }

    @Test func anonymiseReplacesNamesEverywhere() throws {
        var fixture = try FindingsFixture()
        let note = fixture.note("Como propuso José Núñez, presupuesto estable", author: "Camila Díaz Pino")
        fixture.note("Idea de camila rojas fuentes sobre capacitación")
        try fixture.record { [try ConclusionDraft(question: 1, text: "Lo de Valentina Paz: lenguaje claro").event(in: $0)] }
        try fixture.correct(.rename(theme: note, name: "Propuesta de Tomás Aravena"))
        let report = FindingsFixture.report([fixture], anonymise: true)
        #expect(report.anonymised)
        #expect(report.notes.first?.text == "Como propuso Participante 2, presupuesto estable")
        #expect(report.notes.first?.author == "Participante 6")
        #expect(report.notes.last?.text == "Idea de Participante 1 sobre capacitación")
        #expect(report.question(1)?.votes.first?.conclusions.first?.text == "Lo de Participante 3: lenguaje claro")
        #expect(report.themeOf(note)?.customName == "Propuesta de Participante 4")
        let everything = [
            FindingsJSONRenderer(report: report).render(),
            FindingsMarkdownRenderer(wording: FindingsWording(report: report)).render(),
            FindingsHTMLRenderer(wording: FindingsWording(report: report)).render(),
            FindingsCSVRenderer(wording: FindingsWording(report: report)).render(),
        ].joined()
        for name in FindingsFixture.names + ["José Núñez", "Tomás Aravena", "Valentina Paz"] {
            #expect(!everything.contains(name), "\(name) is still in the anonymised report")
        }
    }

    @Test func attendanceRules() throws {
        let untaken = FindingsFixture.report([try FindingsFixture(people: 6)])
        #expect(!untaken.attendance.attendanceTaken)
        #expect(untaken.attendance.attended == 6)
        let statuses: [Int: AttendanceStatus] = [1: .present, 2: .present, 3: .absent, 5: .walkIn]
        let taken = FindingsFixture.report([try FindingsFixture(people: 6, statuses: statuses)]).attendance
        #expect(taken.attendanceTaken)
        #expect(taken.registered == 5)
        #expect(taken.present == 2)
        #expect(taken.absent == 1)
        #expect(taken.walkIns == 1)
        #expect(taken.notCheckedIn == 2)
        #expect(taken.attended == 3)
        #expect(taken.byInstitution.reduce(0) { $0 + $1.attended } == 3)
        #expect(taken.byRegion.map(\.name).sorted() == ["Biobío", "Valparaíso"])
        let list = AttendanceList(state: try FindingsFixture(people: 6, statuses: statuses).state)
        #expect(list.attendees.map(\.id) == [1, 2, 5])
    }

    @Test func agendaAsItRan() throws {
        var fixture = try FindingsFixture()
        let phases = fixture.state.agenda.phases
        fixture.apply([PhaseStarted(phase: 0)])
        fixture.wait(phases[0].plannedSeconds + 120)
        fixture.apply([PhaseStarted(phase: 1)])
        fixture.wait(300)
        fixture.apply([TimerPaused(phase: 1)])
        fixture.wait(60)
        fixture.apply([TimerResumed(phase: 1), PhaseExtended(phase: 1, seconds: 300)])
        fixture.wait(600)
        fixture.apply([PhaseStarted(phase: 0)])
        fixture.wait(30)
        fixture.apply([PhaseStarted(phase: 1)])
        fixture.wait(100)
        var agenda = try #require(FindingsFixture.report([fixture]).sessions.first?.agenda)
        #expect(agenda.phases[0].actualSeconds == phases[0].plannedSeconds + 150)
        #expect(agenda.phases[0].runs == 2)
        // The second run is still going: it counts up to the session's last event (its start).
        #expect(agenda.phases[1].actualSeconds == 900)
        #expect(agenda.phases[1].pausedSeconds == 60)
        #expect(agenda.phases[1].pauses == 1)
        #expect(agenda.phases[1].extensionSeconds == 300)
        #expect(agenda.phases[1].isRunning)
        #expect(agenda.phases[2].actualSeconds == nil)
        #expect(agenda.finishedAt == nil)
        fixture.apply([SessionFinished()])
        agenda = try #require(FindingsFixture.report([fixture]).sessions.first?.agenda)
        #expect(agenda.finishedAt != nil)
        #expect(agenda.elapsedSeconds == phases[0].plannedSeconds + 120 + 300 + 60 + 600 + 30 + 100)
        #expect(agenda.phases[1].actualSeconds == 1000)
        #expect(agenda.phases[1].differenceSeconds == 1000 - phases[1].plannedSeconds)
        #expect(agenda.plannedStart == "09:00")
    }

    @Test func themeIdsAndGUIDsAreStable() throws {
        var fixture = try FindingsFixture()
        let notes = fixture.budgetAndTraining()
        let first = FindingsFixture.report([fixture])
        let again = FindingsFixture.report([fixture])
        #expect(first.themes.map(\.guid) == again.themes.map(\.guid))
        let budget = try #require(first.themeOf(notes.budget[1]))
        #expect(budget.id == "T\(notes.budget[0])")
        fixture.note("Lenguaje claro en los formularios", section: "interactions")
        let later = FindingsFixture.report([fixture])
        #expect(later.themeOf(notes.budget[1])?.guid == budget.guid)
        #expect(Set(first.themes.map(\.guid)).count == first.themes.count)
    }
}
