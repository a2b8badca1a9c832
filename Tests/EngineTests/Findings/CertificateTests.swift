import Testing

@testable import Engine

@Suite struct CertificateTests {
    @Test func onePagePerAttendeeWithEscapedText() throws {
        var fixture = try FindingsFixture(
            people: 5, title: "Taller <i>de</i> prueba", statuses: [1: .present, 2: .absent, 3: .present])
        fixture.apply([
            ParticipantsRegistered(participants: [Participant(id: 6, name: "Ana \"><script>x</script>", status: .walkIn)])
        ])
        let list = AttendanceList(state: fixture.state)
        #expect(list.attendees.map(\.id) == [1, 3, 6])
        let html = CertificateRenderer(list: list, localizer: Localizer(language: .es)).render()
        #expect(html.components(separatedBy: "<section class=\"page\">").count - 1 == 3)
        #expect(html.contains("Camila Rojas Fuentes"))
        #expect(!html.contains("José Núñez Pérez"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("Ana &quot;&gt;&lt;script&gt;x&lt;/script&gt;"))
        #expect(html.contains("«Taller &lt;i&gt;de&lt;/i&gt; prueba»"))
        #expect(html.contains("realizado el 1 de diciembre de 2026 en Valparaíso."))
        #expect(html.contains("size: A4 landscape"))
        let csv = try CSVTable(bytes: Array(AttendanceCSVRenderer(list: list, localizer: Localizer(language: .es)).render().utf8))
        #expect(csv.rows.count == 7)
        #expect(csv.rows.first?.fields == ["id", "nombre", "institución", "región", "cargo", "correo", "estado", "asistió"])
        #expect(csv.rows.dropFirst().map { $0.fields[7] } == ["sí", "no", "sí", "no", "no", "sí"])
        #expect(csv.rows[2].fields[6] == "ausente")
    }

    @Test func noAttendeesSaysSo() throws {
        var state = SessionState()
        state.info = SessionInfo(title: "Cancelled", method: "opsi-facets")
        state.participants = [
            Participant(id: 1, name: "Ana", status: .absent), Participant(id: 2, name: "Luis", status: .absent),
        ]
        let html = CertificateRenderer(list: AttendanceList(state: state), localizer: Localizer(language: .en)).render()
        #expect(html.contains("Nobody attended this session"))
        #expect(!html.contains("class=\"page\""))
    }
}
