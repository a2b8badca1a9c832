import Engine

/// A command that could not do its work for a reason the user can fix, described by a
/// localised text. Exit code 1.
public struct Failure: Error, Equatable, Sendable {
    public var key: TextKey
    public var values: [String: String]

    public init(_ key: TextKey, _ values: [String: String] = [:]) {
        self.key = key
        self.values = values
    }
}

/// Several problems found at once (for example rows of an import), reported together.
public struct Failures: Error, Sendable {
    public var summary: Failure
    public var details: [String]

    public init(summary: Failure, details: [String]) {
        self.summary = summary
        self.details = details
    }
}
