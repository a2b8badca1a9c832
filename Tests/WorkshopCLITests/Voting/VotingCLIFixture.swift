import Catalog
import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

/// Sessions with named participants for the voting and capture command tests.
enum VotingCLIFixture {
    /// Written for these tests; the last one is marked absent when asked.
    static let names = [
        "Camila Rojas Fuentes", "José Núñez Pérez", "Valentina Paz Olmos", "Tomás Aravena Lagos", "Josefa Muñoz Tapia",
        "Andrés Ibáñez Rojas", "Francisca Lagos Mena", "Ignacio Vera Soto", "Catalina Díaz Pino", "Matías Fuentes Araya",
        "Fernanda Soto Ríos", "Benjamín Castro Leiva",
    ]

    /// A session file planned with opsi-facets (3 tables, 3 questions, 3 rounds).
    static func session(in scratch: Scratch, openBallots: Bool = false, absentLast: Bool = false) throws -> String {
        let participants = names.enumerated().map { offset, name in
            Participant(
                id: offset + 1, name: name, institution: "Servicio \(offset % 4 + 1)",
                status: absentLast && offset == names.count - 1 ? .absent : .registered)
        }
        let method = try Catalog.registry().require("opsi-facets")
        let events = try SessionFactory.events(
            info: SessionInfo(title: "Taller de prueba", method: "opsi-facets", openBallots: openBallots), method: method,
            participants: participants, parameters: try MethodParameters(resolving: [], for: method.description))
        let path = scratch.file("taller.workshop")
        _ = try Session.create(
            at: path, events: events, clock: ManualTimeSource(start: Timestamp(year: 2026, month: 12, day: 1, hour: 12)))
        return path
    }

    /// The file's bytes (to check that a refused command wrote nothing).
    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Runs a command that must succeed.
    @discardableResult
    static func ok(_ arguments: [String], input: String = "", language: String = "en_US.UTF-8") throws -> CLIRun {
        let run = runCLI(arguments, input: input, environment: ["LANG": language])
        guard run.status == 0 else { throw CLITestFailure(run: run) }
        return run
    }

    /// Adds conclusions to a question.
    static func conclusions(_ texts: [String], question: Int, file: String) throws {
        for text in texts { try ok(["conclusion", "add", file, "--question", String(question), text]) }
    }
}
