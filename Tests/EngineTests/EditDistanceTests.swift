import Testing
@testable import Engine

@Suite struct EditDistanceTests {
    @Test func distances() {
        #expect(EditDistance.distance("status", "status") == 0)
        #expect(EditDistance.distance("stauts", "status") == 1)  // transposition
        #expect(EditDistance.distance("note", "notes") == 1)
        #expect(EditDistance.distance("", "abc") == 3)
        #expect(EditDistance.distance("kitten", "sitting") == 3)
    }

    @Test func suggestions() {
        let commands = ["new", "status", "note", "methods", "demo"]
        #expect(EditDistance.suggestion(for: "stats", among: commands) == "status")
        #expect(EditDistance.suggestion(for: "metods", among: commands) == "methods")
        #expect(EditDistance.suggestion(for: "xyzzy", among: commands) == nil)
    }
}
