/// A JSON file read for a person: its tree plus enough of the source to say on which line
/// and column a given path starts, so that errors point at the exact spot in the file.
public struct JSONDocument: Sendable {
    /// The parsed tree.
    public let root: JSONValue
    private let bytes: [UInt8]

    /// Parses `bytes`. Syntax errors are reported with line and column by
    /// ``JSONDocumentError``.
    public init(bytes: [UInt8]) throws(JSONDocumentError) {
        if let invalid = UTF8Validation.firstInvalidOffset(in: bytes) {
            let position = JSONText.lineAndColumn(of: invalid, in: bytes)
            throw JSONDocumentError.invalidUTF8(line: position.line, column: position.column)
        }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var tape = JSONTape()
        let parsed: Result<JSONValue, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONSyntaxError) {
                try tape.parse(buffer, in: start..<buffer.count)
                return .success(tape.withRoot { JSONValue($0) })
            } catch {
                return .failure(error)
            }
        }
        switch parsed {
        case .success(let root):
            self.root = root
            self.bytes = bytes
        case .failure(let error):
            let position = JSONText.lineAndColumn(of: error.offset, in: bytes)
            throw JSONDocumentError.syntax(error, line: position.line, column: position.column)
        }
    }

    /// The line and column where the value at `path` starts, or where its nearest existing
    /// ancestor starts when the path does not exist (a missing key is reported at its object).
    public func location(of path: [JSONDecodingError.PathComponent]) -> (line: Int, column: Int) {
        var tape = JSONTape()
        return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int) in
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            do throws(JSONSyntaxError) {
                try tape.parse(buffer, in: start..<buffer.count)
            } catch {
                return (1, 1)
            }
            let offset = tape.withRoot { root -> Int in
                var current = root
                for component in path {
                    switch component {
                    case .key(let key):
                        guard let next = current.object?.member(key) else { return current.offset }
                        current = next
                    case .index(let index):
                        guard let array = current.array, index >= 0, index < array.count else { return current.offset }
                        current = array.dropFirst(index).first(where: { _ in true }) ?? current
                    }
                }
                return current.offset
            }
            return JSONText.lineAndColumn(of: offset, in: buffer)
        }
    }
}

/// Why a JSON file could not be read.
public enum JSONDocumentError: Error, Equatable, Sendable {
    case invalidUTF8(line: Int, column: Int)
    case syntax(JSONSyntaxError, line: Int, column: Int)
}
