#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only view of one value in a parsed ``JSONTape``.
///
/// Views are cheap (two pointers and an index) and never copy the text until a string is
/// requested. They are valid only inside ``JSONTape/withRoot(_:)``.
public struct JSONValueView {
    let tokens: UnsafeBufferPointer<JSONToken>
    let bytes: UnsafeBufferPointer<UInt8>
    /// Index of this value's token in the tape.
    public let index: Int
    /// Where the tape remembers the token after the member found last (see
    /// ``JSONObjectView/member(_:)-(StaticString)``).
    let hint: UnsafeMutablePointer<Int>?

    init(
        tokens: UnsafeBufferPointer<JSONToken>, bytes: UnsafeBufferPointer<UInt8>, index: Int,
        hint: UnsafeMutablePointer<Int>? = nil
    ) {
        self.tokens = tokens
        self.bytes = bytes
        self.index = index
        self.hint = hint
    }

    var token: JSONToken { tokens[index] }

    /// The kind of this value.
    public var kind: JSONToken.Kind { tokens[index].kind }
    /// Byte offset of the value in the parsed buffer (for error positions).
    public var offset: Int { tokens[index].kind == .string ? tokens[index].start - 1 : tokens[index].start }
    public var isNull: Bool { kind == .null }

    /// The value as a string, or nil if it is not a string.
    public var string: String? {
        let token = tokens[index]
        guard token.kind == .string else { return nil }
        let content = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        return token.flag ? JSONText.unescape(content) : String(decoding: content, as: UTF8.self)
    }

    /// The value as an exact integer, or nil if it is not an integer that fits in `Int`.
    public var int: Int? {
        let token = tokens[index]
        guard token.kind == .number else { return nil }
        guard token.flag else {
            guard let double, double == double.rounded(), abs(double) < 9.0e15 else { return nil }
            return Int(double)
        }
        var index = token.start
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var value = 0
        while index < token.end {
            let digit = Int(bytes[index] &- UInt8(ascii: "0"))
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            value = sum
            index += 1
        }
        return negative ? -value : value
    }

    /// The value as a double, or nil if it is not a number.
    public var double: Double? {
        let token = tokens[index]
        guard token.kind == .number else { return nil }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self))
    }

    /// The value as a boolean, or nil if it is not `true` or `false`.
    public var bool: Bool? {
        switch kind {
        case .true: return true
        case .false: return false
        default: return nil
        }
    }

    /// The value as an object view, or nil.
    public var object: JSONObjectView? {
        kind == .object ? JSONObjectView(value: self) : nil
    }

    /// The value as an array view, or nil.
    public var array: JSONArrayView? {
        kind == .array ? JSONArrayView(value: self) : nil
    }

    /// Whether this value is a string equal to `text`, compared byte for byte without
    /// creating a `String`.
    public func isString(_ text: String) -> Bool {
        let token = tokens[index]
        guard token.kind == .string, !token.flag else { return token.kind == .string && string == text }
        return JSONValueView.bytesEqual(bytes, token.start, token.end, text)
    }

    static func bytesEqual(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.count == end - start else { return false }
            for offset in 0..<utf8.count where utf8[offset] != bytes[start + offset] { return false }
            return true
        }
    }

    /// A short English name of the kind, for error messages.
    public var kindName: String {
        switch kind {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .true, .false: return "a boolean"
        case .null: return "null"
        }
    }
}

/// An object in a parsed tape. Member lookup is a linear scan, which is the fastest choice
/// for the small objects of journal events.
public struct JSONObjectView {
    public let value: JSONValueView

    /// Number of members.
    public var count: Int { Int(value.token.count) }

    /// The value for `key`, or nil when the key is absent.
    public func member(_ key: String) -> JSONValueView? {
        var key = key
        return key.withUTF8 { keyBytes -> JSONValueView? in
            let tokens = value.tokens
            let bytes = value.bytes
            let keyCount = keyBytes.count
            guard keyCount > 0, let keyBase = keyBytes.baseAddress, let base = bytes.baseAddress else { return nil }
            let first = keyBytes[0]
            var index = value.index + 1
            let stop = Int(tokens[value.index].next)
            while index < stop {
                let keyToken = tokens[index]
                let valueIndex = index + 1
                if keyToken.end - keyToken.start == keyCount, bytes[keyToken.start] == first,
                    memcmp(base + keyToken.start, keyBase, keyCount) == 0
                {
                    return JSONValueView(tokens: tokens, bytes: bytes, index: valueIndex, hint: value.hint)
                }
                index = Int(tokens[valueIndex].next)
            }
            return nil
        }
    }

