/// Whether a person on the roster came on the day.
public enum AttendanceStatus: String, CaseIterable, Sendable {
    /// On the roster; not yet checked in.
    case registered
    /// On the roster and checked in.
    case present
    /// On the roster and confirmed absent.
    case absent
    /// Not on the roster; arrived and was added on the day.
    case walkIn = "walk-in"

    /// Whether the person is in the room (and so is seated and may vote).
    ///
    /// Until check-in starts, registered people count as present: a session planned from a
    /// roster seats everyone on it.
    public var isSeated: Bool { self != .absent }
}

/// A person taking part in a workshop.
public struct Participant: Hashable, Sendable, Identifiable, JournalCodable {
    /// Stable number within the session, from 1, in roster order; walk-ins continue it.
    public var id: Int
    public var name: String
    public var institution: String
    public var region: String
    public var email: String
    /// Job title or position ("cargo").
    public var role: String
    public var status: AttendanceStatus

    public init(
        id: Int, name: String, institution: String = "", region: String = "", email: String = "", role: String = "",
        status: AttendanceStatus = .registered
    ) {
        self.id = id
        self.name = name
        self.institution = institution
        self.region = region
        self.email = email
        self.role = role
        self.status = status
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        id = try object.int("id")
        name = try object.string("name")
        institution = try object.optionalString("institution") ?? ""
        region = try object.optionalString("region") ?? ""
        email = try object.optionalString("email") ?? ""
        role = try object.optionalString("role") ?? ""
        let statusText = try object.optionalString("status") ?? AttendanceStatus.registered.rawValue
        guard let status = AttendanceStatus(rawValue: statusText) else {
            throw JSONDecodingError(
                path: [.key("status")],
                problem: .invalidValue(expected: "registered, present, absent or walk-in", found: "\"\(statusText)\""))
        }
        self.status = status
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("name", name)
        if !institution.isEmpty { writer.field("institution", institution) }
        if !region.isEmpty { writer.field("region", region) }
        if !email.isEmpty { writer.field("email", email) }
        if !role.isEmpty { writer.field("role", role) }
        writer.field("status", status.rawValue)
        writer.endObject()
    }
}
