/// A word stemmer: maps an inflected word to a stem shared by its inflections.
///
/// Stemmers work on lower-case words. `SpanishStemmer` and `EnglishStemmer` implement the
/// Snowball definitions exactly (checked against the official vocabularies in the tests).
public protocol Stemmer: Sendable {
    /// The stem of one lower-case word.
    func stem(_ word: String) -> String

    /// Stems a word given as Unicode scalar values, in place. This is the fast path used by
    /// the text pipeline; `stem(_:)` is a convenience wrapper around it.
    func stem(scalars word: inout [UInt32])
}

extension Stemmer {
    /// The stem of one lower-case word (through `stem(scalars:)`).
    public func stem(_ word: String) -> String {
        var scalars = word.unicodeScalars.map(\.value)
        stem(scalars: &scalars)
        return String(scalarValues: scalars)
    }
}

extension String {
    /// Builds a string from Unicode scalar values, skipping values that are not scalars.
    init(scalarValues: some Sequence<UInt32>) {
        var view = String.UnicodeScalarView()
        for value in scalarValues {
            if let scalar = Unicode.Scalar(value) { view.append(scalar) }
        }
        self.init(view)
    }
}
