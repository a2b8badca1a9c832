/// One session of a report: what it was (title, date, place, method), the numbers its report
/// opens with, its attendance and its agenda as it ran. A combined report has one per file.
public struct FindingsSession: Hashable, Sendable {
    /// A table with its staff.
    public struct Table: Hashable, Sendable {
        /// The table's number.
        public var number: Int
        /// Its name.
        public var name: String
        /// The facilitator, if named (a pseudonym with `--anonymise`).
        public var facilitator: String?
        /// The systematiser, if named (a pseudonym with `--anonymise`).
        public var systematiser: String?
        /// Hosts who stayed at the table (pseudonyms with `--anonymise`).
        public var hosts: [String]

        /// Creates a table line.
        public init(number: Int, name: String, facilitator: String?, systematiser: String?, hosts: [String]) {
            self.number = number
            self.name = name
            self.facilitator = facilitator
            self.systematiser = systematiser
            self.hosts = hosts
        }
    }

    /// Position in the report, from 1.
    public var position: Int
    /// The session's random id (journal header), which names its GUIDs.
    public var id: String
    /// The file it was read from (its name, without directories).
    public var file: String
    /// The title.
    public var title: String
    /// The day, `YYYY-MM-DD`, if given.
    public var date: String?
    /// Where it took place.
    public var place: String?
    /// The method's id.
    public var method: String
    /// The method's name in the report's language, when known.
    public var methodName: String?
    /// The language notes were taken in.
    public var language: Language
    /// Whether votes show voters.
    public var openBallots: Bool
    /// Numbers of the session.
    public var counts: FindingsCounts
    /// Who came.
    public var attendance: AttendanceSummary
    /// The agenda as it ran.
    public var agenda: AgendaRun
    /// Its tables and staff.
    public var tables: [Table]

    /// Creates a session.
    public init(
        position: Int, id: String, file: String, title: String, date: String?, place: String?, method: String,
        methodName: String?, language: Language, openBallots: Bool, counts: FindingsCounts,
        attendance: AttendanceSummary, agenda: AgendaRun, tables: [Table]
    ) {
        self.position = position
        self.id = id
        self.file = file
        self.title = title
        self.date = date
        self.place = place
        self.method = method
        self.methodName = methodName
        self.language = language
        self.openBallots = openBallots
        self.counts = counts
        self.attendance = attendance
        self.agenda = agenda
        self.tables = tables
    }
}
