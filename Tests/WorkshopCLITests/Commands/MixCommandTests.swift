import Engine
import Foundation
import Testing

@testable import WorkshopCLI

@Suite struct MixCommandTests {
    /// Pairs meeting more than once, counted from the JSON rounds.
    static func repeats(_ rounds: [[[JSONValue]]]) -> Int {
        var met: [String: Int] = [:]
        for round in rounds {
            for group in round {
                let names = group.map { "\($0)" }
                for a in names {
                    for b in names where a < b { met[a + "|" + b, default: 0] += 1 }
                }
            }
        }
        return met.values.reduce(0) { $0 + max(0, $1 - 1) }
    }

    static func rounds(_ json: JSONValue) -> [[[JSONValue]]] {
        (json["rounds"]?.arrayValue ?? []).map { ($0.arrayValue ?? []).map { $0.arrayValue ?? [] } }
    }

    @Test(arguments: [(12, 4, 3), (32, 8, 10), (17, 5, 4), (6, 6, 2)])
    func jsonShapeAndValues(people: Int, groups: Int, rounds: Int) throws {
        let run = CLITesting.run([
            "mix", "--people", String(people), "--groups", String(groups), "--rounds", String(rounds), "--format", "json",
        ])
        #expect(run.code == 0, "\(run.errors)")
        let json = try JSONValue(parsing: run.output)
        #expect(json.objectValue?.map(\.key) == ["rounds", "quality"])
        let plan = Self.rounds(json)
        #expect(plan.count == rounds)
        for round in plan {
            #expect(round.count == groups)
            let everyone = round.flatMap { $0 }.compactMap(\.intValue)
            #expect(everyone.sorted() == Array(1...people))
            let sizes = round.map(\.count)
            #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
            for group in round { #expect(group.compactMap(\.intValue) == group.compactMap(\.intValue).sorted()) }
        }
        let quality = try #require(json["quality"])
        #expect(quality["repeatedPairs"]?.intValue == Self.repeats(plan))
        #expect((quality["repeatedPairs"]?.intValue ?? 0) >= (quality["repeatedPairsLowerBound"]?.intValue ?? 0))
        #expect(quality["tableSizeSpread"]?.intValue == (people % groups == 0 ? 0 : 1))
        // 8 groups of 4 for 10 rounds is a known repeat-free design.
        if people == 32 { #expect(quality["repeatedPairs"] == 0) }
    }

    @Test func impossibleZeroPrintsTheLowerBound() throws {
        // Two groups of 5, twice: every group of the second round holds people who just met.
        let text = CLITesting.run(["mix", "--people", "10", "--groups", "2", "--rounds", "2", "--lang", "en", "--no-color"])
        #expect(text.code == 0)
        let json = try JSONValue(parsing: CLITesting.run(["mix", "-n", "10", "-g", "2", "-r", "2", "--format", "json"]).output)
        let quality = try #require(json["quality"])
        #expect(quality["zeroRepeatsImpossible"] == true)
        let bound = try #require(quality["repeatedPairsLowerBound"]?.intValue)
        #expect(bound > 0)
        #expect(text.output.contains("(lower bound \(bound): zero is impossible here)"))
        #expect(text.output.contains("Round 2\n  Group 1  "))
        #expect(!text.output.contains("Same-institution"), "no institutions without a roster")
        let possible = CLITesting.run(["mix", "--people", "9", "--groups", "3", "--rounds", "2", "--lang", "en"])
        #expect(possible.output.contains("Repeated pairs: 0\n"))
    }

    @Test func rosterNamesPeopleAndKeepsInstitutionsApart() throws {
        let scratch = try Scratch()
        var lines = ["Nombre,Institución,Región"]
        for index in 0..<16 { lines.append("Persona \(index + 1),Servicio \(index / 4),Maule") }
        let roster = try scratch.write("r.csv", lines.joined(separator: "\n") + "\n")
        let run = CLITesting.run(["mix", "--roster", roster, "--groups", "4", "--rounds", "3", "--format", "json"])
        #expect(run.code == 0, "\(run.errors)")
        let json = try JSONValue(parsing: run.output)
        let plan = Self.rounds(json)
        for round in plan {
            #expect(Set(round.flatMap { $0 }.compactMap(\.stringValue)) == Set((1...16).map { "Persona \($0)" }))
            for group in round {
                let institutions = group.compactMap(\.stringValue).map { name in
                    ((Int(name.split(separator: " ")[1]) ?? 0) - 1) / 4
                }
                #expect(Set(institutions).count == group.count, "one person per institution in \(group)")
            }
        }
        #expect(json["quality"]?["sameInstitutionPairs"] == 0)
        let text = CLITesting.run(["mix", "--roster", roster, "--groups", "4", "--rounds", "3", "--lang", "es"])
        #expect(text.output.contains("Parejas de la misma institución en una mesa: 0"))
        let mismatch = CLITesting.run([
            "mix", "--roster", roster, "--people", "20", "--groups", "4", "--rounds", "3", "--lang", "en",
        ])
        #expect(mismatch.code == 64)
        #expect(mismatch.errors.contains("--people 20 but \(roster) lists 16 people"))
    }

    @Test func seedsAndErrors() {
        let first = CLITesting.run(["mix", "-n", "20", "-g", "4", "-r", "3", "--seed", "5", "--format", "json"])
        let again = CLITesting.run(["mix", "-n", "20", "-g", "4", "-r", "3", "--seed", "5", "--format", "json"])
        #expect(first.output == again.output)
        let none = CLITesting.run(["mix", "--groups", "3", "--rounds", "2", "--lang", "en"])
        #expect(none.code == 64 && none.errors.contains("give the number of people"))
        let tooMany = CLITesting.run(["mix", "--people", "3", "--groups", "4", "--rounds", "2", "--lang", "en"])
        #expect(tooMany.code == 64 && tooMany.errors.contains("4 groups for 3 people"))
        let missing = CLITesting.run(["mix", "--people", "3", "--rounds", "2"])
        #expect(missing.code == 64)
    }
}
