/// One value in a ``JSONTape``: its kind, where its bytes are, and where its subtree ends.
///
/// Objects are laid out as the object token followed by key, value, key, value...;
/// arrays as the array token followed by their elements. `next` is the index of the token
/// after the whole subtree, so a value is skipped in O(1).
public struct JSONToken: Sendable {
    /// The JSON type of a token.
    public enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null
    }

    public var kind: Kind
    /// For strings: the content has backslash escapes. For numbers: it is an integer literal.
    public var flag: Bool
    /// Byte offset where the value starts (strings: just after the opening quote).
    public var start: Int
    /// Byte offset just past the value (strings: the closing quote; containers: past the bracket).
    public var end: Int
    /// Index of the first token after this value's subtree.
    public var next: Int32
    /// For containers: number of elements (arrays) or members (objects).
    public var count: Int32
}
