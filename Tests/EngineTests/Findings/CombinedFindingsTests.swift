import Testing

@testable import Engine

@Suite struct CombinedFindingsTests {
    static func twoRegions() throws -> (santiago: FindingsFixture, temuco: FindingsFixture) {
        var santiago = try FindingsFixture(title: "Encuentro regional", place: "Santiago")
        santiago.note("Falta presupuesto estable para innovar")
        santiago.note("Capacitación en diseño de servicios")
        var temuco = try FindingsFixture(people: 9, title: "Encuentro regional", place: "Temuco", statuses: [9: .absent])
        temuco.note("No hay presupuesto estable para innovar")
        temuco.note("Lenguaje claro en formularios", section: "interactions")
        return (santiago, temuco)
    }

    @Test func sameQuestionsAreMergedAndThemesSpanSessions() throws {
        let (santiago, temuco) = try Self.twoRegions()
        let report = FindingsFixture.report([santiago, temuco])
        #expect(report.isCombined)
        #expect(report.title == "Encuentro regional")
        #expect(report.questions.count == 3)
        #expect(report.questions.allSatisfy { $0.sources.map(\.session) == [1, 2] })
        let budget = try #require(report.themes.first { $0.label.contains("presupuesto") })
        #expect(budget.sessions == [1, 2])
        #expect(budget.counts.notes == 2)
        #expect(budget.counts.tables == 2)
        #expect(budget.tables == [TableReference(session: 1, table: 1), TableReference(session: 2, table: 1)])
        #expect(budget.id == "S1-T\(budget.anchor.note)")
        #expect(report.themeID(for: NoteReference(session: 2, note: 40)) == "S2-T40")
        // Totals and the per-session breakdown.
        #expect(report.sessions.map(\.place) == ["Santiago", "Temuco"])
        #expect(report.sessions.map(\.counts.participants) == [12, 8])
        #expect(report.totals.participants == 20)
        #expect(report.totals.registered == 21)
        #expect(report.attendance.absent == 1)
        #expect(report.totals.notes == 4)
        #expect(report.sessions.map(\.counts.notes) == [2, 2])
        #expect(report.sessions.map(\.counts.themes) == [2, 2])
        #expect(report.totals.tables == 6)
        #expect(report.notes.map(\.reference.session) == [1, 1, 2, 2])
        #expect(Set(report.themes.map(\.guid)).count == report.themes.count)
    }

    @Test func questionsWithOtherWordingStayApart() throws {
        var santiago = try FindingsFixture(place: "Santiago")
        santiago.note("Falta presupuesto estable")
        var arica = try FindingsFixture(
            place: "Arica",
            questions: [
                "¿Qué barreras y brechas deben considerar las nuevas iniciativas?", "¿Cómo mejorar la atención en el norte?",
            ])
        arica.note("Falta presupuesto estable", table: 1)
        arica.note("Oficinas móviles en el altiplano", table: 2)
        let report = FindingsFixture.report([santiago, arica])
        // The default questions 1-3, plus Arica's second question; its first is Santiago's second.
        #expect(report.questions.count == 4)
        #expect(report.question(2)?.sources == [.init(session: 1, number: 2), .init(session: 2, number: 1)])
        #expect(report.question(4)?.sources == [.init(session: 2, number: 2)])
        #expect(report.question(4)?.title == "¿Cómo mejorar la atención en el norte?")
    }

    @Test func eachSessionsCorrectionsApply() throws {
        var (santiago, temuco) = try Self.twoRegions()
        let lone = temuco.note("Cambios de autoridad cortan los proyectos")
        try temuco.correct(.rename(theme: lone, name: "Continuidad de los proyectos"))
        let report = FindingsFixture.report([santiago, temuco])
        #expect(report.themeOf(lone, session: 2)?.customName == "Continuidad de los proyectos")
        #expect(report.themes.filter { $0.customName != nil }.count == 1)
    }

    @Test func combinedExportsShowTheSessions() throws {
        let (santiago, temuco) = try Self.twoRegions()
        let report = FindingsFixture.report([santiago, temuco])
        let wording = FindingsWording(report: report)
        let markdown = FindingsMarkdownRenderer(wording: wording).render()
        #expect(markdown.contains("*Informe combinado de hallazgos de 2 sesiones*"))
        #expect(markdown.contains("## Sesiones"))
        #expect(markdown.contains("| S2 | Encuentro regional |"))
        let csv = try CSVTable(bytes: Array(FindingsCSVRenderer(wording: wording).render().utf8))
        #expect(csv.rows.first?.fields.first == "sesión")
        #expect(csv.rows.dropFirst().map { $0.fields[0] } == ["S1", "S1", "S2", "S2"])
        let json = try JSONValue(parsing: FindingsJSONRenderer(report: report).render())
        #expect(json["sessions"]?.arrayValue?.count == 2)
        #expect(try JSONSchemaValidator(file: "docs/findings.schema.json").validate(json) == [])
        #expect(FindingsHTMLRenderer(wording: wording).render().contains("id=\"sessions\""))
    }
}
