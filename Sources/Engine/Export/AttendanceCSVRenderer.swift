/// The attendance list as CSV (``CSVText``: UTF-8 with BOM, RFC 4180, formulas neutralised):
/// id, name, institution, region, role, e-mail, status, attended.
public struct AttendanceCSVRenderer: Sendable {
    /// The session's attendance.
    public let list: AttendanceList
    /// The language of the headers and values.
    public let localizer: Localizer

    /// Creates the renderer.
    public init(list: AttendanceList, localizer: Localizer) {
        self.list = list
        self.localizer = localizer
    }

    /// The file's text.
    public func render() -> String {
        let l = localizer
        let header = [
            "id", l.text(.findingsCSVName), l.text(.findingsCSVInstitution), l.text(.findingsCSVRegion), l.text(.findingsCSVRole),
            l.text(.findingsCSVEmail), l.text(.findingsCSVStatus), l.text(.findingsCSVAttended),
        ]
        let rows = list.entries.map { entry -> [String] in
            let person = entry.participant
            let status: TextKey
            switch person.status {
            case .registered: status = .findingsStatusRegistered
            case .present: status = .findingsStatusPresent
            case .absent: status = .findingsStatusAbsent
            case .walkIn: status = .findingsStatusWalkIn
            }
            return [
                String(person.id), person.name, person.institution, person.region, person.role, person.email,
                l.text(status), l.text(entry.attended ? .findingsYes : .findingsNo),
            ]
        }
        return CSVText.document(header: header, rows: rows)
    }
}
