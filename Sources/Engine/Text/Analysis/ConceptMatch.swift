/// A thesaurus concept found in a text.
public struct ConceptMatch: Sendable, Hashable {
    /// The concept's identifier ("presupuesto").
    public var conceptID: String
    /// The concept's label ("presupuesto y financiamiento").
    public var label: String
    /// The words of the text that name it, as written (lower case), e.g. "recursos financieros".
    public var surface: String

    /// Creates a concept match.
    public init(conceptID: String, label: String, surface: String) {
        self.conceptID = conceptID
        self.label = label
        self.surface = surface
    }
}
