import Engine

/// The demo's check-in at the door, during the welcome: a few registered people do not come
/// and a few who did not register arrive; the seating is re-planned through the same
/// ``CheckIn`` as `workshop checkin`.
extension DemoSimulation {
    /// People who arrive without having registered (made-up names).
    static let walkInNames = [
        "Soledad Paredes Ortiz", "Martín Ulloa Rivas", "Beatriz Lagos Fuentealba", "Tomás Aravena Quiroz",
        "Isidora Cárcamo Vega", "Renato Bustos Saavedra",
    ]

    /// Marks 3 to 5 no-shows and 2 to 4 walk-ins (seeded), everyone else present, and logs
    /// what the re-planned seating achieves.
    func checkIn(generator: inout SeededGenerator) throws {
        let registered = session.state.participants.filter { $0.status == .registered }
        guard !registered.isEmpty else { return }
        let absentCount = min(registered.count - 1, 3 + Int(generator.next() % 3))
        let absent = registered.shuffled(using: &generator).prefix(max(0, absentCount))
        let walkInCount = 2 + Int(generator.next() % 3)
        let walkIns = Self.walkInNames.shuffled(using: &generator).prefix(walkInCount).map { name in
            let institution = DemoRoster.institutions[Int(generator.next() % UInt64(DemoRoster.institutions.count))]
            return CheckIn.WalkIn(name: name, institution: institution.name, region: institution.region)
        }
        let request = CheckIn(
            absent: absent.map { CheckIn.Mark("#\($0.id)") }, walkIns: walkIns, othersPresent: true)
        var decision = CheckIn.Decision()
        try session.append { state in
            decision = try request.decide(in: state)
            return decision.events
        }
        let quality = decision.replan?.quality
        log(
            "\(clock.now().clockTime(utcOffsetMinutes: -180))  "
                + localizer.text(
                    .demoCheckin,
                    [
                        "absent": String(absent.count), "walkIns": String(decision.walkIns.count),
                        "repeats": String(quality?.repeatedPairs ?? 0),
                        "institution": String(quality?.sameInstitutionPairs ?? 0),
                    ]))
    }
}
