/// What a session is: title, date and place, the method and its parameters.
public struct SessionInfo: Hashable, Sendable, JournalCodable {
    public var title: String
    /// The day of the workshop, `YYYY-MM-DD`, if given.
    public var date: String?
    /// Planned start, `HH:MM` local time, if given.
    public var startTime: String?
    public var place: String?
    /// Id of the method the session was planned with.
    public var method: String
    /// The parameters the method was given, as a JSON object.
    public var parameters: JSONValue
    /// Seed used for every random choice (seating, demo), so plans are reproducible.
    public var seed: Int
    /// The language reports default to.
    public var language: Language
    /// Whether votes show voter names in exports.
    public var openBallots: Bool

    public init(
        title: String, date: String? = nil, startTime: String? = nil, place: String? = nil, method: String,
        parameters: JSONValue = .object([]), seed: Int = 1, language: Language = .es, openBallots: Bool = false
    ) {
        self.title = title
        self.date = date
        self.startTime = startTime
        self.place = place
        self.method = method
        self.parameters = parameters
        self.seed = seed
        self.language = language
        self.openBallots = openBallots
    }

    /// The info of a journal that has no `session.created` event yet.
    public static let unnamed = SessionInfo(title: "", method: "")

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        title = try object.string("title")
        date = try object.optionalString("date")
        startTime = try object.optionalString("start")
        place = try object.optionalString("place")
        method = try object.string("method")
        parameters = object.member("parameters").map(JSONValue.init) ?? .object([])
        seed = try object.optionalInt("seed") ?? 1
        language = Language(code: try object.optionalString("lang") ?? "es") ?? .es
        openBallots = try object.bool("openBallots", default: false)
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("title", title)
        writer.field("date", date)
        writer.field("start", startTime)
        writer.field("place", place)
        writer.field("method", method)
        writer.key("parameters")
        parameters.write(to: &writer)
        writer.field("seed", seed)
        writer.field("lang", language.rawValue)
        writer.field("openBallots", openBallots)
        writer.endObject()
    }
}
