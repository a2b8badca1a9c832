import Testing

@testable import Engine

@Suite struct ThemeCurationTests {
    @Test func assignMovesANoteAndSurvivesLaterNotes() throws {
        var fixture = try FindingsFixture()
        let notes = fixture.budgetAndTraining()
        let moved = notes.budget[0]
        try fixture.correct(.assign(note: moved, theme: notes.training[0]))
        var report = FindingsFixture.report([fixture])
        let target = try #require(report.themeOf(notes.training[0]))
        #expect(report.themeOf(moved)?.id == target.id)
        #expect(target.curated)
        #expect(report.themeOf(notes.budget[1])?.notes.contains(NoteReference(session: 1, note: moved)) == false)
        #expect(report.notes.first { $0.reference.note == moved }?.theme == target.id)

        // More notes, including one that reads like the moved one: the correction still holds.
        fixture.note("Falta presupuesto estable para innovar en regiones")
        fixture.note("Capacitación continua en diseño de servicios")
        report = FindingsFixture.report([fixture])
        #expect(report.themeOf(moved)?.id == report.themeOf(notes.training[0])?.id)
        // And with another similarity threshold.
        report = FindingsFixture.report([fixture], similarity: 0.6)
        #expect(report.themeOf(moved)?.id == report.themeOf(notes.training[0])?.id)
        #expect(report.staleCorrections.isEmpty)
    }

    @Test func renameNamesTheThemeOfItsNoteEvenAfterRegrouping() throws {
        var fixture = try FindingsFixture()
        let notes = fixture.budgetAndTraining()
        try fixture.correct(.rename(theme: notes.budget[1], name: "  Presupuesto   estable "))
        var report = FindingsFixture.report([fixture])
        let theme = try #require(report.themeOf(notes.budget[1]))
        #expect(theme.customName == "Presupuesto estable")
        #expect(theme.name == "Presupuesto estable")
        #expect(!theme.label.isEmpty && theme.label != theme.name)
        #expect(report.themeOf(notes.training[0])?.customName == nil)

        // With a threshold so high that every note stands alone, the name follows note 2.
        report = FindingsFixture.report([fixture], similarity: 1)
        #expect(report.themeOf(notes.budget[1])?.customName == "Presupuesto estable")
        #expect(report.themes.filter { $0.customName != nil }.count == 1)

        // The anchor note is retracted: the name goes to the theme holding its other notes.
        fixture.apply([NoteRetracted(id: notes.budget[1])])
        report = FindingsFixture.report([fixture])
        #expect(report.themeOf(notes.budget[0])?.customName == "Presupuesto estable")
        #expect(report.staleCorrections.isEmpty)
    }

    @Test func mergeAndSplit() throws {
        var fixture = try FindingsFixture()
        let notes = fixture.budgetAndTraining()
        try fixture.correct(.merge(into: notes.training[0], from: notes.lone))
        var report = FindingsFixture.report([fixture])
        let merged = try #require(report.themeOf(notes.training[0]))
        #expect(merged.notes.contains(NoteReference(session: 1, note: notes.lone)))
        #expect(merged.counts.notes == report.themeOf(notes.training[1])?.counts.notes)

        try fixture.correct(.split(theme: notes.training[0], notes: [notes.lone], name: "Continuidad"))
        report = FindingsFixture.report([fixture])
        let split = try #require(report.themeOf(notes.lone))
        #expect(split.notes == [NoteReference(session: 1, note: notes.lone)])
        #expect(split.customName == "Continuidad")
        #expect(split.id == "T\(notes.lone)")
        #expect(report.themeOf(notes.training[0])?.notes.contains(NoteReference(session: 1, note: notes.lone)) == false)
    }

