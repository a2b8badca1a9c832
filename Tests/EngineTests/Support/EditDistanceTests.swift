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

@Suite struct SeededGeneratorTests {
    @Test func sameSeedSameSequence() {
        var a = SeededGenerator(seed: 42)
        var b = SeededGenerator(seed: 42)
        var c = SeededGenerator(seed: 43)
        let sa = (0..<8).map { _ in a.next() }
        let sb = (0..<8).map { _ in b.next() }
        let sc = (0..<8).map { _ in c.next() }
        #expect(sa == sb)
        #expect(sa != sc)
        #expect(Set(sa).count == 8)
    }

    @Test func shuffleIsReproducible() {
        var a = SeededGenerator(seed: 7)
        var b = SeededGenerator(seed: 7)
        #expect(Array(0..<20).shuffled(using: &a) == Array(0..<20).shuffled(using: &b))
    }
}
