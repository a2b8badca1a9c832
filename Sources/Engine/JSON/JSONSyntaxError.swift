/// A JSON text that is not well formed, with the byte offset where reading stopped.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    /// What was wrong at ``offset``.
    public enum Reason: Equatable, Sendable {
        case unexpectedEnd
        case unexpectedCharacter(UInt8)
        case expectedKey
        case expectedColon
        case expectedCommaOrEnd
        case invalidEscape
        case controlCharacterInString
        case invalidNumber
        case tooDeep
        case trailingCharacters
    }

    public var reason: Reason
    /// Byte offset in the buffer that was parsed.
    public var offset: Int

    public init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    /// A short English description, e.g. `unexpected character "x"`. The CLI localises
    /// through ``Reason``; this is for logs and tests.
    public var summary: String {
        switch reason {
        case .unexpectedEnd: return "unexpected end of text"
        case .unexpectedCharacter(let byte):
            if byte >= 0x20, byte < 0x7F {
                return "unexpected character \"\(Character(Unicode.Scalar(byte)))\""
            }
            return "unexpected byte 0x\(String(byte, radix: 16, uppercase: true))"
        case .expectedKey: return "expected a quoted key"
        case .expectedColon: return "expected \":\" after a key"
        case .expectedCommaOrEnd: return "expected \",\" or the end of the object or array"
        case .invalidEscape: return "invalid escape sequence in a string"
        case .controlCharacterInString: return "unescaped control character in a string"
        case .invalidNumber: return "invalid number"
        case .tooDeep: return "nesting deeper than \(JSONTape.maximumDepth) levels"
        case .trailingCharacters: return "unexpected text after the value"
        }
    }
}