    @Test func refusedCorrectionsNameTheProblem() throws {
        var fixture = try FindingsFixture()
        let notes = fixture.budgetAndTraining()
        let elsewhere = fixture.note("Lenguaje claro en los formularios", section: "interactions")
        let before = fixture.state.lastSequence
        #expect(throws: ThemeError.unknownNote(id: 999, suggestion: elsewhere)) {
            try fixture.correct(.assign(note: 999, theme: notes.budget[0]))
        }
        #expect(throws: ThemeError.unknownTheme(reference: "#500", suggestion: "T\(elsewhere)")) {
            try fixture.correct(.assign(note: notes.budget[0], theme: 500))
        }
        let report = FindingsFixture.report([fixture])
        let budgetTheme = try #require(report.themeOf(notes.budget[0]))
        if report.themeOf(notes.budget[1])?.id == budgetTheme.id {
            #expect(throws: ThemeError.alreadyInTheme(note: notes.budget[1], theme: budgetTheme.id)) {
                try fixture.correct(.assign(note: notes.budget[1], theme: notes.budget[0]))
            }
        }
        #expect(throws: ThemeError.self) { try fixture.correct(.assign(note: notes.budget[0], theme: elsewhere)) }
        #expect(throws: ThemeError.sameTheme(theme: budgetTheme.id)) {
            try fixture.correct(.merge(into: notes.budget[0], from: notes.budget[0]))
        }
        #expect(throws: ThemeError.wholeTheme(theme: budgetTheme.id)) {
            try fixture.correct(.split(theme: notes.budget[0], notes: budgetTheme.notes.map(\.note), name: nil))
        }
        #expect(throws: ThemeError.invalidName(length: 0)) { try fixture.correct(.rename(theme: notes.lone, name: "   ")) }
        fixture.apply([NoteRetracted(id: notes.lone)])
        #expect(throws: ThemeError.retractedNote(id: notes.lone)) {
            try fixture.correct(.rename(theme: notes.lone, name: "x"))
        }
        #expect(fixture.state.lastSequence == before + 1)
        #expect(fixture.state.themeCuration.corrections.isEmpty)
    }

    @Test func differentPlaceIsRefusedWithBothPlaces() throws {
        var fixture = try FindingsFixture()
        let first = fixture.note("Falta presupuesto estable para innovar", section: "structures")
        let second = fixture.note("Lenguaje claro en los formularios", section: "interactions")
        do {
            try fixture.correct(.assign(note: first, theme: second))
            Issue.record("a note of another dimension was accepted")
        } catch let ThemeError.differentPlace(note, notePlace, theme, themePlace) {
            #expect(note == first)
            #expect(theme == "T\(second)")
            #expect(notePlace.contains("Estructuras y marcos"))
            #expect(themePlace.contains("Interacciones visibles con usuarios"))
        }
    }

    @Test func correctionsWhoseNotesAreGoneAreReportedStale() throws {
        var fixture = try FindingsFixture()
        let notes = fixture.budgetAndTraining()
        try fixture.correct(.assign(note: notes.lone, theme: notes.budget[0]))
        fixture.apply([NoteRetracted(id: notes.lone)])
        let report = FindingsFixture.report([fixture])
        #expect(report.staleCorrections.map(\.kind) == ["assign"])
        #expect(report.themeOf(notes.lone) == nil)
    }

    @Test func theRecordedSimilarityIsTheDefault() throws {
        var fixture = try FindingsFixture()
        _ = fixture.budgetAndTraining()
        fixture.apply([ThemeSimilaritySet(similarity: 1)])
        let recorded = FindingsFixture.report([fixture])
        #expect(recorded.similarity == 1)
        #expect(recorded.themes.map(\.notes) == FindingsFixture.report([fixture], similarity: 1).themes.map(\.notes))
        let explicit = FindingsFixture.report([fixture], similarity: 0.1)
        #expect(explicit.similarity == 0.1)
        #expect(explicit.themes.count < recorded.themes.count)
        fixture.apply([ThemeSimilaritySet(similarity: 7)])
        #expect(fixture.state.themeCuration.similarity == 1)
    }

    @Test func eventsRoundTripThroughTheJournal() throws {
        let events: [any JournalEvent] = [
            ThemeAssigned(note: 12, theme: ThemeReference(anchor: 40, members: [41, 42])),
            ThemeRenamed(theme: ThemeReference(anchor: 40, members: [41]), name: "Presupuesto"),
            ThemesMerged(into: ThemeReference(anchor: 40), from: ThemeReference(anchor: 50, members: [51])),
            ThemeSplit(notes: [41, 42], name: "Otra"), ThemeSimilaritySet(similarity: 0.25),
        ]
        let directory = TemporaryDirectory()
        let session = try Session.create(
            at: directory.file("t.workshop"), events: events, clock: ManualTimeSource(start: FindingsFixture.start))
        let replayed = try Session.open(at: session.path).state.themeCuration
        #expect(replayed == session.state.themeCuration)
        #expect(replayed.corrections.count == 4)
        #expect(replayed.similarity == 0.25)
        guard case .assign(let note, let theme) = replayed.corrections.first?.action else {
            Issue.record("first correction is not an assignment")
            return
        }
        #expect(note == 12 && theme == ThemeReference(anchor: 40, members: [41, 42]))
        #expect(ThemeReference(anchor: 1, members: Array(0...50)).members.count == ThemeReference.snapshotLimit)
    }

    @Test func analysisCrossCuttingMatchesTheOneShotReport() {
        let texts = [
            "Falta presupuesto estable", "No hay presupuesto", "Presupuesto para innovar", "Capacitación en datos",
            "Más capacitación en datos", "Lenguaje claro", "Presupuesto estable y capacitación",
        ]
        let documents = texts.enumerated().map {
            TextDocument(
                id: $0.offset, text: $0.element, table: $0.offset % 3 + 1, round: 1, question: $0.offset % 2 + 1,
                dimension: $0.offset % 3 == 0 ? "a" : "b")
        }
        let clusterer = ThemeClusterer()
        let analysis = ThemeAnalysis(documents: documents, clusterer: clusterer)
        let report = clusterer.report(for: documents)
        #expect(analysis.crossCuttingThemes() == report.crossCuttingThemes)
        #expect(analysis.automaticThemes() == report.themes)
        #expect(analysis.crossCuttingConcepts() == report.crossCuttingConcepts)
    }
}
