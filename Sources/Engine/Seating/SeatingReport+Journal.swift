/// The quality report in the journal (inside `seating.planned`) and in JSON outputs
/// (`workshop plan --format json`, `workshop mix --format json`, under `quality`): one object
/// whose members are named like the properties, e.g. `"repeatedPairs": 80`.
extension SeatingReport: JournalCodable {
    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        self.init(
            repeatedPairs: try object.optionalInt("repeatedPairs") ?? 0,
            repeatedPairsLowerBound: try object.optionalInt("repeatedPairsLowerBound") ?? 0,
            repeatedPairsBoundReason: try object.optionalString("repeatedPairsBoundReason") ?? "",
            maximumMeetings: try object.optionalInt("maximumMeetings") ?? 0,
            sumOfSquaredMeetings: try object.optionalInt("sumOfSquaredMeetings") ?? 0,
            sameInstitutionPairs: try object.optionalInt("sameInstitutionPairs") ?? 0,
            sameInstitutionPairsLowerBound: try object.optionalInt("sameInstitutionPairsLowerBound") ?? 0,
            sameRegionPairs: try object.optionalInt("sameRegionPairs") ?? 0,
            sameRegionPairsLowerBound: try object.optionalInt("sameRegionPairsLowerBound") ?? 0,
            newContactsMinimum: try object.optionalInt("newContactsMinimum") ?? 0,
            newContactsMean: object.member("newContactsMean")?.double ?? 0,
            tableSizeSpread: try object.optionalInt("tableSizeSpread") ?? 0,
            capacityViolations: try object.optionalInt("capacityViolations") ?? 0,
            coverageViolations: try object.optionalInt("coverageViolations") ?? 0,
            hardRuleViolations: try object.strings("hardRuleViolations"),
            plannedRounds: try object.optionalInt("plannedRounds") ?? 0,
            method: try object.optionalString("method") ?? "")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("repeatedPairs", repeatedPairs)
        writer.field("repeatedPairsLowerBound", repeatedPairsLowerBound)
        writer.field("repeatedPairsBoundReason", repeatedPairsBoundReason)
        writer.field("zeroRepeatsImpossible", zeroRepeatsImpossible)
        writer.field("maximumMeetings", maximumMeetings)
        writer.field("sumOfSquaredMeetings", sumOfSquaredMeetings)
        writer.field("sameInstitutionPairs", sameInstitutionPairs)
        writer.field("sameInstitutionPairsLowerBound", sameInstitutionPairsLowerBound)
        writer.field("sameRegionPairs", sameRegionPairs)
        writer.field("sameRegionPairsLowerBound", sameRegionPairsLowerBound)
        writer.field("newContactsMinimum", newContactsMinimum)
        writer.field("newContactsMean", newContactsMean)
        writer.field("tableSizeSpread", tableSizeSpread)
        writer.field("capacityViolations", capacityViolations)
        writer.field("coverageViolations", coverageViolations)
        writer.field("hardRuleViolations", hardRuleViolations)
        writer.field("plannedRounds", plannedRounds)
        writer.field("method", method)
        writer.endObject()
    }

    /// The report as a JSON object for outputs (same members as in the journal).
    public var jsonValue: JSONValue {
        [
            "repeatedPairs": .integer(repeatedPairs),
            "repeatedPairsLowerBound": .integer(repeatedPairsLowerBound),
            "repeatedPairsBoundReason": .string(repeatedPairsBoundReason),
            "zeroRepeatsImpossible": .bool(zeroRepeatsImpossible),
            "maximumMeetings": .integer(maximumMeetings),
            "sumOfSquaredMeetings": .integer(sumOfSquaredMeetings),
            "sameInstitutionPairs": .integer(sameInstitutionPairs),
            "sameInstitutionPairsLowerBound": .integer(sameInstitutionPairsLowerBound),
            "sameRegionPairs": .integer(sameRegionPairs),
            "sameRegionPairsLowerBound": .integer(sameRegionPairsLowerBound),
            "newContactsMinimum": .integer(newContactsMinimum),
            "newContactsMean": .double(newContactsMean),
            "tableSizeSpread": .integer(tableSizeSpread),
            "capacityViolations": .integer(capacityViolations),
            "coverageViolations": .integer(coverageViolations),
            "hardRuleViolations": .array(hardRuleViolations.map { .string($0) }),
            "plannedRounds": .integer(plannedRounds),
            "method": .string(method),
        ]
    }
}
