/// Strict UTF-8 validation that says where the first bad byte is, so that errors can point
/// at a line and column instead of silently replacing characters.
public enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence,
    /// or nil when all of `bytes` is valid UTF-8 (overlong forms and surrogates are invalid).
    public static func firstInvalidOffset(in bytes: some Collection<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var offset = 0
        var decoder = UTF8()
        var position = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                position += UTF8.width(scalar)
                offset = position
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// Whether all of `bytes` is valid UTF-8.
    public static func isValid(_ bytes: some Collection<UInt8>) -> Bool {
        firstInvalidOffset(in: bytes) == nil
    }
}
