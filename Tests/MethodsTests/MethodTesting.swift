import Engine
import MethodTestKit

/// Shared helpers of the method tests.
enum MethodTesting {
    /// The reference workshop: 56 people from 18 institutions.
    static let roster = MethodTestKit.sampleRoster(count: 56)

    /// The setup of `method` with `parameters` typed as on the command line.
    static func setup(
        _ method: any WorkshopMethod, _ parameters: [(String, String)] = [], roster: [Participant] = roster, seed: Int = 1
    ) throws -> MethodSetup {
        let resolved = try MethodParameters(resolving: parameters.map { (name: $0.0, value: $0.1) }, for: method.description)
        return MethodSetup(participants: roster, parameters: resolved, seed: seed)
    }

    /// The checked plan of `method`.
    static func plan(
        _ method: any WorkshopMethod, _ parameters: [(String, String)] = [], roster: [Participant] = roster, seed: Int = 1
    ) throws -> MethodPlan {
        try method.plan(for: setup(method, parameters, roster: roster, seed: seed))
    }

    /// The method error thrown when planning, if any.
    static func refusal(
        _ method: any WorkshopMethod, _ parameters: [(String, String)] = [], roster: [Participant] = roster
    ) -> MethodError? {
        do {
            _ = try plan(method, parameters, roster: roster)
            return nil
        } catch let error as MethodError {
            return error
        } catch {
            return nil
        }
    }

    /// The questions each participant met over the plan.
    static func questionsMet(_ plan: MethodPlan) -> [Int: Set<Int>] {
        var met: [Int: Set<Int>] = [:]
        for (round, seating) in zip(plan.agenda.rounds, plan.seating) {
            for table in seating.tables {
                let question = round.assignment(forTable: table.table)?.question ?? 0
                for person in table.participants { met[person, default: []].insert(question) }
            }
        }
        return met
    }

    /// The table of every participant in each round, by participant id.
    static func tablesByPerson(_ plan: MethodPlan) -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        for seating in plan.seating {
            for table in seating.tables {
                for person in table.participants { result[person, default: []].append(table.table) }
            }
        }
        return result
    }
}
