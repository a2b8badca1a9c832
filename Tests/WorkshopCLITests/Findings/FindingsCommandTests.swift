import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

@Suite struct FindingsCommandTests {
    @Test func writesEachFormatChosenByExtension() throws {
        let scratch = try Scratch()
        let file = try FindingsCLIFixture.session(in: scratch)
        for format in ["md", "html", "csv", "json", "qdc"] {
            let output = scratch.file("informe.\(format)")
            let run = runCLI(["findings", file, "-o", output])
            #expect(run.status == 0, "\(format): \(run.error)")
            #expect(run.output.contains("Wrote \(output)"))
            let text = try scratch.read("informe.\(format)")
            switch format {
            case "md": #expect(text.hasPrefix("# Taller de prueba\n"))
            case "html": #expect(text.hasPrefix("<!doctype html>"))
            case "csv": #expect(text.hasPrefix("\u{FEFF}nota,pregunta,"))
            case "json": #expect(try JSONValue(parsing: text)["format"] == "workshop-findings")
            default:
                #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook"))
                #expect(try scratch.read("informe-codebook.csv").hasPrefix("\u{FEFF}tema,descripción,notas,mesas,"))
                #expect(run.output.contains("informe-codebook.csv"))
            }
        }
    }

    @Test func standardOutputAndExplicitFormat() throws {
        let scratch = try Scratch()
        let file = try FindingsCLIFixture.session(in: scratch)
        let markdown = runCLI(["findings", file])
        #expect(markdown.status == 0)
        #expect(markdown.output.hasPrefix("# Taller de prueba"))
        #expect(markdown.output.contains("\\<script\\>alert(1)\\</script\\> prototipos rápidos"))
        let json = runCLI(["findings", file, "--format", "json"])
        #expect(try JSONValue(parsing: json.output)["notes"]?.arrayValue?.count == FindingsCLIFixture.notes.count)
        let qdc = runCLI(["findings", file, "--format", "qdc"])
        #expect(qdc.output.contains("<CodeBook"))
        #expect(qdc.error.contains("codebook CSV"))
        // An existing directory as -o gets findings.<format>.
        try FileManager.default.createDirectory(atPath: scratch.file("out"), withIntermediateDirectories: true)
        #expect(runCLI(["findings", file, "--format", "html", "-o", scratch.file("out")]).status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.file("out/findings.html")))
    }

    @Test func allFormatsIntoADirectory() throws {
        let scratch = try Scratch()
        let file = try FindingsCLIFixture.session(in: scratch)
        let directory = scratch.file("informe")
        let run = runCLI(["findings", file, "--format", "all", "-o", directory])
        #expect(run.status == 0, "\(run.error)")
        for name in ["findings.md", "findings.html", "findings.csv", "findings.json", "findings.qdc", "findings-codebook.csv"] {
            #expect(FileManager.default.fileExists(atPath: directory + "/" + name), "\(name) missing")
        }
        let usage = runCLI(["findings", file, "--format", "all"])
        #expect(usage.status == 64)
        #expect(usage.error.contains("-o DIR"))
    }

    @Test func usageErrors() throws {
        let scratch = try Scratch()
        let file = try FindingsCLIFixture.session(in: scratch)
        for (arguments, message) in [
            (["findings"], "missing argument <FILE>"),
            (["findings", file, "--format", "pdf"], "invalid value \"pdf\" for '--format'"),
            (["findings", file, "--similarity", "2"], "invalid value \"2\" for '--similarity'"),
            (["findings", file, "--similarity", "mucho"], "a number from 0 to 1"),
        ] {
            let run = runCLI(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.error.contains(message), "\(arguments): \(run.error)")
        }
    }

