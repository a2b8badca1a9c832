/// The event types a journal may contain, by type name.
///
/// A registry is a value built from a list of types; it rejects two types with the same
/// name. ``EventRegistry/standard`` holds every event of the engine.
public struct EventRegistry: Sendable {
    /// Decodes an event's data.
    public typealias Decoder = @Sendable (JSONObjectView) throws(JSONDecodingError) -> any JournalEvent

    /// Decodes an event's data and folds it into a state, without boxing the event.
    public typealias Applier = @Sendable (JSONObjectView, EventContext, inout SessionState) throws(JSONDecodingError) -> Void

    private var decoders: [String: Decoder] = [:]
    private var appliers: [String: Applier] = [:]
    /// Type names in registration order.
    public private(set) var typeNames: [String] = []

    /// Builds a registry, throwing when two types share a name.
    public init(_ types: [any JournalEvent.Type]) throws(DuplicateEventTypeError) {
        for type in types { try register(type) }
    }

    /// Adds one more event type.
    public mutating func register(_ type: any JournalEvent.Type) throws(DuplicateEventTypeError) {
        let name = type.type
        guard decoders[name] == nil else { throw DuplicateEventTypeError(type: name) }
        decoders[name] = Self.decoder(for: type)
        appliers[name] = Self.applier(for: type)
        typeNames.append(name)
    }

    /// The decoder for a type name, or nil for an unknown type.
    public func decoder(for name: String) -> Decoder? { decoders[name] }

    /// The applier for a type name, or nil for an unknown type.
    public func applier(for name: String) -> Applier? { appliers[name] }

    public func contains(_ name: String) -> Bool { decoders[name] != nil }

    private static func applier<Event: JournalEvent>(for type: Event.Type) -> Applier {
        return { data, context, state throws(JSONDecodingError) in
            try Event(from: data).apply(to: &state, context: context)
        }
    }

    private static func decoder<Event: JournalEvent>(for type: Event.Type) -> Decoder {
        return { data throws(JSONDecodingError) in try Event(from: data) }
    }
}

/// Two event types registered under the same name.
public struct DuplicateEventTypeError: Error, Equatable, Sendable {
    public var type: String
}