    /// The value for a literal key, or nil. This is the fast path used by all typed
    /// accessors: keys in decoders are literals, compared byte by byte with no `String`.
    ///
    /// Decoders usually ask for keys in the order the writer wrote them, so the search
    /// starts just after the member found last time (remembered per tape) and wraps around.
    @inline(__always)
    public func member(_ key: StaticString) -> JSONValueView? {
        let tokens = value.tokens
        let keyCount = key.utf8CodeUnitCount
        guard keyCount > 0, let base = value.bytes.baseAddress else { return nil }
        let keyBase = key.utf8Start
        let first = value.index + 1
        let stop = Int(tokens[value.index].next)
        guard first < stop else { return nil }
        var start = first
        // The hint holds the object it belongs to and the key token to try first.
        if let hint = value.hint, hint[0] == value.index, hint[1] > first, hint[1] < stop { start = hint[1] }
        var index = start
        var wrapped = false
        while true {
            if index >= stop {
                guard !wrapped, start != first else { return nil }
                wrapped = true
                index = first
            }
            if wrapped, index >= start { return nil }
            let keyToken = tokens[index]
            let valueIndex = index + 1
            if keyToken.end - keyToken.start == keyCount {
                // Keys are short: an inline loop beats a call to memcmp.
                let candidate = base + keyToken.start
                var offset = 0
                while offset < keyCount, candidate[offset] == keyBase[offset] { offset += 1 }
                if offset == keyCount {
                    if let hint = value.hint {
                        hint[0] = value.index
                        hint[1] = Int(tokens[valueIndex].next)
                    }
                    return JSONValueView(tokens: tokens, bytes: value.bytes, index: valueIndex, hint: value.hint)
                }
            }
            index = Int(tokens[valueIndex].next)
        }
    }

    /// Calls `body` with each key and value, in order.
    public func forEach(_ body: (String, JSONValueView) throws -> Void) rethrows {
        let tokens = value.tokens
        var index = value.index + 1
        let stop = Int(tokens[value.index].next)
        while index < stop {
            let key = JSONValueView(tokens: tokens, bytes: value.bytes, index: index).string ?? ""
            let member = JSONValueView(tokens: tokens, bytes: value.bytes, index: index + 1, hint: value.hint)
            try body(key, member)
            index = Int(tokens[index + 1].next)
        }
    }

    // MARK: Typed access with errors

    public func require(_ key: StaticString) throws(JSONDecodingError) -> JSONValueView {
        guard let member = member(key) else { throw JSONDecodingError(path: [.key(key.description)], problem: .missing) }
        return member
    }

    public func string(_ key: StaticString) throws(JSONDecodingError) -> String {
        let member = try require(key)
        guard let string = member.string else { throw mismatch(key, "a string", member) }
        return string
    }

    public func optionalString(_ key: StaticString) throws(JSONDecodingError) -> String? {
        guard let member = member(key), !member.isNull else { return nil }
        guard let string = member.string else { throw mismatch(key, "a string", member) }
        return string
    }

    public func int(_ key: StaticString) throws(JSONDecodingError) -> Int {
        let member = try require(key)
        guard let int = member.int else { throw mismatch(key, "an integer", member) }
        return int
    }

    public func optionalInt(_ key: StaticString) throws(JSONDecodingError) -> Int? {
        guard let member = member(key), !member.isNull else { return nil }
        guard let int = member.int else { throw mismatch(key, "an integer", member) }
        return int
    }

    public func double(_ key: StaticString) throws(JSONDecodingError) -> Double {
        let member = try require(key)
        guard let double = member.double else { throw mismatch(key, "a number", member) }
        return double
    }