    @Test func badFilesAreAllReportedAndNothingIsWritten() throws {
        let scratch = try Scratch()
        let good = try FindingsCLIFixture.session(in: scratch)
        let text = try scratch.write("notas.txt", "esto no es una sesión\n")
        let missing = scratch.file("falta.workshop")
        let output = scratch.file("informe.html")
        let single = runCLI(["findings", missing, "-o", output])
        #expect(single.status == 1)
        #expect(single.error.hasPrefix("Error: cannot open '\(missing)'"))
        let mixed = runCLI(["findings", good, missing, text, "-o", output])
        #expect(mixed.status == 1)
        #expect(mixed.error.contains("2 of 3 session files cannot be used; nothing was written:"))
        #expect(mixed.error.contains(missing))
        #expect(mixed.error.contains(text))
        #expect(!FileManager.default.fileExists(atPath: output))
        try FileManager.default.copyItem(atPath: good, toPath: scratch.file("copia.workshop"))
        let duplicate = runCLI(["findings", good, scratch.file("copia.workshop"), "-o", output])
        #expect(duplicate.status == 1)
        #expect(duplicate.error.contains("is the same session as"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func languageIsTheSessionsUnlessGiven() throws {
        let scratch = try Scratch()
        let spanish = try FindingsCLIFixture.session(in: scratch)
        let english = try FindingsCLIFixture.session(in: scratch, name: "english.workshop", language: .en)
        // The terminal is in English, the first session in Spanish: the report follows the session.
        #expect(runCLI(["findings", spanish]).output.contains("## En cifras"))
        #expect(runCLI(["findings", english], environment: ["LANG": "es_CL.UTF-8"]).output.contains("## At a glance"))
        #expect(runCLI(["findings", spanish, "--lang", "en"]).output.contains("## At a glance"))
    }

    @Test func anonymiseAndCombine() throws {
        let scratch = try Scratch()
        let santiago = try FindingsCLIFixture.session(in: scratch)
        let temuco = try FindingsCLIFixture.session(in: scratch, name: "temuco.workshop", place: "Temuco")
        let run = runCLI(["findings", santiago, temuco, "--anonymise", "--format", "md"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Informe combinado de hallazgos de 2 sesiones"))
        #expect(run.output.contains("Como dijo Participante 1, más capacitación"))
        #expect(!run.output.contains("Camila Rojas"))
        let json = try JSONValue(parsing: runCLI(["findings", santiago, temuco, "--format", "json"]).output)
        #expect(json["sessions"]?.arrayValue?.map { $0["place"] } == ["Santiago", "Temuco"])
        #expect(json["totals"]?["notes"] == .integer(2 * FindingsCLIFixture.notes.count))
    }

    @Test func demoEndsWithTheReportInEveryFormat() throws {
        let scratch = try Scratch()
        let directory = scratch.file("demo")
        let run = runCLI(["demo", "--out", directory])
        #expect(run.status == 0, "\(run.error)")
        for name in [
            "findings.md", "findings.html", "findings.csv", "findings.json", "findings.qdc", "findings-codebook.csv",
            "certificates.html", "attendance.csv",
        ] {
            #expect(FileManager.default.fileExists(atPath: directory + "/" + name), "\(name) missing")
            #expect(run.output.contains(directory + "/" + name))
        }
        let json = try JSONValue(parsing: try scratch.read("demo/findings.json"))
        #expect(json["totals"]?["participants"] == 56)
        #expect(json["totals"]?["conclusionsKept"] == 9)
        #expect((json["crossCutting"]?.arrayValue?.count ?? 0) > 0)
        let certificates = try scratch.read("demo/certificates.html")
        #expect(certificates.components(separatedBy: "<section class=\"page\">").count - 1 == 56)
    }

    @Test func endToEndThroughTheBinary() throws {
        guard BuiltBinary.path != nil else { return }
        let scratch = try Scratch()
        let file = try FindingsCLIFixture.session(in: scratch)
        let run = try BuiltBinary.run(["findings", file, "--format", "csv"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix("\u{FEFF}nota,"))
        #expect(run.output.contains("'=HYPERLINK("))
        let text = try BuiltBinary.run(["text", "stem", "--lang", "es"], input: Data("Capacitación de funcionarios\n".utf8))
        #expect(text.status == 0)
        #expect(text.output.contains("Capacitación→capacit"))
    }
}
