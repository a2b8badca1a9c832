/// Who came: registered, present, absent and walk-ins, in all and by institution and region.
///
/// "Registered" counts everyone on the roster (walk-ins are not). Attendance is taken once at
/// least one person is marked present (check-in started); until then everyone registered
/// and not marked absent counts as having attended (the roster is all there is; an absence
/// marked beforehand is a cancellation). Once it is taken, registered people neither present
/// nor absent are "not checked in" and do not count as attended.
public struct AttendanceSummary: Hashable, Sendable {
    /// Counts for one institution or region.
    public struct Group: Hashable, Sendable {
        /// The institution or region ("" when the roster did not say).
        public var name: String
        /// On the roster.
        public var registered: Int
        /// Came (present, walk-ins, and registered people when attendance was not taken).
        public var attended: Int
        /// Marked absent.
        public var absent: Int
        /// Came without being on the roster.
        public var walkIns: Int

        /// Creates a group.
        public init(name: String, registered: Int = 0, attended: Int = 0, absent: Int = 0, walkIns: Int = 0) {
            self.name = name
            self.registered = registered
            self.attended = attended
            self.absent = absent
            self.walkIns = walkIns
        }
    }

    /// On the roster.
    public var registered: Int
    /// Checked in.
    public var present: Int
    /// Marked absent.
    public var absent: Int
    /// Came without being on the roster.
    public var walkIns: Int
    /// On the roster, neither present nor absent, after attendance was taken.
    public var notCheckedIn: Int
    /// Everyone who came.
    public var attended: Int
    /// Whether anyone was marked present (check-in started).
    public var attendanceTaken: Bool
    /// By institution, most attended first.
    public var byInstitution: [Group]
    /// By region, most attended first.
    public var byRegion: [Group]

    /// Whether a participant with `status` counts as having attended, given whether
    /// attendance was taken.
    public static func attended(_ status: AttendanceStatus, attendanceTaken: Bool) -> Bool {
        switch status {
        case .present, .walkIn: return true
        case .absent: return false
        case .registered: return !attendanceTaken
        }
    }

    /// Whether attendance was taken among `participants`: someone was checked in.
    public static func isTaken(_ participants: [Participant]) -> Bool {
        participants.contains { $0.status == .present }
    }

    /// The attendance of `participants`.
    public init(participants: [Participant]) {
        let taken = Self.isTaken(participants)
        attendanceTaken = taken
        registered = participants.filter { $0.status != .walkIn }.count
        present = participants.filter { $0.status == .present }.count
        absent = participants.filter { $0.status == .absent }.count
        walkIns = participants.filter { $0.status == .walkIn }.count
        notCheckedIn = taken ? participants.filter { $0.status == .registered }.count : 0
        attended = participants.filter { Self.attended($0.status, attendanceTaken: taken) }.count
        byInstitution = Self.groups(participants, taken: taken) { $0.institution }
        byRegion = Self.groups(participants, taken: taken) { $0.region }
    }

    /// Sums of several summaries (a combined report), groups merged by name.
    public init(combining summaries: [AttendanceSummary]) {
        registered = summaries.reduce(0) { $0 + $1.registered }
        present = summaries.reduce(0) { $0 + $1.present }
        absent = summaries.reduce(0) { $0 + $1.absent }
        walkIns = summaries.reduce(0) { $0 + $1.walkIns }
        notCheckedIn = summaries.reduce(0) { $0 + $1.notCheckedIn }
        attended = summaries.reduce(0) { $0 + $1.attended }
        attendanceTaken = summaries.contains { $0.attendanceTaken }
        byInstitution = Self.merge(summaries.map(\.byInstitution))
        byRegion = Self.merge(summaries.map(\.byRegion))
    }

    private static func groups(_ participants: [Participant], taken: Bool, key: (Participant) -> String) -> [Group] {
        var order: [String] = []
        var groups: [String: Group] = [:]
        for participant in participants {
            let name = key(participant).trimmingWhitespace()
            if groups[name] == nil {
                order.append(name)
                groups[name] = Group(name: name)
            }
            groups[name]?.registered += participant.status == .walkIn ? 0 : 1
            groups[name]?.attended += attended(participant.status, attendanceTaken: taken) ? 1 : 0
            groups[name]?.absent += participant.status == .absent ? 1 : 0
            groups[name]?.walkIns += participant.status == .walkIn ? 1 : 0
        }
        return sorted(order.compactMap { groups[$0] })
    }

    private static func merge(_ lists: [[Group]]) -> [Group] {
        var order: [String] = []
        var groups: [String: Group] = [:]
        for group in lists.joined() {
            let key = NameFolding.fold(group.name)
            if var existing = groups[key] {
                existing.registered += group.registered
                existing.attended += group.attended
                existing.absent += group.absent
                existing.walkIns += group.walkIns
                groups[key] = existing
            } else {
                order.append(key)
                groups[key] = group
            }
        }
        return sorted(order.compactMap { groups[$0] })
    }

    /// Most attended first, then by name; the unnamed group last.
    private static func sorted(_ groups: [Group]) -> [Group] {
        groups.sorted {
            if $0.name.isEmpty != $1.name.isEmpty { return !$0.name.isEmpty }
            if $0.attended != $1.attended { return $0.attended > $1.attended }
            if $0.registered != $1.registered { return $0.registered > $1.registered }
            return $0.name < $1.name
        }
    }
}
