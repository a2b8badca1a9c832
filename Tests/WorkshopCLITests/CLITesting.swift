import Engine
import Foundation

@testable import WorkshopCLI

enum CLITesting {
    static let clock = ManualTimeSource(start: Timestamp(year: 2026, month: 12, day: 1, hour: 12))

    static func run(_ arguments: [String], environment: [String: String] = [:]) -> CLIResult {
        runCLI(arguments, environment: environment, clock: clock)
    }

    /// The demo's 56-person roster as CSV, with `extra` lines (already CSV) appended.
    static func rosterCSV(extra: [String] = []) -> String {
        DemoRoster.csv(seed: 1) + extra.map { $0 + "\r\n" }.joined()
    }
}
