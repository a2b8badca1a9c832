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

    public init(table: Int, participants: [Int]) {
        self.table = table
        self.participants = participants
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        table = try object.int("table")
        participants = try object.ints("participants")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("table", table)
        writer.field("participants", participants)
        writer.endObject()
    }
}
