import Testing

@testable import Engine

@Suite struct NoteImportTests {
    /// Windows-1252 bytes of a text made of Latin-1 characters (what Excel saves on Spanish Windows).
    private func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }

    @Test func spanishHeadersSemicolonsAndWindows1252() throws {
        let csv = """
            Mesa;Ronda;Dimensión;Texto de la nota;Sistematizadora\r
            1;1;2;Falta capacitación en análisis de datos;Ana\r
            Mesa 2;R2;Métodos;Prototipos rápidos con usuarios;\r
            3;;estructuras;Comité de innovación con respaldo;Luis\r

            """
        let file = try NoteImportFile.read(bytes: latin1(csv), file: "notas.csv")
        #expect(file.encoding == .windows1252)
        #expect(file.delimiter == ";")
        #expect(file.columns[.section] == "Dimensión")
        #expect(file.columns[.author] == "Sistematizadora")
        let state = try VotingFixture.state()
        let plan = try file.plan(in: state)
        #expect(plan.rejected.isEmpty)
        #expect(plan.lines == [2, 3, 4])
        #expect(plan.inferredRounds == 1)
        #expect(
            plan.events == [
                NoteAdded(
                    table: 1, round: 1, question: 1, section: "capacities", author: "Ana",
                    text: "Falta capacitación en análisis de datos"),
                NoteAdded(
                    table: 2, round: 2, question: 2, section: "methods", author: nil, text: "Prototipos rápidos con usuarios"),
                NoteAdded(
                    table: 3, round: 1, question: 3, section: "structures", author: "Luis",
                    text: "Comité de innovación con respaldo"),
            ])
    }

    @Test func questionByNumberOrTitleFindsTheRound() throws {
        let csv = """
            table,question,section,note
            1,Good practices,Internal capacities,Red de funcionarios
            2,P2,"4. Interacciones visibles con usuarios",Lenguaje técnico
            """
        let plan = try NoteImportFile.read(bytes: Array(csv.utf8), file: "n.csv").plan(in: VotingFixture.state())
        #expect(plan.rejected.isEmpty)
        #expect(plan.events.map(\.question) == [1, 2])
        #expect(plan.events.map(\.round) == [1, 1])
        #expect(plan.events.map(\.section) == ["capacities", "interactions"])
        #expect(plan.inferredRounds == 2)
    }

    @Test func rejectedRowsSayWhereAndWhy() throws {
        var state = try VotingFixture.state()
        // Table 1 holds question 2 in round 2, so a round-less row of table 1 is ambiguous.
        state.agenda.rounds[1].assignments[0].question = 2
        let csv = """
            table,round,question,section,text,author
            1,1,1,,Idea válida,
            9,1,,,Mesa inexistente,
            2,5,,,Ronda inexistente,
            2,1,3,,Pregunta que no corresponde,
            3,,,bogus,Sección inexistente,
            1,1,,,   ,
            2,,1,,Pregunta que la mesa nunca tuvo,
            1,,,,Sin ronda ni pregunta,
            1,1,,,\(String(repeating: "x", count: 10_001)),
            ,1,,,Sin mesa,
            2,1,pregunta rara,,Pregunta desconocida,
            """
        let plan = try NoteImportFile.read(bytes: Array(csv.utf8), file: "n.csv").plan(in: state)
        #expect(plan.lines == [2])
        #expect(
            plan.rejected == [
                NoteImportRejection(line: 3, problem: .unknownTable(value: "9", tables: [1, 2, 3])),
                NoteImportRejection(line: 4, problem: .unknownRound(value: "5", rounds: [1, 2, 3])),
                NoteImportRejection(line: 5, problem: .questionMismatch(table: 2, round: 1, expected: 2, found: 3)),
                NoteImportRejection(
                    line: 6,
                    problem: .unknownSection(value: "bogus", known: ["structures", "capacities", "methods", "interactions"])),
                NoteImportRejection(line: 7, problem: .emptyText),
                NoteImportRejection(line: 8, problem: .questionNotAtTable(table: 2, question: 1, held: [2])),
                NoteImportRejection(line: 9, problem: .needRoundOrQuestion(table: 1, held: [1, 2])),
                NoteImportRejection(line: 10, problem: .tooLong(length: 10_001)),
                NoteImportRejection(line: 11, problem: .missingTable),
                NoteImportRejection(line: 12, problem: .unknownQuestion(value: "pregunta rara", questions: [1, 2, 3])),
            ])
    }

    @Test func rowsAlreadyInTheSessionAreSkipped() throws {
        var state = try VotingFixture.state()
        try VotingFixture.record(&state) { [try NoteDraft(table: 1, section: "2", text: "Ya estaba").event(in: $0)] }
        let csv = "mesa,ronda,seccion,texto\n1,1,2,Ya estaba\n1,1,2,Nueva\n1,1,3,Ya estaba\n"
        let file = try NoteImportFile.read(bytes: Array(csv.utf8), file: "n.csv")
        let plan = try file.plan(in: state)
        #expect(plan.duplicates == [2])
        #expect(plan.events.map(\.text) == ["Nueva", "Ya estaba"])
        #expect(try file.plan(in: state, allowDuplicates: true).events.count == 3)
    }

    @Test func unreadableFiles() throws {
        #expect(throws: NoteImportError.empty(file: "v.csv")) {
            try NoteImportFile.read(bytes: Array(" \n\r\n".utf8), file: "v.csv")
        }
        #expect(throws: NoteImportError.missingColumn(file: "m.csv", column: .text, headers: ["mesa", "ronda"])) {
            try NoteImportFile.read(bytes: Array("mesa,ronda\n1,1\n".utf8), file: "m.csv")
        }
        #expect(throws: NoteImportError.missingColumn(file: "m.csv", column: .table, headers: ["texto"])) {
            try NoteImportFile.read(bytes: Array("texto\nhola\n".utf8), file: "m.csv")
        }
        #expect(throws: NoteImportError.noRows(file: "h.csv")) {
            try NoteImportFile.read(bytes: Array("mesa,texto\n".utf8), file: "h.csv")
        }
        #expect(throws: NoteImportError.unterminatedQuote(file: "q.csv", line: 2)) {
            try NoteImportFile.read(bytes: Array("mesa,texto\n1,\"abierta\n".utf8), file: "q.csv")
        }
        let file = try NoteImportFile.read(bytes: Array("mesa,texto\n1,x\n".utf8), file: "a.csv")
        #expect(throws: NoteImportError.noAgenda) { try file.plan(in: SessionState()) }
    }

    @Test(arguments: [
        ("3", 3), ("Mesa 3", 3), ("mesa nº 3", 3), ("MESA N° 3", 3), ("#3", 3), ("T3", 3), ("table 3", 3), ("tres", nil),
        ("0", nil), ("-2", nil),
    ])
    func numbersInCells(text: String, number: Int?) {
        #expect(NoteImportResolver.number(in: text, prefixes: ["mesa", "table", "m", "t"]) == number)
    }
}
