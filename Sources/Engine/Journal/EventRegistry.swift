/// The event types a journal may contain, by type name.
///
/// A registry is a value built from a list of types; it rejects two types with the same
/// name. ``EventRegistry/standard`` holds every event of the engine.
public struct EventRegistry: Sendable {
    /// Decodes an event's data.
    public typealias Decoder = @Sendable (JSONObjectView) throws(JSONDecodingError) -> any JournalEvent

    /// Decodes an event's data and folds it into a state, without boxing the event.
    public typealias Applier = @Sendable (JSONObjectView, EventContext, inout SessionState) throws(JSONDecodingError) -> Void

    /// Decodes an event's data object with its single-pass decoder, or nil to fall back.
    public typealias FastDecoder = @Sendable (UnsafeBufferPointer<UInt8>, Range<Int>) -> (any JournalEvent)?
    /// Decodes with the single-pass decoder and folds; false to fall back.
    public typealias FastApplier = @Sendable (UnsafeBufferPointer<UInt8>, Range<Int>, EventContext, inout SessionState) -> Bool

    private var decoders: [String: Decoder] = [:]
    private var appliers: [String: Applier] = [:]
    private var fastDecoders: [String: FastDecoder] = [:]
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
        guard decoders[name] == nil else { throw DuplicateEventTypeError(type: name) }
        decoders[name] = Self.decoder(for: type)
        appliers[name] = Self.applier(for: type)
        if let fast = type as? any FastJournalDecodable.Type {
            fastDecoders[name] = Self.fastDecoder(for: fast)
            fastAppliers[name] = Self.fastApplier(for: fast)
        }
        typeNames.append(name)
    }

    /// The decoder for a type name, or nil for an unknown type.
    public func decoder(for name: String) -> Decoder? { decoders[name] }

    /// The single-pass decoder for a type name, if the type has one.
    public func fastDecoder(for name: String) -> FastDecoder? { fastDecoders[name] }

    /// The single-pass applier for a type name, if the type has one.
    public func fastApplier(for name: String) -> FastApplier? { fastAppliers[name] }

    private static func fastDecoder<Event: FastJournalDecodable>(for type: Event.Type) -> FastDecoder {
        return { buffer, range in
            guard var cursor = JSONCursor(buffer, range) else { return nil }
            return Event.decodeFast(&cursor)
        }
    }

    private static func fastApplier<Event: FastJournalDecodable>(for type: Event.Type) -> FastApplier {
        return { buffer, range, context, state in
            guard var cursor = JSONCursor(buffer, range), let event = Event.decodeFast(&cursor) else { return false }
            event.apply(to: &state, context: context)
            return true
        }
    }

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
