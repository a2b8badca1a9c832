import Engine

/// The seating quality (``SeatingReport``) as lines for people: repeated pairs (with the
/// proven lower bound where zero is impossible), the largest meeting count, same-institution
/// and same-region pairs against their bounds, new contacts per person, table-size spread,
/// coverage and capacity; broken rules only when there are any.
struct QualityText {
    let report: SeatingReport
    let localizer: Localizer
    /// Whether the plan is a session's (questions, capacities, rounds that stay); `workshop mix`
    /// leaves those lines out.
    var isSession = true
    /// Whether people have institutions and regions to report on.
    var hasKinds = true

    /// `80 (lower bound 80: zero is impossible here) · optimal` or `0`.
    var repeats: String {
        var value = String(report.repeatedPairs)
        if report.zeroRepeatsImpossible {
            value = localizer.text(
                .qualityRepeatsBound, ["value": value, "bound": String(report.repeatedPairsLowerBound)])
            if report.repeatedPairs == report.repeatedPairsLowerBound { value += " · " + localizer.text(.qualityOptimal) }
        }
        return value
    }

    /// One line per figure, without indentation.
    var lines: [String] {
        let l = localizer
        var lines = [
            l.text(.qualityRepeats, ["value": repeats]),
            l.text(.qualityMaximumMeetings, ["value": String(report.maximumMeetings)]),
        ]
        if hasKinds {
            lines.append(
                l.text(
                    .qualitySameInstitution,
                    ["value": String(report.sameInstitutionPairs), "bound": String(report.sameInstitutionPairsLowerBound)]))
            lines.append(
                l.text(
                    .qualitySameRegion,
                    ["value": String(report.sameRegionPairs), "bound": String(report.sameRegionPairsLowerBound)]))
        }
        lines.append(
            l.text(
                .qualityNewContacts,
                ["minimum": String(report.newContactsMinimum), "mean": Self.decimal(report.newContactsMean, l.language)]))
        lines.append(l.text(.qualityTableSpread, ["value": String(report.tableSizeSpread)]))
        if isSession { lines.append(l.text(.qualityCoverage, ["value": String(report.coverageViolations)])) }
        if report.capacityViolations > 0 { lines.append(l.text(.qualityCapacity, ["value": String(report.capacityViolations)])) }
        if !report.hardRuleViolations.isEmpty {
            lines.append(l.text(.qualityHardRules, ["value": report.hardRuleViolations.joined(separator: "; ")]))
        }
        if isSession { lines.append(l.text(.qualityRounds, ["count": String(report.plannedRounds)])) }
        if !report.method.isEmpty { lines.append(l.text(.qualityMethod, ["method": report.method])) }
        return lines
    }

    /// `23.4` in English, `23,4` in Spanish.
    static func decimal(_ value: Double, _ language: Language) -> String {
        let tenths = Int((value * 10).rounded())
        let text = "\(tenths / 10).\(abs(tenths % 10))"
        return language == .es ? String(text.map { $0 == "." ? "," : $0 }) : text
    }
}