    public func bool(_ key: StaticString, default defaultValue: Bool) throws(JSONDecodingError) -> Bool {
        guard let member = member(key), !member.isNull else { return defaultValue }
        guard let bool = member.bool else { throw mismatch(key, "true or false", member) }
        return bool
    }

    public func object(_ key: StaticString) throws(JSONDecodingError) -> JSONObjectView {
        let member = try require(key)
        guard let object = member.object else { throw mismatch(key, "an object", member) }
        return object
    }

    public func array(_ key: StaticString) throws(JSONDecodingError) -> JSONArrayView {
        let member = try require(key)
        guard let array = member.array else { throw mismatch(key, "an array", member) }
        return array
    }

    /// The array at `key`, or an empty sequence when the key is absent or null.
    public func optionalArray(_ key: StaticString) throws(JSONDecodingError) -> JSONArrayView? {
        guard let member = member(key), !member.isNull else { return nil }
        guard let array = member.array else { throw mismatch(key, "an array", member) }
        return array
    }

    public func strings(_ key: StaticString) throws(JSONDecodingError) -> [String] {
        guard let array = try optionalArray(key) else { return [] }
        var result: [String] = []
        result.reserveCapacity(array.count)
        for (position, element) in array.enumerated() {
            guard let string = element.string else {
                throw JSONDecodingError(
                    path: [.key(key.description), .index(position)],
                    problem: .typeMismatch(expected: "a string", found: element.kindName))
            }
            result.append(string)
        }
        return result
    }

    public func ints(_ key: StaticString) throws(JSONDecodingError) -> [Int] {
        guard let array = try optionalArray(key) else { return [] }
        var result: [Int] = []
        result.reserveCapacity(array.count)
        for (position, element) in array.enumerated() {
            guard let int = element.int else {
                throw JSONDecodingError(
                    path: [.key(key.description), .index(position)],
                    problem: .typeMismatch(expected: "an integer", found: element.kindName))
            }
            result.append(int)
        }
        return result
    }

    /// Decodes each element of the array at `key` with `decode`, prefixing errors with the
    /// element's path. A missing or null key gives an empty array.
    public func decodeArray<Element>(_ key: StaticString, _ decode: (JSONObjectView) throws(JSONDecodingError) -> Element)
        throws(JSONDecodingError) -> [Element]
    {
        guard let array = try optionalArray(key) else { return [] }
        var result: [Element] = []
        result.reserveCapacity(array.count)
        for (position, element) in array.enumerated() {
            guard let object = element.object else {
                throw JSONDecodingError(
                    path: [.key(key.description), .index(position)],
                    problem: .typeMismatch(expected: "an object", found: element.kindName))
            }
            do {
                result.append(try decode(object))
            } catch {
                throw error.prefixed([.key(key.description), .index(position)])
            }
        }
        return result
    }

    /// Decodes the object at `key` with `decode`, prefixing errors with the key.
    public func decodeObject<Value>(_ key: StaticString, _ decode: (JSONObjectView) throws(JSONDecodingError) -> Value)
        throws(JSONDecodingError) -> Value
    {
        let object = try object(key)
        do {
            return try decode(object)
        } catch {
            throw error.prefixed([.key(key.description)])
        }
    }

    private func mismatch(_ key: StaticString, _ expected: String, _ found: JSONValueView) -> JSONDecodingError {
        JSONDecodingError(path: [.key(key.description)], problem: .typeMismatch(expected: expected, found: found.kindName))
    }
}

/// An array in a parsed tape, iterable in order.
public struct JSONArrayView: Sequence {
    public let value: JSONValueView

    /// Number of elements.
    public var count: Int { Int(value.token.count) }

    public struct Iterator: IteratorProtocol {
        let value: JSONValueView
        var index: Int
        let stop: Int

        public mutating func next() -> JSONValueView? {
            guard index < stop else { return nil }
            let element = JSONValueView(tokens: value.tokens, bytes: value.bytes, index: index, hint: value.hint)
            index = Int(value.tokens[index].next)
            return element
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(value: value, index: value.index + 1, stop: Int(value.token.next))
    }

    public var underestimatedCount: Int { count }
}
