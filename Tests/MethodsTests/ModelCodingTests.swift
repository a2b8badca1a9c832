import Engine
import Testing

/// The fields added for methods (hosts, movement, mode, sub-groups, voted questions) round-trip
/// through the journal, and journals written before them still read.
@Suite struct ModelCodingTests {
    static func decode<Value: JournalCodable>(_ text: String, as type: Value.Type) throws -> Value {
        var tape = JSONTape()
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            try tape.parse(buffer)
            return try tape.withRoot { root throws -> Value in
                guard let object = root.object else { throw JSONDecodingError(path: [], problem: .missing) }
                return try Value(from: object)
            }
        }
    }

    static func roundTrip<Value: JournalCodable & Equatable>(_ value: Value) throws -> Value {
        var writer = JSONWriter()
        value.write(to: &writer)
        return try decode(writer.string, as: Value.self)
    }

    @Test func oldLinesReadWithDefaults() throws {
        let round = try Self.decode(#"{"round":2,"tables":[{"table":1,"question":1,"canvas":"c"}]}"#, as: RoundPlan.self)
        #expect(round.movement == .rotate && round.mode == .diverge && round.groupSize == nil)
        let table = try Self.decode(#"{"number":3,"name":"3"}"#, as: WorkshopTable.self)
        #expect(table.hosts.isEmpty)
        let seating = try Self.decode(#"{"table":1,"participants":[4,5]}"#, as: TableSeating.self)
        #expect(seating.groups.isEmpty)
        let voting = try Self.decode(#"{"rule":"dots","keep":3}"#, as: VotingPlan.self)
        #expect(voting.questions == nil)
    }

    @Test func newFieldsRoundTrip() throws {
        let round = RoundPlan(
            round: 3, assignments: [TableAssignment(table: 1, question: 2, canvas: "c")], movement: .home, mode: .converge,
            groupSize: 2)
        #expect(try Self.roundTrip(round) == round)
        let table = WorkshopTable(number: 2, name: "Dos", hosts: [7, 9])
        #expect(try Self.roundTrip(table) == table)
        let seating = TableSeating(table: 1, participants: [1, 2, 3], groups: [[1, 2], [3]])
        #expect(try Self.roundTrip(seating) == seating)
        let voting = VotingPlan(rule: .borda, keep: 2, questions: [2, 4])
        #expect(try Self.roundTrip(voting) == voting)
    }

    @Test func badValuesNameTheirMember() {
        #expect(
            throws: JSONDecodingError(
                path: [.key("movement")], problem: .invalidValue(expected: "rotate, stay or home", found: "\"jump\""))
        ) {
            try Self.decode(#"{"round":1,"tables":[],"movement":"jump"}"#, as: RoundPlan.self)
        }
        #expect(
            throws: JSONDecodingError(
                path: [.key("groups"), .index(0), .index(1)], problem: .typeMismatch(expected: "an integer", found: "a string"))
        ) {
            try Self.decode(#"{"table":1,"participants":[1],"groups":[[1,"x"]]}"#, as: TableSeating.self)
        }
    }
}
