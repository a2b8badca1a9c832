/// Who sits at which table in one round.
public struct RoundSeating: Hashable, Sendable, JournalCodable {
    /// Round number, from 1.
    public var round: Int
    public var tables: [TableSeating]

    public init(round: Int, tables: [TableSeating]) {
        self.round = round
        self.tables = tables
    }

    /// The table number where participant `id` sits in this round.
    public func table(of participant: Int) -> Int? {
        tables.first { $0.participants.contains(participant) }?.table
    }

    /// The participants at table number `table`.
    public func participants(atTable table: Int) -> [Int] {
        tables.first { $0.table == table }?.participants ?? []
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        round = try object.int("round")
        tables = try object.decode("tables", as: [TableSeating].self)
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("round", round)
        writer.field("tables", tables)
        writer.endObject()
    }
}

/// The participants (by id) at one table in one round.
public struct TableSeating: Hashable, Sendable, JournalCodable {
    public var table: Int
    public var participants: [Int]
    /// When the round works in sub-groups (``RoundPlan/groupSize``): the sub-groups, which
    /// together hold exactly ``participants``. Empty when the table works as one group.
    public var groups: [[Int]]

    public init(table: Int, participants: [Int], groups: [[Int]] = []) {
        self.table = table
        self.participants = participants
        self.groups = groups
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        table = try object.int("table")
        participants = try object.ints("participants")
        var groups: [[Int]] = []
        if let array = try object.optionalArray("groups") {
            for (position, element) in array.enumerated() {
                guard let members = element.array else {
                    throw JSONDecodingError(
                        path: [.key("groups"), .index(position)],
                        problem: .typeMismatch(expected: "an array of integers", found: element.kindName))
                }
                var group: [Int] = []
                for (offset, member) in members.enumerated() {
                    guard let id = member.int else {
                        throw JSONDecodingError(
                            path: [.key("groups"), .index(position), .index(offset)],
                            problem: .typeMismatch(expected: "an integer", found: member.kindName))
                    }
                    group.append(id)
                }
                groups.append(group)
            }
        }
        self.groups = groups
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("table", table)
        writer.field("participants", participants)
        if !groups.isEmpty {
            writer.key("groups")
            writer.beginArray()
            for group in groups {
                writer.beginArray()
                for id in group { writer.value(id) }
                writer.endArray()
            }
            writer.endArray()
        }
        writer.endObject()
    }
}
