import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

@Suite struct CertificatesCommandTests {
    @Test func writesCertificatesAndAttendanceWithoutOverwriting() throws {
        let scratch = try Scratch()
        let file = try FindingsCLIFixture.session(in: scratch)
        let directory = scratch.file("certificados")
        let run = runCLI(["certificates", file, "-o", directory])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("certificates.html (12 certificates)"))
        #expect(run.error.contains("attendance was not taken"))
        let html = try scratch.read("certificados/certificates.html")
        #expect(html.components(separatedBy: "<section class=\"page\">").count - 1 == 12)
        #expect(html.contains("Certificado de participación"))
        #expect(html.contains("Camila Rojas Fuentes"))
        let csv = try CSVTable(bytes: Array(try scratch.read("certificados/attendance.csv").utf8))
        #expect(csv.rows.count == 13)

        try scratch.write("certificados/attendance.csv", "mine\n")
        let again = runCLI(["certificates", file, "-o", directory])
        #expect(again.status == 1)
        #expect(again.error.contains("already exist; add --force"))
        #expect(try scratch.read("certificados/attendance.csv") == "mine\n")
        let forced = runCLI(["certificates", file, "-o", directory, "--force", "--lang", "en"])
        #expect(forced.status == 0)
        #expect(try scratch.read("certificados/certificates.html").contains("Certificate of attendance"))
        #expect(try scratch.read("certificados/attendance.csv") != "mine\n")

        let aFile = try scratch.write("plain.txt", "x")
        #expect(runCLI(["certificates", file, "-o", aFile]).status == 1)
        #expect(runCLI(["certificates", file]).status == 64)
    }
}
