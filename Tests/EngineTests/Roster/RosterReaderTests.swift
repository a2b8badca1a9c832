import Testing

@testable import Engine

@Suite struct RosterReaderTests {
    private func read(_ text: String) throws -> RosterReader.Result {
        try RosterReader.read(bytes: Array(text.utf8), file: "inscritos.csv")
    }

    @Test func spanishHeadersWithAccentsAndCase() throws {
        let result = try read(
            "NOMBRE,Institución,REGIÓN,Correo Electrónico,Cargo\nAna Pérez,Registro Civil,Biobío,ana@x.cl,Analista\n")
        let person = try #require(result.participants.first)
        #expect(
            person
                == Participant(
                    id: 1, name: "Ana Pérez", institution: "Registro Civil", region: "Biobío", email: "ana@x.cl", role: "Analista"
                ))
        #expect(result.delimiter == ",")
        #expect(result.encoding == .utf8)
    }

    @Test func englishHeadersAndUnaccentedSpanish() throws {
        let english = try read("Full Name,Organization,Region,E-mail,Job title\nJo Smith,Treasury,North,jo@x.org,Advisor\n")
        #expect(english.participants.first?.institution == "Treasury")
        #expect(english.participants.first?.role == "Advisor")
        let plain = try read("nombre;institucion;region;correo\nLuis;SII;Maule;l@x.cl\n")
        #expect(plain.participants.first?.institution == "SII")
        #expect(plain.participants.first?.region == "Maule")
        #expect(plain.delimiter == ";")
    }

    @Test func googleFormsStyleHeaders() throws {
        let text =
            "Marca temporal,Dirección de correo electrónico,Nombres,Apellidos,Nombre de la institución u organización,Región\n"
            + "2026/11/02 10:01:02,maria@x.cl,María José,Soto Díaz,Municipalidad de Talca,Maule\n"
        let result = try read(text)
        let person = try #require(result.participants.first)
        #expect(person.name == "María José Soto Díaz")
        #expect(person.email == "maria@x.cl")
        #expect(person.institution == "Municipalidad de Talca")
        #expect(person.region == "Maule")
    }

    @Test func semicolonWindows1252WithCRLF() throws {
        // What Excel on a Spanish-language Windows writes for "CSV (delimitado por comas)".
        let bytes: [UInt8] =
            [0x4E, 0x6F, 0x6D, 0x62, 0x72, 0x65, 0x3B]  // Nombre;
            + [0x49, 0x6E, 0x73, 0x74, 0x69, 0x74, 0x75, 0x63, 0x69, 0xF3, 0x6E, 0x3B]  // Institución;
            + [0x52, 0x65, 0x67, 0x69, 0xF3, 0x6E, 0x0D, 0x0A]  // Región\r\n
            // Núñez;MOP;Ñuble
            + [0x4E, 0xFA, 0xF1, 0x65, 0x7A, 0x3B, 0x4D, 0x4F, 0x50, 0x3B, 0xD1, 0x75, 0x62, 0x6C, 0x65, 0x0D, 0x0A]
            + [0x80, 0x20, 0x4C, 0x75, 0x63, 0xED, 0x61, 0x3B, 0x41, 0x3B, 0x42, 0x0D, 0x0A]  // € Lucía;A;B
        let result = try RosterReader.read(bytes: bytes, file: "excel.csv")
        #expect(result.encoding == .windows1252)
        #expect(result.delimiter == ";")
        #expect(result.participants.map(\.name) == ["Núñez", "€ Lucía"])
        #expect(result.participants.first?.region == "Ñuble")
    }

    @Test func utf8WithBOMAndUTF16() throws {
        let text = "nombre,institución\nÍñigo,Fonasa\n"
        let bom = try RosterReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "bom.csv")
        #expect(bom.encoding == .utf8WithBOM)
        #expect(bom.participants.first?.name == "Íñigo")
        let utf16: [UInt8] =
            [0xFF, 0xFE] + text.utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try RosterReader.read(bytes: utf16, file: "unicode.txt")
        #expect(result.encoding == .utf16LittleEndian)
        #expect(result.participants.first?.institution == "Fonasa")
    }

    @Test func tabDelimited() throws {
        let result = try read("Name\tInstitution\nAna\tSII\n")
        #expect(result.delimiter == "\t")
        #expect(result.participants.first?.institution == "SII")
    }

    @Test func quotedFieldsWithDelimitersQuotesAndLineBreaks() throws {
        let text =
            "nombre,institución,cargo\n\"Pérez, Ana\",\"Servicio \"\"Nuevo\"\"\",\"Jefa\nde unidad\"\nLuis,\"Dirección de Obras, Región\",Analista\n"
        let result = try read(text)
        #expect(result.participants.map(\.name) == ["Pérez, Ana", "Luis"])
        #expect(result.participants[0].institution == "Servicio \"Nuevo\"")
        #expect(result.participants[0].role == "Jefa de unidad")
        #expect(result.participants[1].institution == "Dirección de Obras, Región")
    }

    @Test func blankLinesAndStraySpacesAreTolerated() throws {
        let text = "\n  Nombre , Institución \n\n  Ana   María  ,  SII \n   \n\"  Luis \" , MOP\n,,\n"
        let result = try read(text)
        #expect(result.participants.map(\.name) == ["Ana María", "Luis"])
        #expect(result.participants.map(\.institution) == ["SII", "MOP"])
        #expect(result.warnings.isEmpty)
    }

    @Test func rowsWithoutNameAreSkippedWithAWarning() throws {
        let result = try read("nombre,institución\nAna,SII\n,MOP\nLuis,MOP\n")
        #expect(result.participants.map(\.name) == ["Ana", "Luis"])
        #expect(result.participants.map(\.id) == [1, 2])
        #expect(result.warnings == [.missingName(file: "inscritos.csv", line: 3)])
    }

    @Test func duplicateEmailsAreReportedNotMerged() throws {
        let result = try read("nombre,correo\nAna,ana@x.cl\nLuis,luis@x.cl\nAna P.,ANA@x.cl\n")
        #expect(result.participants.count == 3)
        #expect(result.warnings == [.duplicateEmail(file: "inscritos.csv", email: "ANA@x.cl", lines: [2, 4])])
    }

    @Test func missingNameColumnListsTheHeadersFound() {
        #expect(throws: RosterError.missingNameColumn(file: "inscritos.csv", headers: ["Correo", "Institución"])) {
            try read("Correo,Institución\na@x.cl,SII\n")
        }
    }

    @Test func emptyRosters() {
        #expect(throws: RosterError.empty(file: "inscritos.csv")) { try read("") }
        #expect(throws: RosterError.empty(file: "inscritos.csv")) { try read("\n\n  \r\n") }
        #expect(throws: RosterError.noParticipants(file: "inscritos.csv")) { try read("nombre,institución\n\n") }
    }

    @Test func unterminatedQuoteNamesItsLine() {
        #expect(throws: RosterError.unterminatedQuote(file: "inscritos.csv", line: 3)) {
            try read("nombre,institución\nAna,SII\n\"Luis,MOP\nPedro,SII\n")
        }
    }

    @Test func institutionHeaderIsNotMistakenForAName() {
        #expect(RosterColumn.match("Nombre de la institución") == .institution)
        #expect(RosterColumn.match("Nombre del servicio") == .institution)
        #expect(RosterColumn.match("Correo electrónico institucional") == .email)
        #expect(RosterColumn.match("Nombre completo") == .name)
        #expect(RosterColumn.match("Apellido materno") == .secondLastName)
        #expect(RosterColumn.match("Teléfono") == nil)
    }
}
