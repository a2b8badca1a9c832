import Engine

/// Checks workshop methods against the guarantees of ``WorkshopMethod``, for the tests of
/// every built-in method, the declarative files, and `workshop methods --check`.
///
/// ```swift
/// import MethodTestKit
///
/// @Test func myMethodKeepsItsPromises() {
///     let report = verifyMethod(MyMethod())
///     #expect(report.violations.isEmpty, "\(report)")
/// }
/// ```
public enum MethodTestKit {
    /// A setup to plan: a roster, parameters as typed on the command line, and a seed.
    public struct Scenario: Sendable {
        public var name: String
        public var roster: [Participant]
        public var parameters: [(name: String, value: String)]
        public var seed: Int
        /// Whether the method must plan it (a refusal is then a violation). Other scenarios
        /// may be refused with a ``MethodError``.
        public var mustPlan: Bool

        public init(
            name: String, roster: [Participant], parameters: [(name: String, value: String)] = [], seed: Int = 1,
            mustPlan: Bool = true
        ) {
            self.name = name
            self.roster = roster
            self.parameters = parameters
            self.seed = seed
            self.mustPlan = mustPlan
        }
    }

    /// The standard scenarios for `method`: the default parameters with 56 participants
    /// from 18 institutions (the reference workshop), 57 (tables that do not divide evenly),
    /// 13, and 56 of whom 4 stay away, all of which must plan; then every integer parameter
    /// at both ends of its range and every flag both ways, which may be refused.
    public static func scenarios(for method: any WorkshopMethod) -> [Scenario] {
        let reference = sampleRoster(count: 56)
        var withAbsences = sampleRoster(count: 60)
        for index in [3, 17, 31, 45] { withAbsences[index].status = .absent }
        var scenarios = [
            Scenario(name: "56 participants, defaults", roster: reference),
            Scenario(name: "56 participants, defaults, seed 7", roster: reference, seed: 7),
            Scenario(name: "57 participants, defaults", roster: sampleRoster(count: 57)),
            Scenario(name: "13 participants, defaults", roster: sampleRoster(count: 13)),
            Scenario(name: "60 registered, 4 absent", roster: withAbsences),
        ]
        for parameter in method.description.parameters {
            switch parameter.kind {
            case .integer(let range):
                let middle = range.lowerBound + (range.upperBound - range.lowerBound) / 2
                for value in [range.lowerBound, min(range.upperBound, max(range.lowerBound, 3)), middle, range.upperBound] {
                    scenarios.append(
                        Scenario(
                            name: "56 participants, \(parameter.id)=\(value)", roster: reference,
                            parameters: [(parameter.id, String(value))], mustPlan: false))
                }
            case .flag:
                for value in ["true", "false"] {
                    scenarios.append(
                        Scenario(
                            name: "56 participants, \(parameter.id)=\(value)", roster: reference,
                            parameters: [(parameter.id, value)], mustPlan: false))
                }
            case .choice(let choices):
                for choice in choices {
                    scenarios.append(
                        Scenario(
                            name: "56 participants, \(parameter.id)=\(choice)", roster: reference,
                            parameters: [(parameter.id, choice)], mustPlan: false))
                }
            case .text, .textList, .canvas:
                continue
            }
        }
        return scenarios
    }

    /// A roster of `count` made-up public servants from `institutions` institutions in a few
    /// regions, listed institution by institution (as registration exports usually are).
    public static func sampleRoster(count: Int, institutions: Int = 18) -> [Participant] {
        let first = [
            "Ana", "Bruno", "Carla", "Diego", "Elena", "Fabián", "Gloria", "Hugo", "Irene", "Jorge", "Karen", "Luis", "Marta",
            "Nelson", "Olga", "Pedro", "Quena", "Rosa", "Sergio", "Teresa", "Ulises", "Verónica", "Walter", "Yasna",
        ]
        let last = [
            "Acuña", "Bravo", "Cáceres", "Donoso", "Escobar", "Farías", "Godoy", "Henríquez", "Ibáñez", "Jiménez", "Leiva",
            "Méndez", "Navarro", "Olivares", "Paredes", "Quiroz", "Salinas", "Toro", "Urrutia", "Vidal",
        ]
        let regions = ["Arica", "Atacama", "Valparaíso", "Metropolitana", "Maule", "Biobío", "Los Ríos", "Aysén"]
        let groups = max(1, min(institutions, count))
        return (0..<max(0, count)).map { index in
            // Institution by institution, in blocks of nearly equal size.
            let institution = index * groups / max(1, count)
            return Participant(
                id: index + 1, name: "\(first[index % first.count]) \(last[(index / first.count + index) % last.count])",
                institution: "Servicio \(institution + 1)", region: regions[institution % regions.count],
                email: "persona\(index + 1)@ejemplo.gob.cl", role: index % 5 == 0 ? "Jefatura" : "Profesional")
        }
    }
}
