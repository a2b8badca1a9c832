/// Notes turned into comparable vectors, with what is needed to explain them again in words.
struct VectorizedCorpus: Sendable {
    /// What a feature index stands for.
    enum Feature: Sendable, Hashable {
        /// A content stem.
        case stem(String)
        /// A thesaurus concept (index into the thesaurus's concepts).
        case concept(Int)
        /// Two consecutive content stems.
        case bigram(String, String)
    }

    /// Where a feature occurs in a note, and how the note wrote it.
    struct Occurrence: Sendable, Hashable {
        var feature: Int32
        /// Index into `surfaces`: the word(s) as written, lower case, accents kept.
        var surface: Int32
    }

    /// One unit vector per note (the zero vector for a note with no content word).
    var vectors: [SparseVector]
    /// What each feature index stands for.
    var features: [Feature]
    /// Inverse document frequency of each feature.
    var inverseDocumentFrequency: [Double]
    /// Number of notes containing each feature.
    var documentFrequency: [Int]
    /// For each note, its stem and concept occurrences in order.
    var occurrences: [[Occurrence]]
    /// Surface forms referenced by occurrences.
    var surfaces: [String]
    /// Corrections applied: misspelt word -> word it was read as.
    var spellingCorrections: [String: String]
}
