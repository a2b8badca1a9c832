import Foundation
import Testing

@testable import Engine

/// `workshop checkin` and `workshop mix` through the real process.
@Suite(.enabled(if: BuiltBinary.path != nil, "build the workshop binary first (swift build)"))
struct SeatingBinaryTests {
    @Test func checkInThenMix() throws {
        let scratch = try Scratch()
        let path = try makeSession(in: scratch)
        let checkin = try BuiltBinary.run([
            "checkin", path, "--absent", "Persona 4", "--walk-in", "Rosa Vidal;Salud", "--all-present",
        ])
        #expect(checkin.status == 0, "\(checkin.error)")
        #expect(checkin.output.contains("Walk-ins (1): Rosa Vidal (#25, Salud)"))
        let state = try Session.open(at: path).state
        #expect(state.seating.allSatisfy { $0.table(of: 25) != nil && $0.table(of: 4) == nil })
        let refused = try BuiltBinary.run(["checkin", path, "--present", "Nadie Conocido"])
        #expect(refused.status == 1)
        #expect(try Session.open(at: path).state.eventCount == state.eventCount)

        let mix = try BuiltBinary.run(["mix", "--people", "16", "--groups", "4", "--rounds", "5", "--format", "json"])
        #expect(mix.status == 0)
        let json = try JSONValue(parsing: Array(mix.output.utf8))
        #expect(json["rounds"]?.arrayValue?.count == 5)
        #expect(json["quality"]?["repeatedPairs"] == 0)
    }
}
