/// A name-based UUID (RFC 9562 version 5: SHA-1 of a namespace and a name): the same
/// namespace and name always give the same UUID, so identifiers written into exports stay
/// the same when the export is made again.
public struct NameBasedUUID: Hashable, Sendable, CustomStringConvertible {
    /// The 16 bytes of the UUID.
    public let bytes: [UInt8]

    /// The UUID of `name` in `namespace`.
    public init(namespace: NameBasedUUID, name: String) {
        var hash = SHA1.digest(namespace.bytes + Array(name.utf8))
        hash[6] = (hash[6] & 0x0F) | 0x50
        hash[8] = (hash[8] & 0x3F) | 0x80
        bytes = Array(hash.prefix(16))
    }

    /// A UUID from its text form (`6ba7b810-9dad-11d1-80b4-00c04fd430c8`, any case); nil when
    /// the text is not one.
    public init?(_ text: String) {
        let digits = text.unicodeScalars.filter { $0 != "-" }
        guard digits.count == 32, text.count == 36 else { return nil }
        var result: [UInt8] = []
        var high: UInt8?
        for scalar in digits {
            guard let value = UInt8(String(scalar), radix: 16) else { return nil }
            if let first = high {
                result.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        bytes = result
    }

    /// The RFC 9562 namespace for URLs, `6ba7b811-9dad-11d1-80b4-00c04fd430c8`.
    public static let urlNamespace = NameBasedUUID(fixed: [
        0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
    ])

    /// The RFC 9562 namespace for domain names, `6ba7b810-9dad-11d1-80b4-00c04fd430c8`.
    public static let dnsNamespace = NameBasedUUID(fixed: [
        0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
    ])

    /// The namespace of every identifier workshop derives: the UUID of the URL
    /// `https://workshop.invalid/uuid` in the URL namespace.
    public static let workshop = NameBasedUUID(namespace: urlNamespace, name: "https://workshop.invalid/uuid")

    private init(fixed: [UInt8]) { bytes = fixed }

    /// Lower-case text form, `xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx`.
    public var description: String {
        var text = ""
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { text += "-" }
            let digits = String(byte, radix: 16)
            text += byte < 16 ? "0" + digits : digits
        }
        return text
    }

    /// Upper-case text form, as REFI-QDA files usually write GUIDs.
    public var uppercased: String { description.uppercased() }
}
