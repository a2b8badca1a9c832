/// A table in the room. Its facilitator and systematiser stay at it all day.
///
/// A table may also have *hosts*: participants who sit at this table in every round and
/// never move (the World Café host who welcomes each new group and tells it what was said
/// before). Hosts are participant ids; the seating keeps them here, counts them in the
/// table's size, and seats everyone else around them. (For the seating planner a host is
/// a person whose `hostTable` is this table.)
public struct WorkshopTable: Hashable, Sendable, JournalCodable {
    /// Number shown on the table card, from 1.
    public var number: Int
    public var name: String
    public var facilitator: String?
    public var systematiser: String?
    /// Seats for participants, when the room imposes one.
    public var capacity: Int?
    /// Ids of the participants who stay at this table in every round (hosts), in order.
    public var hosts: [Int]

    public init(
        number: Int, name: String, facilitator: String? = nil, systematiser: String? = nil, capacity: Int? = nil,
        hosts: [Int] = []
    ) {
        self.number = number
        self.name = name
        self.facilitator = facilitator
        self.systematiser = systematiser
        self.capacity = capacity
        self.hosts = hosts
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        number = try object.int("number")
        name = try object.optionalString("name") ?? "\(number)"
        facilitator = try object.optionalString("facilitator")
        systematiser = try object.optionalString("systematiser")
        capacity = try object.optionalInt("capacity")
        hosts = try object.ints("hosts")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("number", number)
        writer.field("name", name)
        writer.field("facilitator", facilitator)
        writer.field("systematiser", systematiser)
        writer.field("capacity", capacity)
        if !hosts.isEmpty { writer.field("hosts", hosts) }
        writer.endObject()
    }
}
