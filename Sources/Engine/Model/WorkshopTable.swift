/// A table in the room. Its facilitator and systematiser stay at it all day.
public struct WorkshopTable: Hashable, Sendable, JournalCodable {
    /// Number shown on the table card, from 1.
    public var number: Int
    public var name: String
    public var facilitator: String?
    public var systematiser: String?
    /// Seats for participants, when the room imposes one.
    public var capacity: Int?

    public init(number: Int, name: String, facilitator: String? = nil, systematiser: String? = nil, capacity: Int? = nil) {
        self.number = number
        self.name = name
        self.facilitator = facilitator
        self.systematiser = systematiser
        self.capacity = capacity
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        number = try object.int("number")
        name = try object.optionalString("name") ?? "\(number)"
        facilitator = try object.optionalString("facilitator")
        systematiser = try object.optionalString("systematiser")
        capacity = try object.optionalInt("capacity")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("number", number)
        writer.field("name", name)
        writer.field("facilitator", facilitator)
        writer.field("systematiser", systematiser)
        writer.field("capacity", capacity)
        writer.endObject()
    }
}
