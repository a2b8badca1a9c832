/// The event types a journal may contain, by type name.
///
/// A registry is a value built from a list of types; it rejects two types with the same
/// name. ``EventRegistry/standard`` holds every event of the engine.
public struct EventRegistry: Sendable {
    /// Decodes an event's data and folds it into a state.
    public typealias Applier = @Sendable (JSONObjectView, EventContext, inout SessionState) throws(JSONDecodingError) -> Void
    /// Reads an event's data object in one pass and folds it; false (state untouched) to
    /// fall back to the ``Applier``.
    public typealias FastApplier = @Sendable (UnsafeBufferPointer<UInt8>, Range<Int>, EventContext, inout SessionState) -> Bool

    private var appliers: [String: Applier] = [:]
    private var fastAppliers: [String: FastApplier] = [:]
    /// Type names in registration order.
    public private(set) var typeNames: [String] = []

    /// Builds a registry, throwing when two types share a name.
    public init(_ types: [any JournalEvent.Type]) throws(DuplicateEventTypeError) {
        for type in types { try register(type) }
    }

    /// Adds one more event type.
    public mutating func register(_ type: any JournalEvent.Type) throws(DuplicateEventTypeError) {
        let name = type.type
        guard appliers[name] == nil else { throw DuplicateEventTypeError(type: name) }
        appliers[name] = Self.applier(for: type)
        if let fast = type as? any FastJournalDecodable.Type { fastAppliers[name] = Self.fastApplier(for: fast) }
        typeNames.append(name)
    }

    /// The applier for a type name, or nil for an unknown type.
    public func applier(for name: String) -> Applier? { appliers[name] }

    /// The single-pass applier for a type name, if the type has one.
    public func fastApplier(for name: String) -> FastApplier? { fastAppliers[name] }

    public func contains(_ name: String) -> Bool { appliers[name] != nil }

    private static func applier<Event: JournalEvent>(for type: Event.Type) -> Applier {
        return { data, context, state throws(JSONDecodingError) in
            try Event(from: data).apply(to: &state, context: context)
        }
    }

    private static func fastApplier<Event: FastJournalDecodable>(for type: Event.Type) -> FastApplier {
        return { buffer, range, context, state in
            guard var cursor = JSONCursor(buffer, range) else { return false }
            return Event.applyFast(&cursor, to: &state, context: context)
        }
    }
}

/// Two event types registered under the same name.
public struct DuplicateEventTypeError: Error, Equatable, Sendable {
    public var type: String
}
